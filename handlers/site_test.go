package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/handlers"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// testSite is the real site over real HTTP on an embedded store in a
// temporary folder, seeded with the demo members.
type testSite struct {
	URL    string
	Store  *store.Store
	Index  search.Index
	People []community.Person
}

func newTestSite(t *testing.T, providers config.Providers, demoSignIn bool, moderators ...string) *testSite {
	t.Helper()
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.OpenEmbedded(ctx, t.TempDir(), quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(ctx) })
	if _, err := demo.Seed(ctx, st, demo.DefaultSeed); err != nil {
		t.Fatal(err)
	}
	people, err := st.DemoPeople(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	catalogue, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	sessions, err := auth.NewSessions(strings.Repeat("s", 32), false)
	if err != nil {
		t.Fatal(err)
	}
	// The provider callbacks need the site's address before it serves.
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	baseURL := "http://" + listener.Addr().String()
	prov, err := auth.NewProviders(providers, baseURL, sessions)
	if err != nil {
		t.Fatal(err)
	}
	index, err := search.OpenBleve(filepath.Join(t.TempDir(), "search"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = index.Close() })
	keeper := discovery.New(index, st, dir, catalogue, quiet)
	if _, err := keeper.Rebuild(ctx, io.Discard); err != nil {
		t.Fatal(err)
	}
	all, err := st.ReadEverything(ctx)
	if err != nil {
		t.Fatal(err)
	}
	matches := app.LoadMatching(all, dir, quiet)
	site, err := handlers.New(handlers.Deps{
		Store: st, Places: dir, Locale: catalogue, Sessions: sessions, Providers: prov,
		Log: quiet, DemoSignIn: demoSignIn, Discovery: keeper, Matching: matches, Moderators: moderators,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := &httptest.Server{Listener: listener, Config: &http.Server{Handler: site.Handler()}}
	srv.Start()
	t.Cleanup(srv.Close)
	return &testSite{URL: baseURL, Store: st, Index: index, People: people}
}

// browser is a cookie-keeping client that does not follow redirects, so
// tests see each response as it is.
type browser struct {
	t      *testing.T
	site   *testSite
	client *http.Client
}

func (s *testSite) browser(t *testing.T) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, site: s, client: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// page is a response with its body read.
type page struct {
	Status   int
	Body     string
	Location string
	Header   http.Header
}

func (b *browser) do(req *http.Request) page {
	b.t.Helper()
	resp, err := b.client.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return page{Status: resp.StatusCode, Body: string(body), Location: resp.Header.Get("Location"), Header: resp.Header}
}

func (b *browser) get(path string) page {
	req, _ := http.NewRequest(http.MethodGet, b.site.URL+path, nil)
	return b.do(req)
}

// post sends a form as a same-origin browser would, with the page's CSRF
// token unless the form sets its own.
func (b *browser) post(path string, form url.Values) page {
	if _, set := form["csrf"]; !set {
		form.Set("csrf", b.csrf())
	}
	req, _ := http.NewRequest(http.MethodPost, b.site.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.site.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

func (b *browser) csrf() string {
	b.t.Helper()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(b.get("/settings/display").Body)
	if m == nil {
		b.t.Fatal("no CSRF token on the display settings page")
	}
	return m[1]
}

// signInAs signs in through the demo page as the given demo member.
func (b *browser) signInAs(p community.Person) {
	b.t.Helper()
	resp := b.post("/demo/signin", url.Values{"member": {p.ID}})
	if resp.Status != http.StatusSeeOther {
		b.t.Fatalf("demo sign-in as %s: status %d", p.Name, resp.Status)
	}
}

// visible returns demo members who show their profile, by name order.
func (s *testSite) visible() []community.Person {
	var out []community.Person
	for _, p := range s.People {
		if p.Visible() {
			out = append(out, p)
		}
	}
	return out
}

// follow fetches an absolute URL (such as a redirect to the provider) with
// the same cookies.
func (b *browser) follow(location string) page {
	req, err := http.NewRequest(http.MethodGet, location, nil)
	if err != nil {
		b.t.Fatal(err)
	}
	return b.do(req)
}
