package main

import (
	"bytes"
	"context"
	"testing"
)

// TestLedgerBenchRuns runs the ledger benchmark small: payments sent at
// once over HTTP, each twice with its key, are all recorded exactly once,
// and the confirmed balance is exact.
func TestLedgerBenchRuns(t *testing.T) {
	var out bytes.Buffer
	f, err := measureLedger(context.Background(), []string{"-clients", "8", "-payments", "60", "-views", "5"}, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if f.Recorded != 60 || f.Lost != 0 || f.Duplicates != 0 || f.BalancePence != f.ExpectedPence || f.ExpectedPence == 0 ||
		f.PerSecond <= 0 || f.GroupPageP95MS <= 0 {
		t.Errorf("figures %+v\n%s", f, out.String())
	}
}
