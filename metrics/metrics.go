// Package metrics counts what the site does, for Prometheus to scrape:
// requests and their durations by route pattern, refusals by the rate
// limits, how long other replicas' changes take to be applied here, and
// (read when scraped, from the packages that keep them) the
// database's failed commands, the ledger entries written and the search
// index's failures and lag. It keeps its own registry, never the client
// library's global one, so two sites in one process (as in tests) each
// count their own. It knows no web framework and no database driver.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// namespace starts every metric's name of the site's own.
const namespace = "clubtogether"

// durationBuckets are in seconds: pages aim at a p99 under 100 ms, so the
// buckets are fine below it and coarse above, up to what a person would
// give up on.
var durationBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}

// Metrics holds the registry and the instruments. A nil *Metrics records
// nothing, so a caller that wires no metrics needs no checks.
type Metrics struct {
	registry    *prometheus.Registry
	requests    *prometheus.CounterVec
	durations   *prometheus.HistogramVec
	rateLimited *prometheus.CounterVec
	followLag   prometheus.Histogram
}

// New makes the metrics on a registry of their own, with the Go runtime's
// and the process's metrics beside them.
func New() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "http_requests_total",
			Help: "Requests answered, by route pattern, method and status class.",
		}, []string{"route", "method", "status"}),
		durations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: namespace, Name: "http_request_duration_seconds",
			Help:    "Time to answer a request, by route pattern and method.",
			Buckets: durationBuckets,
		}, []string{"route", "method"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "rate_limited_total",
			Help: "Requests refused by a rate limit, by what was limited.",
		}, []string{"what"}),
		followLag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: namespace, Name: "follow_lag_seconds",
			Help:    "Time from another replica writing a change to this one applying it.",
			Buckets: []float64{.1, .25, .5, .75, 1, 1.5, 2, 3, 5, 10},
		}),
	}
	m.registry.MustRegister(m.requests, m.durations, m.rateLimited, m.followLag,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Request counts one answered request. route is the router's pattern
// (such as /groups/:id), never the path, which would put people's ids in
// the labels and let the number of series grow without end.
func (m *Metrics) Request(route, method string, status int, d time.Duration) {
	if m == nil {
		return
	}
	method = knownMethod(method)
	m.requests.WithLabelValues(route, method, statusClass(status)).Inc()
	m.durations.WithLabelValues(route, method).Observe(d.Seconds())
}

// RateLimited counts one refusal by the limit on what ("hello", "message").
func (m *Metrics) RateLimited(what string) {
	if m == nil {
		return
	}
	m.rateLimited.WithLabelValues(what).Inc()
}

// FollowLag records how long after another replica wrote a change this
// one applied it.
func (m *Metrics) FollowLag(d time.Duration) {
	if m == nil {
		return
	}
	m.followLag.Observe(d.Seconds())
}

// Handler serves the metrics in the Prometheus text format. Where it is
// served, and to whom, is the caller's choice: never to the public.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// statusClass is "2xx" for 200 to 299 and so on: a bounded label.
func statusClass(status int) string {
	if status < 100 || status > 599 {
		return "other"
	}
	return strconv.Itoa(status/100) + "xx"
}

// knownMethod keeps the method label bounded: a request with a made-up
// method is counted as "other".
func knownMethod(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions:
		return method
	}
	return "other"
}
