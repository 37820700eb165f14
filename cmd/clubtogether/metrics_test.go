package main

import (
	"net/http"
	"regexp"
	"testing"

	"github.com/clubtogether/clubtogether/sitetest"
)

// TestMetricsAddrServesTheMetricsApart: with METRICS_ADDR set, /metrics is
// served there, counting the site's requests, and nothing else is; the
// site's own /metrics stays a page that is not there; stopping the site
// stops both.
func TestMetricsAddrServesTheMetricsApart(t *testing.T) {
	env := map[string]string{"ADDR": "127.0.0.1:0", "METRICS_ADDR": "127.0.0.1:0", "DATA_DIR": t.TempDir(), "DEMO": "off", "LOG_LEVEL": "error"}
	base, stop, out := startPrinting(t, env)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = stop()
		}
	})
	m := regexp.MustCompile(`Metrics are at (http://\S+)/metrics`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("run did not say where the metrics are:\n%s", out.String())
	}
	metricsURL := m[1]
	status := func(url string) int {
		t.Helper()
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for range 3 {
		if got := status(base + "/"); got != http.StatusOK {
			t.Fatalf("the home page: %d", got)
		}
	}
	if got := status(base + "/metrics"); got != http.StatusNotFound {
		t.Errorf("the site's own /metrics with no METRICS_TOKEN: %d, want 404", got)
	}
	if got := status(metricsURL + "/"); got != http.StatusNotFound {
		t.Errorf("METRICS_ADDR's /: %d, want 404: it serves the metrics alone", got)
	}
	home := sitetest.Series("clubtogether_http_requests_total", "route", "/", "method", "GET", "status", "2xx")
	notThere := sitetest.Series("clubtogether_http_requests_total", "route", "/metrics", "method", "GET", "status", "4xx")
	samples, err := sitetest.ScrapeUntil(metricsURL+"/metrics", "", func(s sitetest.Samples) bool { return s[home] >= 3 && s[notThere] >= 1 })
	if err != nil {
		t.Fatal(err)
	}
	if samples[home] != 3 {
		t.Errorf("%s = %v, want the 3 home pages asked for", home, samples[home])
	}
	if samples[notThere] != 1 {
		t.Errorf("%s = %v, want the one refused /metrics on the site", notThere, samples[notThere])
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	stopped = true
	if _, err := http.Get(metricsURL + "/metrics"); err == nil {
		t.Error("the metrics are still served after the site stopped")
	}
}
