package openreferral

import (
	"fmt"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func TestPaging(t *testing.T) {
	dir := directory(t)
	providers, _ := fixtures(t)
	var listings []community.Listing
	for i := range 7 {
		listings = append(listings, community.Listing{ID: fmt.Sprintf("%024x", i+1), ProviderID: swimID,
			Title: fmt.Sprintf("Swim %d", i+1), Interests: []string{"swimming"}, District: "OX4",
			Unit: community.PerSession, Tiers: []community.PriceTier{{MinPeople: 1, Each: 100}}})
	}
	cat := NewCatalogue(providers, listings, dir, "")
	for _, tc := range []struct {
		page, perPage, size, pages int
		first, last, empty         bool
		firstName                  string
	}{
		{1, 3, 3, 3, true, false, false, "Swim 1"},
		{2, 3, 3, 3, false, false, false, "Swim 4"},
		{3, 3, 1, 3, false, true, false, "Swim 7"},
		{4, 3, 0, 3, false, true, true, ""},
		{1, 7, 7, 1, true, true, false, "Swim 1"},
		{1, 100, 7, 1, true, true, false, "Swim 1"},
		{1 << 40, 100, 0, 1, false, true, true, ""},
	} {
		p, err := cat.Services(Params{Page: tc.page, PerPage: tc.perPage})
		if err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprint(p.TotalItems, p.TotalPages, p.PageNumber, p.Size, p.FirstPage, p.LastPage, p.Empty)
		want := fmt.Sprint(7, tc.pages, tc.page, tc.size, tc.first, tc.last, tc.empty)
		if got != want || len(p.Contents) != tc.size || (tc.size > 0 && p.Contents[0].Name != tc.firstName) {
			t.Errorf("page %d of %d: got %s, want %s", tc.page, tc.perPage, got, want)
		}
	}
	if p, _ := cat.Services(Params{}); p.PageNumber != 1 || p.Size != 7 {
		t.Errorf("the zero Params should give page 1 of %d, got %+v", DefaultPerPage, p)
	}
	none := NewCatalogue(nil, nil, dir, "")
	p, _ := none.Services(Params{})
	if p.TotalPages != 0 || !p.FirstPage || !p.LastPage || !p.Empty || p.Contents == nil {
		t.Errorf("empty catalogue: %+v", p)
	}
}
