package matching

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// loadPlaces reads the real districts once per test.
func loadPlaces(t testing.TB) *places.Directory {
	t.Helper()
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// population is a random community for testing the index against Brute:
// people crowded into a handful of nearby districts (so radii matter),
// some hidden, some with own words, some blocking or not interested in
// others.
type population struct {
	people []community.Person
	marks  []community.Mark
}

// Districts close together in Oxford and Liverpool, and one far away, so
// that every radius from 1 to 10 miles keeps some people and drops others.
var testDistricts = []string{"OX1", "OX2", "OX3", "OX4", "OX14", "OX44", "L34", "L35", "L36", "L1", "EH1", "NOPE"}

var testTags = []string{"crochet", "Lego", "trains", "tea", "knitting"}

func randomPopulation(rng *rand.Rand, size int) population {
	interests := community.Interests()
	needs := community.AccessNeeds()
	var pop population
	// Ids are shuffled so that the order people are added in is not the
	// order of their ids, and the tie-break by id is really tested.
	ids := rng.Perm(size)
	for i := range size {
		p := community.Person{
			ID:   fmt.Sprintf("p%04d", ids[i]),
			Name: fmt.Sprintf("Person %d", i),
			// A small interest pool makes ties in score common, so the
			// tie-break by id is tested too.
			District:     testDistricts[rng.IntN(len(testDistricts))],
			FreeTimes:    community.Availability(rng.Uint32() & (1<<21 - 1) & rng.Uint32()),
			Visibility:   community.VisibleToMembers,
			OpenToBuying: rng.IntN(2) == 0,
		}
		pool := 4 + rng.IntN(len(interests)-4)
		for _, j := range rng.Perm(pool)[:rng.IntN(5)] {
			p.Interests = append(p.Interests, interests[j].Slug)
		}
		if rng.IntN(5) == 0 {
			p.Visibility = community.VisibleToNobody
		}
		if rng.IntN(4) == 0 {
			p.Tags = []string{testTags[rng.IntN(len(testTags))]}
		}
		if rng.IntN(3) == 0 {
			p.AccessNeeds = []string{needs[rng.IntN(3)]}
		}
		pop.people = append(pop.people, p)
	}
	for range rng.IntN(size/2 + 1) {
		a, b := pop.people[rng.IntN(size)].ID, pop.people[rng.IntN(size)].ID
		kind := community.MarkBlock
		if rng.IntN(2) == 0 {
			kind = community.MarkNotInterested
		}
		if m := (community.Mark{From: a, To: b, Kind: kind}); m.Valid() {
			pop.marks = append(pop.marks, m)
		}
	}
	return pop
}

func (pop population) index(dir *places.Directory) *Index {
	ix := New(dir)
	for _, p := range pop.people {
		ix.PutPerson(p)
	}
	for _, m := range pop.marks {
		ix.Mark(m)
	}
	return ix
}
