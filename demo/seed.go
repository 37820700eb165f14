package demo

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/store"
)

// Seed adds the demo members for seed to st and returns how many were new.
// Members already there are skipped, so starting the app again adds none
// and never undoes what a demo member changed.
func Seed(ctx context.Context, st *store.Store, seed uint64) (int, error) {
	added, err := st.InsertPeople(ctx, People(seed))
	if err != nil {
		return added, fmt.Errorf("seed demo people: %w", err)
	}
	return added, nil
}
