package demo

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

func TestSeedAddsEverythingOnlyOnce(t *testing.T) {
	ctx := context.Background()
	acts := newActions(t)
	st := acts.Store

	people, providers, listings := len(People(DefaultSeed)), len(Providers(DefaultSeed)), len(Listings(DefaultSeed))
	groups, mentors := len(groupSpecs()), len(mentorSpecs())+1 // and the help request
	for _, tt := range []struct {
		start string
		want  int
	}{{"first start", people + providers + listings + groups + mentors}, {"second start", 0}} {
		added, err := Seed(ctx, acts, DefaultSeed)
		if err != nil {
			t.Fatalf("%s: %v", tt.start, err)
		}
		if added != tt.want {
			t.Errorf("%s added %d records, want %d", tt.start, added, tt.want)
		}
	}
	demo, err := st.DemoPeople(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(demo) != 200 {
		t.Errorf("store has %d demo members, want 200", len(demo))
	}
	storedProviders, err := st.AllProviders(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(storedProviders) != providers {
		t.Errorf("store has %d providers, want %d", len(storedProviders), providers)
	}
	// The store keeps the given verification, so the demo shows checked providers.
	for _, p := range storedProviders {
		if p.Name == "Cowley Swim Coaching" && !p.Verified() {
			t.Errorf("%s lost its verification in the store", p.Name)
		}
	}
	storedListings, err := st.AllListings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(storedListings) != listings {
		t.Errorf("store has %d listings, want %d", len(storedListings), listings)
	}
}

// TestDemoGroupsHaveAHistory checks the demo groups look lived in: members
// who pledged and paid, a payment waiting for the treasurer, a spend voted
// and paid, and a vote still open.
func TestDemoGroupsHaveAHistory(t *testing.T) {
	ctx := context.Background()
	acts := newActions(t)
	st := acts.Store
	if _, err := Seed(ctx, acts, DefaultSeed); err != nil {
		t.Fatal(err)
	}
	paid, open := 0, 0
	for _, spec := range groupSpecs() {
		_, members := spec.group(People(DefaultSeed), Listings(DefaultSeed))
		g, err := st.Group(ctx, spec.groupID(members[0]))
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Members) < 3 || g.Treasurer == "" {
			t.Errorf("%s has %d members and treasurer %q", g.Name, len(g.Members), g.Treasurer)
		}
		entries, _ := st.Entries(ctx, g.ID)
		s := community.Tally(entries)
		if s.Paid <= 0 || len(s.Unconfirmed) != 1 || s.Pot() < 0 {
			t.Errorf("%s: paid %s, %d waiting, left %s", g.Name, s.Paid.Pounds(), len(s.Unconfirmed), s.Pot().Pounds())
		}
		proposals, _ := st.Proposals(ctx, g.ID)
		for _, p := range proposals {
			switch p.Status {
			case community.ProposalPaid:
				paid++
			case community.ProposalOpen:
				open++
			}
		}
	}
	if paid != 2 || open != 1 {
		t.Errorf("%d spends paid and %d votes open, want 2 and 1", paid, open)
	}
}

// newActions opens an embedded store and a search index in temporary
// folders and makes the actions over them, as the site does.
func newActions(t *testing.T) *actions.Actions {
	t.Helper()
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.OpenEmbedded(ctx, t.TempDir(), quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(ctx) })
	index, err := search.OpenBleve(filepath.Join(t.TempDir(), "search"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = index.Close() })
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	catalogue, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	return actions.New(actions.Deps{Store: st, Discovery: discovery.New(index, st, dir, catalogue, quiet),
		Matching: matching.New(dir), Places: dir, Log: quiet, Keys: community.NewFormKeys([]byte("demo test keys")),
		Moderators: []string{ModeratorID(DefaultSeed)}})
}
