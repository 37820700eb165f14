package demo

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

func TestSeedAddsEverythingOnlyOnce(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenEmbedded(ctx, t.TempDir(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(ctx) })

	people, providers, listings := len(People(DefaultSeed)), len(Providers(DefaultSeed)), len(Listings(DefaultSeed))
	groups := len(groupSpecs())
	for _, tt := range []struct {
		start string
		want  int
	}{{"first start", people + providers + listings + groups}, {"second start", 0}} {
		added, err := Seed(ctx, st, DefaultSeed)
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
	st, err := store.OpenEmbedded(ctx, t.TempDir(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(ctx) })
	if _, err := Seed(ctx, st, DefaultSeed); err != nil {
		t.Fatal(err)
	}
	paid, open := 0, 0
	for _, spec := range groupSpecs() {
		g, err := st.Group(ctx, spec.id)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Members) < 3 || g.Treasurer == "" {
			t.Errorf("%s has %d members and treasurer %q", g.Name, len(g.Members), g.Treasurer)
		}
		entries, _ := st.Entries(ctx, g.ID)
		s := community.Tally(entries)
		if s.Paid <= 0 || len(s.Unconfirmed) != 1 || s.Left() < 0 {
			t.Errorf("%s: paid %s, %d waiting, left %s", g.Name, s.Paid.Pounds(), len(s.Unconfirmed), s.Left().Pounds())
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
