package main

import (
	"bytes"
	"context"
	"testing"
)

// TestOpenReferralBenchRuns runs the Open Referral benchmark small so
// that it cannot rot: every search answers 200 and finds what the
// synthetic listings hold, and the figures are sane.
func TestOpenReferralBenchRuns(t *testing.T) {
	var out bytes.Buffer
	f, err := measureOpenReferral(context.Background(), []string{"-listings", "300", "-requests", "40", "-seed", "2"}, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	lastLine[any](t, out.String(), []string{"listings", "published", "requests", "first_ms", "p50_ms", "p95_ms", "p99_ms", "found"})
	if f.Listings != 300 || f.Published < 300 || f.Requests != 40 || f.FirstMS <= 0 || f.P50MS <= 0 ||
		f.P95MS < f.P50MS || f.P99MS < f.P95MS || f.Found < 1 {
		t.Errorf("figures look wrong: %+v\n%s", f, out.String())
	}
}
