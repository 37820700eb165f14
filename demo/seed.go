package demo

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/actions"
)

// Seed adds the demo members, providers, listings and groups for seed to st and
// returns how many of them were new. Records already there are skipped, so
// starting the app again adds none and never undoes what a demo member or
// provider changed. Members go first, then providers, then listings, so
// nothing ever points at a record that is not there yet.
//
// The groups and their history are made through the actions, as members
// make them; the people, providers and listings are records to start from
// and are inserted as they are.
func Seed(ctx context.Context, acts *actions.Actions, seed uint64) (int, error) {
	st := acts.Store
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
	groups, err := seedGroups(ctx, acts, seed)
	if err != nil {
		return people + providers + listings + groups, fmt.Errorf("seed demo groups: %w", err)
	}
	return people + providers + listings + groups, nil
}
