package openreferral

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestRoundTrip feeds our own /services answer back through import: what
// comes out is valid, keeps what the profile can carry, and has the same
// ids on a second run.
func TestRoundTrip(t *testing.T) {
	dir := directory(t)
	cat := catalogue(t)
	page, _ := cat.Services(Params{})
	data, err := json.Marshal(page)
	if err != nil {
		t.Fatal(err)
	}
	run := func() ([]community.Provider, []community.Listing) {
		feed, err := ReadFeed(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		providers, listings, skipped, err := feed.ToCommunity("importer", dir)
		if err != nil || len(skipped) > 0 {
			t.Fatalf("err %v, skipped %q", err, skipped)
		}
		return providers, listings
	}
	providers, listings := run()
	providers2, listings2 := run()
	if !reflect.DeepEqual(providers, providers2) || !reflect.DeepEqual(listings, listings2) {
		t.Error("a second run gives different records")
	}
	if len(providers) != 2 || len(listings) != 3 {
		t.Fatalf("got %d providers and %d listings", len(providers), len(listings))
	}
	originals, originalListings := fixtures(t)
	byTitle := make(map[string]community.Listing)
	for _, l := range originalListings {
		byTitle[l.Title] = l
	}
	for _, l := range listings {
		if err := l.Validate(dir.Known); err != nil {
			t.Errorf("%s: %v", l.Title, err)
		}
		o := byTitle[l.Title]
		if l.ID != ImportedID(ServiceUUID(o.ID)) || l.Description != o.Description || l.District != o.District ||
			l.Online != o.Online || l.Times != o.Times || !slices.Equal(l.Interests, o.Interests) ||
			!slices.Equal(l.Features, o.Features) || !slices.Equal(l.Tiers, o.Tiers) || l.Unit != o.Unit || !l.Course.Same(o.Course) {
			t.Errorf("%s changed on the way round:\n got %+v\nfrom %+v", l.Title, l, o)
		}
	}
	swim := providers[slices.IndexFunc(providers, func(p community.Provider) bool { return p.Name == "Cowley Swim School" })]
	o := originals[0]
	if swim.Verified() || swim.Website != o.Website || swim.Phone != o.Phone || swim.Email != o.Email ||
		!slices.Equal(swim.Districts, []string{"OX3", "OX4"}) || swim.ID != ImportedID(OrganizationUUID(o.ID)) {
		t.Errorf("provider changed on the way round: %+v", swim)
	}
	for _, p := range providers {
		if err := p.Validate(dir.Known); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
}
