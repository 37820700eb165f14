package search

import (
	"context"
	"strings"
	"testing"
)

// TestMeiliSearchRequests checks the exact search requests sent for a
// query: q, filter, sort, facets, paging, and the count-only request that
// fills ByKind when the query names kinds.
func TestMeiliSearchRequests(t *testing.T) {
	ox := ox4()
	cases := []struct {
		name string
		q    Query
		want []string // request bodies, in order (offset 0 is left out by the client)
	}{
		{"words only", Query{Text: "yoga"}, []string{
			`{"q":"yoga","limit":20,"attributesToRetrieve":["kind","id","_geo"],"facets":["kind"],"hybrid":null}`}},
		{"no words: newest first", Query{Offset: 40, Limit: 500}, []string{
			`{"q":"","offset":40,"limit":100,"attributesToRetrieve":["kind","id","_geo"],"facets":["kind"],
			  "sort":["updated_at:desc","uid:asc"],"hybrid":null}`}},
		{"every filter, nearest first", Query{Text: "swim", Kinds: []Kind{KindListing, KindGroup}, Interest: "swimming",
			VerifiedOnly: true, MaxPricePence: 800, Near: &ox, WithinMiles: 5, Sort: SortDistance, Offset: 20, Limit: 10}, []string{
			`{"q":"swim","offset":20,"limit":10,"attributesToRetrieve":["kind","id","_geo"],"hybrid":null,
			  "filter":"kind IN [\"listing\", \"group\"] AND interests = \"swimming\" AND (kind NOT IN [\"listing\", \"provider\"] OR verified = true) AND (kind != \"listing\" OR price_pence <= 800) AND _geoRadius(51.728000, -1.226000, 8047)",
			  "sort":["_geoPoint(51.728000, -1.226000):asc","uid:asc"]}`,
			`{"q":"swim","hitsPerPage":0,"facets":["kind"],"hybrid":null,
			  "filter":"interests = \"swimming\" AND (kind NOT IN [\"listing\", \"provider\"] OR verified = true) AND (kind != \"listing\" OR price_pence <= 800) AND _geoRadius(51.728000, -1.226000, 8047)"}`}},
		{"quotes in a value are escaped", Query{Interest: `a"b\c`}, []string{
			`{"q":"","limit":20,"attributesToRetrieve":["kind","id","_geo"],"facets":["kind"],"hybrid":null,
			  "sort":["updated_at:desc","uid:asc"],"filter":"interests = \"a\\\"b\\\\c\""}`}},
		{"long text is cut", Query{Text: strings.Repeat("é", 10000)}, []string{
			`{"q":"` + strings.Repeat("é", 200) + `","limit":20,"attributesToRetrieve":["kind","id","_geo"],"facets":["kind"],"hybrid":null}`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, srv := newFakeMeili(t)
			m, err := OpenMeili(context.Background(), srv.URL, "", "ct")
			must(t, err)
			f.take()
			_, err = m.Search(context.Background(), c.q)
			must(t, err)
			reqs := f.take()
			if len(reqs) != len(c.want) {
				t.Fatalf("%d requests, want %d: %v", len(reqs), len(c.want), reqs)
			}
			for i, w := range c.want {
				if reqs[i].String() != "POST /indexes/ct/search" {
					t.Errorf("request %d is %s", i, reqs[i])
				}
				sameJSON(t, "search", reqs[i].Body, w)
			}
		})
	}
}

// TestMeiliSearchReadsHits checks how an answer becomes a Result: kinds and
// ids, _geoDistance in metres as Miles, a distance worked out from _geo when
// Meilisearch gives none, and totals from the per-kind counts.
func TestMeiliSearchReadsHits(t *testing.T) {
	f, srv := newFakeMeili(t)
	m, err := OpenMeili(context.Background(), srv.URL, "", "ct")
	must(t, err)
	f.search = func(body map[string]any) string {
		if _, sorted := body["sort"]; sorted {
			return `{"hits":[
				{"kind":"listing","id":"l02","_geo":{"lat":51.752,"lng":-1.258},"_geoDistance":3541},
				{"kind":"listing","id":"l03"}],
				"estimatedTotalHits":1000,"facetDistribution":{"kind":{"listing":6,"group":2}},"processingTimeMs":1,"query":""}`
		}
		return `{"hits":[{"kind":"listing","id":"l02","_geo":{"lat":51.752,"lng":-1.258}}],
			"estimatedTotalHits":1000,"facetDistribution":{"kind":{"listing":1,"person":1,"provider":1}},"processingTimeMs":1,"query":"swim"}`
	}
	ox := ox4()
	r, err := m.Search(context.Background(), Query{Near: &ox, Sort: SortDistance})
	must(t, err)
	if got := hitIDs(r); !equal(got, []string{"listing/l02", "listing/l03"}) {
		t.Fatalf("hits %v", got)
	}
	if h := r.Hits[0]; !h.HasDistance || !near(h.Miles, 3541/1609.344) {
		t.Errorf("l02: %.3f miles (has %v), want %.3f", h.Miles, h.HasDistance, 3541/1609.344)
	}
	if r.Hits[1].HasDistance {
		t.Error("an online hit has a distance")
	}
	if r.Total != 8 {
		t.Errorf("Total = %d, want 8 (from the counts, not the estimate)", r.Total)
	}

	r, err = m.Search(context.Background(), Query{Text: "swim", Near: &ox, Kinds: []Kind{KindListing}})
	must(t, err)
	milesAbout(t, r, "listing/l02", 2.0, 2.4)
	if r.Total != 1 || r.ByKind[KindPerson] != 1 {
		t.Errorf("Total %d, ByKind %v", r.Total, r.ByKind)
	}
}

func TestMeiliCount(t *testing.T) {
	f, srv := newFakeMeili(t)
	m, err := OpenMeili(context.Background(), srv.URL, "", "ct")
	must(t, err)
	f.take()
	f.search = func(map[string]any) string {
		return `{"hits":[],"totalHits":13,"facetDistribution":{"kind":{"listing":6,"group":2,"person":3,"provider":2}},"processingTimeMs":1,"query":""}`
	}
	got, err := m.Count(context.Background())
	must(t, err)
	wantCounts(t, got, map[Kind]int{KindListing: 6, KindGroup: 2, KindPerson: 3, KindProvider: 2})
	sameJSON(t, "count", f.take()[0].Body, `{"q":"","hitsPerPage":0,"facets":["kind"],"hybrid":null}`)
}
