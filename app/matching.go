package app

import (
	"log/slog"
	"time"

	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/store"
)

// LoadMatching builds the matching index from everything in the store:
// people, their marks, the listings, the groups, the approved mentors and the wishes. The web layer keeps
// it current from then on. It logs how long building took.
func LoadMatching(all store.Everything, dir *places.Directory, log *slog.Logger) *matching.Index {
	start := time.Now()
	ix := matching.New(dir)
	for _, g := range all.Groups {
		ix.PutGroup(matching.GroupOf(g))
	}
	for _, p := range all.People {
		ix.PutPerson(p)
	}
	for _, m := range all.Marks {
		ix.Mark(m)
	}
	for _, l := range all.Listings {
		ix.PutListing(l)
	}
	people := make(map[string]int, len(all.People))
	for i, p := range all.People {
		people[p.ID] = i
	}
	for _, m := range all.Mentors {
		if i, ok := people[m.PersonID]; ok {
			ix.PutMentor(m, all.People[i])
		}
	}
	for _, w := range all.Wishes {
		ix.PutWish(w)
	}
	log.Info("matching index loaded", "people", ix.People(), "marks", len(all.Marks), "listings", len(all.Listings),
		"groups", len(all.Groups), "mentors", len(all.Mentors), "wishes", len(all.Wishes), "ms", time.Since(start).Milliseconds())
	return ix
}
