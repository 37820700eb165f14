package handlers

import (
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// sortNewestFirst orders listings by when they were made, newest first.
func sortNewestFirst(list []community.Listing) {
	slices.SortStableFunc(list, func(a, b community.Listing) int { return b.CreatedAt.Compare(a.CreatedAt) })
}
