package main

import (
	"bytes"
	"testing"
)

// TestMatchingBenchRuns runs the matching benchmark at a small size so
// that it cannot rot: the last line carries exactly the agreed keys, the
// index agrees with brute force on every query, and the figures are sane.
func TestMatchingBenchRuns(t *testing.T) {
	var out bytes.Buffer
	f, err := measureMatching([]string{"-people", "20000", "-listings", "500", "-queries", "50", "-forms", "50", "-seed", "3"}, &out)
	if err != nil {
		t.Fatal(err)
	}
	lastLine[any](t, out.String(), []string{"agree", "brute_p50_us", "build_ms", "bytes_per_person", "form_p99_us",
		"people", "queries", "speedup", "suggest_p50_us", "suggest_p99_us"})
	if !f.Agree {
		t.Errorf("index and brute force disagree:\n%s", out.String())
	}
	if f.People != 20000 || f.Queries != 50 || f.SuggestP99US < f.SuggestP50US || f.BruteP50US <= 0 ||
		f.BytesPerPerson <= 0 || f.FormP99US <= 0 || f.Speedup <= 1 {
		t.Errorf("figures look wrong: %+v\n%s", f, out.String())
	}
}
