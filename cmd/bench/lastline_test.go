package main

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
)

// lastLine reads a benchmark's last line as JSON and checks it carries
// exactly the keys want (in any order).
func lastLine[V any](t *testing.T, out string, want []string) map[string]V {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var line map[string]V
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &line); err != nil {
		t.Fatalf("last line is not JSON: %v\n%s", err, out)
	}
	keys := slices.Sorted(maps.Keys(line))
	if !slices.Equal(keys, slices.Sorted(slices.Values(want))) {
		t.Errorf("keys %v, want %v", keys, want)
	}
	return line
}
