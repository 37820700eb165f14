package handlers_test

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// metricsToken is the METRICS_TOKEN of the tests' sites.
const metricsToken = "a token for the metrics, long enough"

// metricsSite opens the site with METRICS_TOKEN set, on dataDir.
func metricsSite(t *testing.T, dataDir string) *testSite {
	t.Helper()
	site := sitetest.StartT(t, sitetest.Options{DataDir: dataDir, MetricsToken: metricsToken})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return &testSite{URL: site.URL, Store: site.App.Store, Index: site.App.Search, People: people, Actions: site.App.Actions,
		Handler: site.App.Handler()}
}

// askMetrics gets the site's /metrics with the Authorization header given
// (none when empty), from a client with no cookies.
func askMetrics(t *testing.T, site *testSite, authorization string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, site.URL+"/metrics", nil)
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

// scrape reads the site's metrics as Prometheus would, with the token.
func scrape(t *testing.T, site *testSite) sitetest.Samples {
	t.Helper()
	samples, err := sitetest.Scrape(site.URL+"/metrics", metricsToken)
	if err != nil {
		t.Fatal(err)
	}
	return samples
}

// TestMetricsAreNeverPublic: with no METRICS_TOKEN /metrics is a page that
// is not there, whatever is sent; with one, it still is to a request
// without it or with another, and only the token opens it. None of these
// answers sets a cookie.
func TestMetricsAreNeverPublic(t *testing.T) {
	plain := newTestSite(t, config.Providers{}, true)
	for _, auth := range []string{"", "Bearer ", "Bearer " + metricsToken} {
		if resp, _ := askMetrics(t, plain, auth); resp.StatusCode != http.StatusNotFound || len(resp.Cookies()) != 0 {
			t.Errorf("no METRICS_TOKEN, Authorization %q: %d with %d cookies, want 404 and none", auth, resp.StatusCode, len(resp.Cookies()))
		}
	}
	site := metricsSite(t, t.TempDir())
	for _, auth := range []string{"", "Bearer", "Bearer ", "Bearer wrong", "Bearer " + metricsToken + "x", "Bearer " + metricsToken[:10],
		"Basic " + metricsToken, metricsToken, "bearer  " + metricsToken} {
		resp, body := askMetrics(t, site, auth)
		if resp.StatusCode != http.StatusNotFound || len(resp.Cookies()) != 0 || strings.Contains(body, "clubtogether_") {
			t.Errorf("Authorization %q: %d with %d cookies, want 404 and none", auth, resp.StatusCode, len(resp.Cookies()))
		}
	}
	resp, body := askMetrics(t, site, "Bearer "+metricsToken)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || len(resp.Cookies()) != 0 {
		t.Fatalf("the token: %d %q with %d cookies, want 200 in the text format and no cookie", resp.StatusCode, resp.Header.Get("Content-Type"), len(resp.Cookies()))
	}
	samples, err := sitetest.ParseMetrics(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	refused := sitetest.Series("clubtogether_http_requests_total", "route", "/metrics", "method", "GET", "status", "4xx")
	if samples[refused] != 9 {
		t.Errorf("%s = %v, want the 9 refused", refused, samples[refused])
	}
}

// TestMetricsCountRequestsByRoutePattern: pages asked for are counted by
// their route pattern and status; no path, with the ids in it, appears.
func TestMetricsCountRequestsByRoutePattern(t *testing.T) {
	site := metricsSite(t, t.TempDir())
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	before := scrape(t, site)
	people := site.visible()[1:4]
	for _, p := range people {
		if resp := b.get("/people/" + p.ID); resp.Status != http.StatusOK {
			t.Fatalf("/people/%s: %d", p.ID, resp.Status)
		}
	}
	b.get("/people/no-such-member")
	b.get("/no-such-page-at-all")
	var body string
	var after sitetest.Samples
	moved := func(name string, labels ...string) float64 {
		key := sitetest.Series(name, labels...)
		return after[key] - before[key]
	}
	// A request is counted when its handler returns, which can be just
	// after its answer arrived: the last one is waited for.
	for try := 0; try < 100; try++ {
		_, body = askMetrics(t, site, "Bearer "+metricsToken)
		var err error
		if after, err = sitetest.ParseMetrics(strings.NewReader(body)); err != nil {
			t.Fatal(err)
		}
		if moved("clubtogether_http_request_duration_seconds_count", "route", "(no route)", "method", "GET") >= 1 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := moved("clubtogether_http_requests_total", "route", "/people/:id", "method", "GET", "status", "2xx"); got != 3 {
		t.Errorf("profiles shown: %v more, want 3", got)
	}
	if got := moved("clubtogether_http_requests_total", "route", "/people/:id", "method", "GET", "status", "4xx"); got != 1 {
		t.Errorf("profiles not found: %v more, want 1", got)
	}
	if got := moved("clubtogether_http_requests_total", "route", "(no route)", "method", "GET", "status", "4xx"); got != 1 {
		t.Errorf("pages with no route: %v more, want 1", got)
	}
	if got := moved("clubtogether_http_request_duration_seconds_count", "route", "/people/:id", "method", "GET"); got != 4 {
		t.Errorf("durations of /people/:id: %v more, want 4", got)
	}
	for _, raw := range []string{people[0].ID, people[1].ID, people[2].ID, "no-such-member", "no-such-page-at-all"} {
		if strings.Contains(body, raw) {
			t.Errorf("the metrics carry %q from a path; labels are route patterns only", raw)
		}
	}
}

// TestMetricsCountRateLimitRefusals: each refusal by a limit is counted
// under what was limited.
func TestMetricsCountRateLimitRefusals(t *testing.T) {
	site := metricsSite(t, t.TempDir())
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	refused := 0
	for range 8 {
		if resp := b.post("/invites", url.Values{}); resp.Status == http.StatusTooManyRequests {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("8 invitations in a row: none refused by the limit")
	}
	got := scrape(t, site)[sitetest.Series("clubtogether_rate_limited_total", "what", "invite")]
	if got != float64(refused) {
		t.Errorf("invitations refused: metrics say %v, the site refused %d", got, refused)
	}
}

// TestMetricsCountLedgerEntriesWritten: a payment is one entry written,
// however often its form is sent.
func TestMetricsCountLedgerEntriesWritten(t *testing.T) {
	site := metricsSite(t, t.TempDir())
	_, path := startOpenGroup(t, site)
	member, _ := joinAs(t, site, path, 1)
	pay := member.form(path, path+"/payments", nil, url.Values{"amount": {"£5"}, "method": {"cash"}, "note": {"week 1"}})
	entries := func() int {
		all, err := site.Store.Entries(t.Context(), strings.TrimPrefix(path, "/groups/"))
		if err != nil {
			t.Fatal(err)
		}
		return len(all)
	}
	written := sitetest.Series("clubtogether_ledger_entries_written_total")
	before, had := scrape(t, site)[written], entries()
	for range 2 {
		if resp := member.post(path+"/payments", pay); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying: %d", resp.Status)
		}
	}
	after := scrape(t, site)[written]
	if after-before != 1 || entries()-had != 1 {
		t.Errorf("a payment sent twice: %v entries written by the metrics, %d in the ledger; want 1 and 1", after-before, entries()-had)
	}
}

// TestMetricsCountSearchIndexFailuresAndLag breaks the search index under
// the site: the failed write is counted and the lag grows while it is
// stale; once healed the lag is 0 and the failures stay counted.
func TestMetricsCountSearchIndexFailuresAndLag(t *testing.T) {
	dataDir := t.TempDir()
	site := metricsSite(t, dataDir)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	failures := sitetest.Series("clubtogether_search_index_write_failures_total")
	lag := sitetest.Series("clubtogether_search_index_stale_seconds")
	if s := scrape(t, site); s[failures] != 0 || s[lag] != 0 {
		t.Fatalf("a fresh index: %v failures, %vs stale; want none", s[failures], s[lag])
	}
	searchDir := filepath.Join(dataDir, "search")
	if err := os.RemoveAll(searchDir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(searchDir, []byte("in the way"), 0o644); err != nil {
		t.Fatal(err)
	}
	addListing(t, b, "Canoeing for starters", "OX4")
	time.Sleep(50 * time.Millisecond)
	during := scrape(t, site)
	if during[failures] < 1 || during[lag] < 0.05 {
		t.Errorf("during the fault: %v failures, %vs stale; want at least 1 and 0.05 s", during[failures], during[lag])
	}
	if err := os.Remove(searchDir); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		s := scrape(t, site)
		if s[lag] == 0 {
			if s[failures] < during[failures] {
				t.Errorf("healed: %v failures counted, fewer than the %v before", s[failures], during[failures])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the index was still %vs stale a minute after the fault ended", s[lag])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestMetricsCountDatabaseFailures runs a site (B) on another's embedded
// database (A's), and stops A: B's metrics, still served, count the
// driver's failed checks of its database and the 503s /readyz answers.
func TestMetricsCountDatabaseFailures(t *testing.T) {
	secret := strings.Repeat("one secret for both sites ", 2)
	a, err := sitetest.Start(t.Context(), sitetest.Options{DataDir: t.TempDir(), SessionSecret: secret})
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			a.Stop()
		}
	})
	siteB := sitetest.StartT(t, sitetest.Options{MongoDBURI: a.App.Store.EmbeddedURI(), SessionSecret: secret, MetricsToken: metricsToken})
	b := &testSite{URL: siteB.URL}
	heartbeats := sitetest.Series("clubtogether_database_heartbeats_failed_total")
	unready := sitetest.Series("clubtogether_http_requests_total", "route", "/readyz", "method", "GET", "status", "5xx")
	if s := scrape(t, b); s[heartbeats] != 0 || s[unready] != 0 {
		t.Fatalf("with the database up: %v failed checks, %v unready answers; want none", s[heartbeats], s[unready])
	}
	a.Stop()
	stopped = true
	reader := b.browser(t)
	answers := 0
	deadline := time.Now().Add(30 * time.Second)
	for scrape(t, b)[heartbeats] == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no failed check of the database counted 30 s after it stopped")
		}
		if resp := reader.get("/readyz"); resp.Status == http.StatusServiceUnavailable {
			answers++
		}
		time.Sleep(100 * time.Millisecond)
	}
	for answers == 0 {
		if resp := reader.get("/readyz"); resp.Status == http.StatusServiceUnavailable {
			answers++
		} else if time.Now().After(deadline) {
			t.Fatalf("/readyz answers %d with the database stopped, want 503", resp.Status)
		}
	}
	// Each answer is counted when its handler returns, which can be just
	// after it arrived.
	got, err := sitetest.ScrapeUntil(b.URL+"/metrics", metricsToken, func(s sitetest.Samples) bool { return s[unready] >= float64(answers) })
	if err != nil {
		t.Fatal(err)
	}
	if got := got[unready]; got != float64(answers) {
		t.Errorf("%s = %v, want the %d answers seen", unready, got, answers)
	}
}
