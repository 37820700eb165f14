package app

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/store"
)

// LoadMatching builds the matching index from everything in the store:
// people, their marks, the listings and the groups. The web layer keeps it current
// from then on. It logs how long loading took.
func LoadMatching(ctx context.Context, st *store.Store, dir *places.Directory, log *slog.Logger) (*matching.Index, error) {
	start := time.Now()
	people, err := st.AllPeople(ctx)
	if err != nil {
		return nil, fmt.Errorf("load people for matching: %w", err)
	}
	marks, err := st.AllMarks(ctx)
	if err != nil {
		return nil, fmt.Errorf("load marks for matching: %w", err)
	}
	listings, err := st.AllListings(ctx)
	if err != nil {
		return nil, fmt.Errorf("load listings for matching: %w", err)
	}
	groups, err := st.AllGroups(ctx)
	if err != nil {
		return nil, fmt.Errorf("load groups for matching: %w", err)
	}
	ix := matching.New(dir)
	for _, g := range groups {
		ix.PutGroup(matching.GroupOf(g))
	}
	for _, p := range people {
		ix.PutPerson(p)
	}
	for _, m := range marks {
		ix.Mark(m)
	}
	for _, l := range listings {
		ix.PutListing(l)
	}
	log.Info("matching index loaded", "people", ix.People(), "marks", len(marks), "listings", len(listings), "groups", len(groups),
		"ms", time.Since(start).Milliseconds())
	return ix, nil
}
