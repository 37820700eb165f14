package demo

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/store"
)

// Seed adds the demo members, providers, listings, groups and mentors for
// seed and returns how many of them were new (see SeedRecords, SeedGroups
// and SeedMentors).
func Seed(ctx context.Context, acts *actions.Actions, seed uint64) (int, error) {
	records, err := SeedRecords(ctx, acts.Store, seed)
	if err != nil {
		return records, err
	}
	groups, err := SeedGroups(ctx, acts, seed)
	if err != nil {
		return records + groups, err
	}
	mentors, err := SeedMentors(ctx, acts, seed)
	return records + groups + mentors, err
}

// SeedRecords adds the demo members, providers and listings: records to
// start from, inserted as they are. Records already there are skipped, so
// starting the app again adds none and never undoes what a demo member or
// provider changed. Members go first, then providers, then listings, so
// nothing ever points at a record that is not there yet.
func SeedRecords(ctx context.Context, st *store.Store, seed uint64) (int, error) {
	people, err := st.InsertPeople(ctx, People(seed))
	if err != nil {
		return people, fmt.Errorf("seed demo people: %w", err)
	}
	providers, err := st.InsertProviders(ctx, Providers(seed))
	if err != nil {
		return people + providers, fmt.Errorf("seed demo providers: %w", err)
	}
	listings, err := st.InsertListings(ctx, Listings(seed))
	if err != nil {
		return people + providers + listings, fmt.Errorf("seed demo listings: %w", err)
	}
	return people + providers + listings, nil
}

// SeedGroups adds the demo groups and their history through the actions,
// as members make them, so the indexes and the change log know them.
func SeedGroups(ctx context.Context, acts *actions.Actions, seed uint64) (int, error) {
	groups, err := seedGroups(ctx, acts, seed)
	if err != nil {
		return groups, fmt.Errorf("seed demo groups: %w", err)
	}
	return groups, nil
}
