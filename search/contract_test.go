package search

import (
	"context"
	"strings"
	"testing"
	"time"
)

// contractCase is one question and what a person would expect to see.
type contractCase struct {
	name string
	q    Query
	// want are ids ("kind/id") that must be found; exact, when set, means
	// nothing else may be, and ordered that they come in this order.
	want    []string
	exact   bool
	ordered bool
	// absent are ids that must not be found.
	absent  []string
	check   func(t *testing.T, r Result)
	wantErr bool
}

func readCases() []contractCase {
	near := ox4()
	return []contractCase{
		{name: "misspelt yoag finds yoga", q: Query{Text: "yoag"}, want: []string{"listing/l01"}},
		{name: "misspelt swiming finds swimming", q: Query{Text: "swiming"}, want: []string{"listing/l02"}},
		{name: "title match ranks first", q: Query{Text: "yoga"}, want: []string{"listing/l01", "person/p01"},
			check: func(t *testing.T, r Result) { firstIs(t, r, "listing/l01") }},
		{name: "fitness finds the gym", q: Query{Text: "fitness"}, want: []string{"group/g01"}},
		{name: "rambling finds walking", q: Query{Text: "rambling"}, want: []string{"group/g02"}},
		{name: "swim finds swimming", q: Query{Text: "swim"}, want: []string{"listing/l02", "provider/v01"}},
		{name: "stop words alone do not fail", q: Query{Text: "the and of"}},
		{name: "kind filter", q: Query{Kinds: []Kind{KindGroup}}, want: []string{"group/g01", "group/g02"}, exact: true},
		{name: "interest filter", q: Query{Interest: "swimming"},
			want: []string{"listing/l02", "person/p02", "provider/v01"}, exact: true},
		{name: "words and interest", q: Query{Text: "nervous", Interest: "swimming"}, want: []string{"provider/v01"}, exact: true},
		{name: "verified only keeps people and groups", q: Query{VerifiedOnly: true},
			want:   []string{"listing/l01", "listing/l02", "listing/l03", "listing/l05", "group/g01", "person/p01", "provider/v01"},
			absent: []string{"listing/l04", "listing/l06", "provider/v02"}},
		{name: "max price", q: Query{Kinds: []Kind{KindListing}, MaxPricePence: 700},
			want: []string{"listing/l03", "listing/l04", "listing/l06"}, exact: true},
		{name: "max price leaves other kinds", q: Query{Kinds: []Kind{KindGroup}, MaxPricePence: 1},
			want: []string{"group/g01", "group/g02"}, exact: true},
		{name: "within 5 miles of OX4", q: Query{Near: &near, WithinMiles: 5},
			want: []string{"listing/l01", "listing/l02", "listing/l04", "group/g02", "person/p01", "person/p02", "provider/v01"}, exact: true},
		{name: "within 3 miles of OX4", q: Query{Near: &near, WithinMiles: 3, Kinds: []Kind{KindListing}},
			want: []string{"listing/l01", "listing/l02"}, exact: true},
		{name: "nearest first", q: Query{Near: &near, Sort: SortDistance, Kinds: []Kind{KindListing}},
			want: []string{"listing/l01", "listing/l02", "listing/l04", "listing/l05", "listing/l03", "listing/l06"}, exact: true, ordered: true,
			check: func(t *testing.T, r Result) {
				milesAbout(t, r, "listing/l01", 0, 0.1)
				milesAbout(t, r, "listing/l02", 2.0, 2.4)
				milesAbout(t, r, "listing/l05", 125, 145)
				noDistance(t, r, "listing/l03")
			}},
		{name: "distance sort without a point is relevance", q: Query{Text: "yoga", Sort: SortDistance},
			want: []string{"listing/l01"}, check: func(t *testing.T, r Result) { firstIs(t, r, "listing/l01") }},
		{name: "miles without distance sort", q: Query{Text: "swimming", Near: &near},
			want: []string{"listing/l02"}, check: func(t *testing.T, r Result) { milesAbout(t, r, "listing/l02", 2.0, 2.4) }},
		{name: "counts by kind ignore the kind filter", q: Query{Kinds: []Kind{KindGroup}},
			check: func(t *testing.T, r Result) {
				if r.Total != 2 {
					t.Errorf("Total = %d, want 2", r.Total)
				}
				wantCounts(t, r.ByKind, map[Kind]int{KindListing: 6, KindGroup: 2, KindPerson: 3, KindProvider: 2})
			}},
		{name: "counts by kind follow other filters", q: Query{Interest: "swimming", Kinds: []Kind{KindListing}},
			check: func(t *testing.T, r Result) {
				wantCounts(t, r.ByKind, map[Kind]int{KindListing: 1, KindPerson: 1, KindProvider: 1})
			}},
		{name: "skipping the counts finds the same", q: Query{Interest: "swimming", Kinds: []Kind{KindListing}, SkipCounts: true},
			want: []string{"listing/l02"}, exact: true,
			check: func(t *testing.T, r Result) {
				if len(r.ByKind) != 0 || r.Total != 1 {
					t.Errorf("ByKind = %v and Total = %d, want no counts and 1", r.ByKind, r.Total)
				}
			}},
		{name: "newest first then id", q: Query{Kinds: []Kind{KindListing}},
			want: []string{"listing/l05", "listing/l01", "listing/l02", "listing/l03", "listing/l04", "listing/l06"}, exact: true, ordered: true},
		{name: "any radius keeps every point", q: Query{Near: &near, WithinMiles: 1e12, Kinds: []Kind{KindListing}},
			want: []string{"listing/l01", "listing/l02", "listing/l04", "listing/l05"}, exact: true},
		{name: "a point off the map is refused", q: Query{Near: &Point{Lat: 200, Lon: 500}, WithinMiles: 5}, wantErr: true},
		{name: "10,000 characters", q: Query{Text: strings.Repeat("swimming yoga ", 715)}},
		{name: "10,000-character word", q: Query{Text: strings.Repeat("y", 10000)}},
	}
}

