package search

import (
	"slices"
	"testing"
)

func hitIDs(r Result) []string {
	ids := make([]string, 0, len(r.Hits))
	for _, h := range r.Hits {
		ids = append(ids, string(h.Kind)+"/"+h.ID)
	}
	return ids
}

func equal(a, b []string) bool { return slices.Equal(a, b) }

func checkHits(t *testing.T, r Result, c contractCase) {
	t.Helper()
	got := hitIDs(r)
	for _, w := range c.want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %v", w, got)
		}
	}
	for _, a := range c.absent {
		if slices.Contains(got, a) {
			t.Errorf("found %s in %v", a, got)
		}
	}
	if c.exact && len(got) != len(c.want) {
		t.Errorf("got %v, want only %v", got, c.want)
	}
	if c.exact && r.Total != len(c.want) {
		t.Errorf("Total = %d, want %d", r.Total, len(c.want))
	}
	if c.ordered && !equal(got, c.want) {
		t.Errorf("order %v, want %v", got, c.want)
	}
	if c.check != nil {
		c.check(t, r)
	}
}

func firstIs(t *testing.T, r Result, id string) {
	t.Helper()
	if got := hitIDs(r); len(got) == 0 || got[0] != id {
		t.Errorf("first hit of %v, want %s", got, id)
	}
}

func hitOf(t *testing.T, r Result, id string) Hit {
	t.Helper()
	for i, got := range hitIDs(r) {
		if got == id {
			return r.Hits[i]
		}
	}
	t.Fatalf("%s not found in %v", id, hitIDs(r))
	return Hit{}
}

func milesAbout(t *testing.T, r Result, id string, lo, hi float64) {
	t.Helper()
	h := hitOf(t, r, id)
	if !h.HasDistance || h.Miles < lo || h.Miles > hi {
		t.Errorf("%s: miles %.2f (has %v), want %.1f to %.1f", id, h.Miles, h.HasDistance, lo, hi)
	}
}

func noDistance(t *testing.T, r Result, id string) {
	t.Helper()
	if h := hitOf(t, r, id); h.HasDistance {
		t.Errorf("%s is online but has distance %.2f", id, h.Miles)
	}
}

func wantCounts(t *testing.T, got, want map[Kind]int) {
	t.Helper()
	for _, k := range Kinds() {
		if got[k] != want[k] {
			t.Errorf("%s: %d, want %d (all: %v)", k, got[k], want[k], got)
		}
	}
}
