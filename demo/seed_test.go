package demo

import (
	"context"
	"io"
	"log/slog"
	"testing"

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
	for _, tt := range []struct {
		start string
		want  int
	}{{"first start", people + providers + listings}, {"second start", 0}} {
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
