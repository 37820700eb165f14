package search

import (
	"context"
	"testing"
)

// runWrites checks that changes reach the index at once.
func runWrites(t *testing.T, open func(t *testing.T) Index) {
	ctx := context.Background()
	t.Run("delete removes", func(t *testing.T) {
		idx := open(t)
		must(t, idx.Put(ctx, fixture()...))
		must(t, idx.Delete(ctx, KindListing, "l01", "missing"))
		r, err := idx.Search(ctx, Query{Text: "yoga"})
		must(t, err)
		checkHits(t, r, contractCase{want: []string{"person/p01"}, absent: []string{"listing/l01"}})
		counts, err := idx.Count(ctx)
		must(t, err)
		if counts[KindListing] != 5 {
			t.Errorf("listings after delete = %d, want 5", counts[KindListing])
		}
	})
	t.Run("put replaces", func(t *testing.T) {
		idx := open(t)
		docs := fixture()
		must(t, idx.Put(ctx, docs...))
		changed := docs[0]
		changed.Title, changed.Keywords, changed.Interests = "Gentle pilates for beginners", []string{"pilates"}, []string{"pilates"}
		must(t, idx.Put(ctx, changed))
		r, err := idx.Search(ctx, Query{Text: "pilates"})
		must(t, err)
		checkHits(t, r, contractCase{want: []string{"listing/l01"}, exact: true})
		r, err = idx.Search(ctx, Query{Text: "yoga"})
		must(t, err)
		checkHits(t, r, contractCase{want: []string{"person/p01"}, absent: []string{"listing/l01"}})
		counts, err := idx.Count(ctx)
		must(t, err)
		if counts[KindListing] != 6 {
			t.Errorf("listings after replace = %d, want 6", counts[KindListing])
		}
	})
}

// checkPaging walks the listings two at a time: pages must join up to the
// whole list in order, with no repeats and no gaps.
func checkPaging(t *testing.T, idx Index) {
	ctx := context.Background()
	all, err := idx.Search(ctx, Query{Kinds: []Kind{KindListing}})
	must(t, err)
	var walked []Hit
	for off := 0; off < all.Total; off += 2 {
		r, err := idx.Search(ctx, Query{Kinds: []Kind{KindListing}, Offset: off, Limit: 2})
		must(t, err)
		if r.Total != all.Total {
			t.Errorf("offset %d: Total = %d, want %d", off, r.Total, all.Total)
		}
		walked = append(walked, r.Hits...)
	}
	if got, want := hitIDs(Result{Hits: walked}), hitIDs(all); !equal(got, want) {
		t.Errorf("pages = %v, want %v", got, want)
	}
	r, err := idx.Search(ctx, Query{Kinds: []Kind{KindListing}, Offset: 100})
	must(t, err)
	if len(r.Hits) != 0 || r.Total != all.Total {
		t.Errorf("past the end: %d hits, Total %d", len(r.Hits), r.Total)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
