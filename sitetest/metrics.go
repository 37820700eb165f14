package sitetest

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// Samples are a scrape of /metrics: each series' value, by its name and
// its labels as name="value" pairs in order, such as
// `clubtogether_rate_limited_total{what="hello"}`. Counters, gauges and
// untyped series are read; a histogram gives its _count and _sum.
type Samples map[string]float64

// ParseMetrics reads the Prometheus text format.
func ParseMetrics(r io.Reader) (Samples, error) {
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(r)
	if err != nil {
		return nil, err
	}
	out := Samples{}
	for name, f := range families {
		for _, m := range f.GetMetric() {
			var pairs []string
			for _, l := range m.GetLabel() {
				pairs = append(pairs, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
			}
			sort.Strings(pairs)
			labels := ""
			if len(pairs) > 0 {
				labels = "{" + strings.Join(pairs, ",") + "}"
			}
			switch {
			case m.Counter != nil:
				out[name+labels] = m.GetCounter().GetValue()
			case m.Gauge != nil:
				out[name+labels] = m.GetGauge().GetValue()
			case m.Untyped != nil:
				out[name+labels] = m.GetUntyped().GetValue()
			case m.Histogram != nil:
				out[name+"_count"+labels] = float64(m.GetHistogram().GetSampleCount())
				out[name+"_sum"+labels] = m.GetHistogram().GetSampleSum()
			}
		}
	}
	return out, nil
}

// Scrape gets url (a /metrics address) with the bearer token, when one is
// given, and reads the answer; a status other than 200 is an error.
func Scrape(url, token string) (Samples, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return ParseMetrics(resp.Body)
}

// Series is the name of a series with labels given as name, value, ...,
// in the order ParseMetrics keys them (labels sorted by name).
func Series(name string, labels ...string) string {
	var pairs []string
	for i := 0; i+1 < len(labels); i += 2 {
		pairs = append(pairs, fmt.Sprintf("%s=%q", labels[i], labels[i+1]))
	}
	sort.Strings(pairs)
	if len(pairs) == 0 {
		return name
	}
	return name + "{" + strings.Join(pairs, ",") + "}"
}

// ScrapeUntil scrapes until done accepts the samples, or 5 seconds have
// passed, and returns the last samples read. A request is counted when its
// handler returns, which can be just after its answer reached the client.
func ScrapeUntil(url, token string, done func(Samples) bool) (Samples, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		samples, err := Scrape(url, token)
		if err != nil || done(samples) || time.Now().After(deadline) {
			return samples, err
		}
		time.Sleep(20 * time.Millisecond)
	}
}
