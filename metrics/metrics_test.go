package metrics_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/metrics"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape serves the metrics and reads them back as Prometheus would.
func scrape(t *testing.T, m *metrics.Metrics) map[string]*dto.MetricFamily {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics: %d %q, want 200 in the text format", rec.Code, rec.Header().Get("Content-Type"))
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	return families
}

// find is the series of the family with these labels (name, value, ...).
func find(t *testing.T, families map[string]*dto.MetricFamily, name string, labels ...string) *dto.Metric {
	t.Helper()
	for _, m := range families[name].GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		match := len(got) == len(labels)/2
		for i := 0; i+1 < len(labels); i += 2 {
			match = match && got[labels[i]] == labels[i+1]
		}
		if match {
			return m
		}
	}
	t.Fatalf("no series %s %v in the scrape", name, labels)
	return nil
}

func TestRequestsAreCountedByRoutePatternAndStatusClass(t *testing.T) {
	m := metrics.New()
	m.Request("/groups/:id", http.MethodGet, 200, 3*time.Millisecond)
	m.Request("/groups/:id", http.MethodGet, 204, 40*time.Millisecond)
	m.Request("/groups/:id", http.MethodGet, 404, time.Millisecond)
	m.Request("(no route)", "BREW", 404, time.Millisecond)
	m.RateLimited("hello")
	m.RateLimited("hello")
	m.RateLimited("message")
	f := scrape(t, m)

	if got := find(t, f, "clubtogether_http_requests_total", "route", "/groups/:id", "method", "GET", "status", "2xx").GetCounter().GetValue(); got != 2 {
		t.Errorf("2xx answers on /groups/:id: %v, want 2", got)
	}
	if got := find(t, f, "clubtogether_http_requests_total", "route", "/groups/:id", "method", "GET", "status", "4xx").GetCounter().GetValue(); got != 1 {
		t.Errorf("4xx answers on /groups/:id: %v, want 1", got)
	}
	// A made-up method is not a label value of its own.
	if got := find(t, f, "clubtogether_http_requests_total", "route", "(no route)", "method", "other", "status", "4xx").GetCounter().GetValue(); got != 1 {
		t.Errorf("a made-up method: %v, want counted once as other", got)
	}
	h := find(t, f, "clubtogether_http_request_duration_seconds", "route", "/groups/:id", "method", "GET").GetHistogram()
	if h.GetSampleCount() != 3 || h.GetSampleSum() < 0.0439 || h.GetSampleSum() > 0.0441 {
		t.Errorf("durations on /groups/:id: %d summing %vs, want 3 summing 0.044s", h.GetSampleCount(), h.GetSampleSum())
	}
	// 1 ms is within 1 ms; 3 ms within 5 ms; 40 ms within 50 ms.
	for _, b := range h.GetBucket() {
		want := map[float64]uint64{0.001: 1, 0.005: 2, 0.025: 2, 0.05: 3, 0.1: 3}[b.GetUpperBound()]
		if want != 0 && b.GetCumulativeCount() != want {
			t.Errorf("bucket le=%v: %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), want)
		}
	}
	if got := find(t, f, "clubtogether_rate_limited_total", "what", "hello").GetCounter().GetValue(); got != 2 {
		t.Errorf("hellos refused: %v, want 2", got)
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes"} {
		if f[name] == nil {
			t.Errorf("%s is missing: the Go and process collectors are on the registry", name)
		}
	}
}

func TestCountsKeptElsewhereAreReadWhenScraped(t *testing.T) {
	m := metrics.New()
	db := metrics.Database{FailedCommands: map[string]int64{"insert": 0, "find": 0}}
	index := metrics.Index{}
	m.Watch(func() metrics.Database { return db }, func() metrics.Index { return index })
	f := scrape(t, m)
	if got := find(t, f, "clubtogether_database_commands_failed_total", "command", "insert").GetCounter().GetValue(); got != 0 {
		t.Errorf("failed inserts before any: %v", got)
	}

	db = metrics.Database{FailedCommands: map[string]int64{"insert": 3, "find": 1}, HeartbeatsFailed: 2, LedgerEntriesWritten: 7}
	index = metrics.Index{WriteFailures: 4, Stale: 1500 * time.Millisecond, Waiting: 2}
	f = scrape(t, m)
	for _, c := range []struct {
		got, want float64
		what      string
	}{
		{find(t, f, "clubtogether_database_commands_failed_total", "command", "insert").GetCounter().GetValue(), 3, "failed inserts"},
		{find(t, f, "clubtogether_database_commands_failed_total", "command", "find").GetCounter().GetValue(), 1, "failed finds"},
		{find(t, f, "clubtogether_database_heartbeats_failed_total").GetCounter().GetValue(), 2, "failed heartbeats"},
		{find(t, f, "clubtogether_ledger_entries_written_total").GetCounter().GetValue(), 7, "ledger entries"},
		{find(t, f, "clubtogether_search_index_write_failures_total").GetCounter().GetValue(), 4, "index write failures"},
		{find(t, f, "clubtogether_search_index_stale_seconds").GetGauge().GetValue(), 1.5, "seconds stale"},
		{find(t, f, "clubtogether_search_index_writes_waiting").GetGauge().GetValue(), 2, "writes waiting"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
}

// Two sites in one process count apart: no global registry.
func TestEachMetricsHasItsOwnRegistry(t *testing.T) {
	a, b := metrics.New(), metrics.New()
	a.RateLimited("report")
	if f := scrape(t, b); f["clubtogether_rate_limited_total"] != nil {
		t.Error("a refusal counted on one site shows on another")
	}
	var none *metrics.Metrics
	none.Request("/", http.MethodGet, 200, time.Millisecond) // records nothing, does not panic
	none.RateLimited("hello")
}
