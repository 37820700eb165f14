package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// loadDistricts are where the extra members live: the demo's two pilot
// areas and the districts around them, Oxfordshire and Knowsley at a
// county's size. The busy ones are listed twice.
var loadDistricts = []string{
	"OX1", "OX2", "OX2", "OX3", "OX3", "OX4", "OX4", "OX14", "OX14", "OX5", "OX10", "OX11", "OX12",
	"OX13", "OX20", "OX25", "OX26", "OX28", "OX29", "OX33", "OX44", "OX49",
	"L34", "L34", "L35", "L35", "L36", "L36", "L14", "L16", "L28", "WA8", "WA10",
}

// loadPeople makes n members after the demo's, first seen at, in the
// pilot areas' districts, with interests, free times and words to find
// them by from the search bench's synthetic world.
func loadPeople(n int, at time.Time) ([]community.Person, error) {
	w, err := newWorld(18)
	if err != nil {
		return nil, err
	}
	var districts []string
	for _, d := range loadDistricts {
		if _, ok := w.places.Lookup(d); ok {
			districts = append(districts, d)
		}
	}
	if len(districts) == 0 {
		return nil, fmt.Errorf("none of the load bench's districts is known")
	}
	at = at.UTC().Truncate(time.Millisecond)
	people := make([]community.Person, n)
	for i := range people {
		p := w.person(i)
		p.ID = fmt.Sprintf("lp%07d", i)
		p.District = districts[w.rng.IntN(len(districts))]
		p.CreatedAt, p.UpdatedAt = at, at
		people[i] = p
	}
	return people, nil
}

// insertPeople saves the members a few batches at a time.
func insertPeople(ctx context.Context, st *store.Store, people []community.Person) error {
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := len(people)*w/workers, len(people)*(w+1)/workers
			if _, err := st.InsertPeople(ctx, people[lo:hi]); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}