// runContract runs every case against a fresh index from open.
func runContract(t *testing.T, open func(t *testing.T) Index) {
	ctx := context.Background()
	idx := open(t)
	if err := idx.Put(ctx, fixture()...); err != nil {
		t.Fatalf("Put fixture: %v", err)
	}
	for _, c := range readCases() {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			r, err := idx.Search(ctx, c.q)
			if c.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			checkHits(t, r, c)
		})
	}
	t.Run("hits carry their documents", func(t *testing.T) {
		r, err := idx.Search(ctx, Query{Text: "yoga", Near: &Point{Lat: 51.728, Lon: -1.226}})
		if err != nil || len(r.Hits) == 0 {
			t.Fatalf("Search: %v, %d hits", err, len(r.Hits))
		}
		byKey := map[string]Document{}
		for _, d := range fixture() {
			byKey[string(d.Kind)+"/"+d.ID] = d
		}
		for _, h := range r.Hits {
			want := byKey[string(h.Kind)+"/"+h.ID]
			if h.Doc.Title != want.Title || h.Doc.District != want.District || h.Doc.PricePence != want.PricePence ||
				h.Doc.Verified != want.Verified || len(h.Doc.Interests) != len(want.Interests) {
				t.Errorf("hit %s/%s carries %+v, want %+v", h.Kind, h.ID, h.Doc, want)
			}
		}
	})
	t.Run("count per kind", func(t *testing.T) {
		got, err := idx.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantCounts(t, got, map[Kind]int{KindListing: 6, KindGroup: 2, KindPerson: 3, KindProvider: 2})
	})
	t.Run("ping", func(t *testing.T) {
		if err := idx.Ping(ctx); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("paging", func(t *testing.T) { checkPaging(t, idx) })
	t.Run("bad document refused", func(t *testing.T) {
		bad := Document{Kind: KindPerson, ID: "a/b", Title: "x"}
		if err := idx.Put(ctx, bad); err == nil {
			t.Error("Put accepted an id with a slash")
		}
		bad = Document{Kind: KindPerson, ID: "p99", Title: "x", HasPoint: true, Lat: 91}
		if err := idx.Put(ctx, bad); err == nil {
			t.Error("Put accepted latitude 91")
		}
	})
	runWrites(t, open)
}
