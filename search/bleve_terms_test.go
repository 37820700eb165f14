package search

import (
	"context"
	"path/filepath"
	"testing"
)

// TestBleveSlipsFindWordsWrittenSince: the words a misspelt word stands
// for are kept between searches, but never past a write. A slip that found
// nothing finds the listing written since; after the listing is deleted
// and another written, it finds the new one and not the old.
func TestBleveSlipsFindWordsWrittenSince(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	must(t, b.Put(ctx, Document{Kind: KindListing, ID: "l1", Title: "Swimming"}))
	found := func(text string) []string {
		t.Helper()
		r, err := b.Search(ctx, Query{Text: text})
		must(t, err)
		var ids []string
		for _, h := range r.Hits {
			ids = append(ids, string(h.Kind)+"/"+h.ID)
		}
		return ids
	}
	for range 2 {
		if got := found("pilatez"); len(got) != 0 {
			t.Fatalf("before any pilates listing: %v", got)
		}
	}
	must(t, b.Put(ctx, Document{Kind: KindListing, ID: "l2", Title: "Pilates"}))
	if got := found("pilatez"); len(got) != 1 || got[0] != "listing/l2" {
		t.Errorf("after the pilates listing was written: %v, want listing/l2", got)
	}
	must(t, b.Delete(ctx, KindListing, "l2"))
	must(t, b.Put(ctx, Document{Kind: KindListing, ID: "l3", Title: "Pilatea"}))
	if got := found("pilatez"); len(got) != 1 || got[0] != "listing/l3" {
		t.Errorf("after the first was deleted and another written: %v, want listing/l3", got)
	}
}
