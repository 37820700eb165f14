package main

import (
	"bytes"
	"context"
	"testing"
)

// TestLedgerBenchRuns runs the ledger benchmark small: 200 payments sent
// at once over HTTP by 20 members, each from its own payment form and
// twice with that form's key, are all recorded exactly once, and the
// confirmed balance is exact.
func TestLedgerBenchRuns(t *testing.T) {
	var out bytes.Buffer
	f, err := measureLedger(context.Background(), []string{"-clients", "20", "-payments", "200", "-views", "5"}, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if f.Recorded != 200 || f.Lost != 0 || f.Duplicates != 0 || f.BalancePence != f.ExpectedPence || f.ExpectedPence == 0 ||
		f.PerSecond <= 0 || f.GroupPageP95MS <= 0 {
		t.Errorf("figures %+v\n%s", f, out.String())
	}
}
