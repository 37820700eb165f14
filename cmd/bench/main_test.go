package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestPagesBenchRuns runs the pages benchmark at a small size so that it
// cannot rot: it must sign in, get only 200s and print its JSON line.
func TestPagesBenchRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"pages", "-requests", "20"}, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var result pagesResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &result); err != nil {
		t.Fatalf("last line is not JSON: %v", err)
	}
	if result.Requests != 20 || result.People < 100 || result.MeP50MS <= 0 || result.PersonP95MS < result.PersonP50MS {
		t.Errorf("figures look wrong: %+v", result)
	}
}
