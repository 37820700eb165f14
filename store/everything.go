package store

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
)

// Everything is all the people, providers, listings, groups, marks,
// approved mentors and wishes, read once at start-up to fill the search and matching
// indexes.
type Everything struct {
	People    []community.Person
	Providers []community.Provider
	Listings  []community.Listing
	Groups    []community.Group
	Marks     []community.Mark
	// Mentors are the approved mentors only: nobody else is matched.
	Mentors []community.Mentor
	Wishes  []community.Wish
}

// ReadEverything reads every collection the indexes are built from.
func (s *Store) ReadEverything(ctx context.Context) (Everything, error) {
	var all Everything
	var err error
	if all.People, err = s.AllPeople(ctx); err != nil {
		return all, fmt.Errorf("read people: %w", err)
	}
	if all.Providers, err = s.AllProviders(ctx); err != nil {
		return all, fmt.Errorf("read providers: %w", err)
	}
	if all.Listings, err = s.AllListings(ctx); err != nil {
		return all, fmt.Errorf("read listings: %w", err)
	}
	if all.Groups, err = s.AllGroups(ctx); err != nil {
		return all, fmt.Errorf("read groups: %w", err)
	}
	if all.Marks, err = s.AllMarks(ctx); err != nil {
		return all, fmt.Errorf("read marks: %w", err)
	}
	if all.Mentors, err = s.Mentors(ctx, true); err != nil {
		return all, fmt.Errorf("read mentors: %w", err)
	}
	if all.Wishes, err = s.AllWishes(ctx); err != nil {
		return all, fmt.Errorf("read wishes: %w", err)
	}
	return all, nil
}
