package store

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestCatalogueVersionFollowsProvidersAndListings: the version moves on
// every change to a provider or a listing, this store's own or another
// replica's once followed, and stays put when nothing of theirs changed.
func TestCatalogueVersionFollowsProvidersAndListings(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	version := func() uint64 {
		t.Helper()
		v, err := s.CatalogueVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	last := version()
	changed := func(what string, want bool) {
		t.Helper()
		now := version()
		if now < last {
			t.Errorf("after %s the version went back from %d to %d", what, last, now)
		}
		if (now != last) != want {
			t.Errorf("after %s the version is %d, was %d: changed should be %v", what, now, last, want)
		}
		last = now
	}
	changed("nothing", false)
	p, err := s.CreateProvider(ctx, sampleProvider())
	if err != nil {
		t.Fatal(err)
	}
	changed("a new provider", true)
	if _, err := s.VerifyProvider(ctx, p.ID, "moderator-1"); err != nil {
		t.Fatal(err)
	}
	changed("verifying the provider", true)
	l, err := s.CreateListing(ctx, sampleListing(p.ID))
	if err != nil {
		t.Fatal(err)
	}
	changed("a new listing", true)
	if _, err := s.Listing(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AllListings(ctx); err != nil {
		t.Fatal(err)
	}
	changed("reading", false)
	if _, err := s.RemoveListing(ctx, l.ID, "moderator-1", time.Now()); err != nil {
		t.Fatal(err)
	}
	changed("hiding the listing", true)

	// Another replica's change reaches memory when the store follows it.
	other := secondWriter(t, s)
	l.Title = "Thursday swim"
	if _, err := other.SaveListing(ctx, l); err != nil {
		t.Fatal(err)
	}
	changed("another replica's save, not yet followed", false)
	s.Follow(ctx, community.Change{Kind: "listing", DocID: l.ID})
	changed("following it", true)
	if got, _ := s.Listing(ctx, l.ID); got.Title != "Thursday swim" {
		t.Errorf("followed listing is titled %q", got.Title)
	}
}
