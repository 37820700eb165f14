package main

import (
	"bytes"
	"context"
	"testing"
)

// TestLoadBenchRuns runs the load bench small against the site's own
// process: the offered rate is achieved, every route of the mix is asked
// for, and every acknowledged payment is in a ledger once.
func TestLoadBenchRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"load", "-rate", "50", "-seconds", "3", "-clients", "10"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	line := lastLine[any](t, out.String(), []string{"people", "clients", "seconds", "offered_rate", "achieved_rate",
		"requests", "errors", "too_many", "p50_ms", "p95_ms", "p99_ms", "routes", "payments", "peak_memory_mb", "cpu_ms_per_request", "bench_cpu_ms_per_request"})
	offered, achieved := line["offered_rate"].(float64), line["achieved_rate"].(float64)
	if achieved < offered*0.9 || achieved > offered*1.1 {
		t.Errorf("achieved %.1f a second, offered %.0f\n%s", achieved, offered, out.String())
	}
	routes, _ := line["routes"].(map[string]any)
	for _, s := range loadMix {
		if r, _ := routes[s.route].(map[string]any); r == nil || r["requests"].(float64) < 1 {
			t.Errorf("route %s was not asked for: %v", s.route, r)
		}
	}
	pay, _ := line["payments"].(map[string]any)
	if pay["acknowledged"].(float64) < 1 || pay["lost"].(float64) != 0 || pay["duplicates"].(float64) != 0 ||
		pay["recorded"].(float64) < pay["acknowledged"].(float64) {
		t.Errorf("payments %v\n%s", pay, out.String())
	}
	if line["peak_memory_mb"].(float64) <= 0 {
		t.Errorf("no peak memory read: %v", line["peak_memory_mb"])
	}
	if line["cpu_ms_per_request"].(float64) <= 0 {
		t.Errorf("no processor time read: %v", line["cpu_ms_per_request"])
	}
	if line["bench_cpu_ms_per_request"].(float64) <= 0 {
		t.Errorf("no processor time read for the bench itself: %v", line["bench_cpu_ms_per_request"])
	}
}

// TestLoadKillRuns kills the site during 40 payments sent at once: after
// the restart and the retries with the same keys, every payment is
// acknowledged and in a ledger exactly once.
func TestLoadKillRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"load", "-kill", "-payments", "40", "-clients", "10"}, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	line := lastLine[float64](t, out.String(), []string{"payments", "acknowledged_before_kill", "retried", "found_before_retry",
		"acknowledged", "found", "duplicated", "lost", "restart_s"})
	if line["acknowledged_before_kill"] < 1 || line["retried"] < 1 || line["acknowledged"] != 40 || line["found"] != 40 ||
		line["duplicated"] != 0 || line["lost"] != 0 {
		t.Errorf("figures %v\n%s", line, out.String())
	}
}
