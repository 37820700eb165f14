package matching

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// TestTimesAndNeedsNearTalliesByTheRule checks the tallies against a plain
// count over everyone still in the index: open to buying, likes the
// interest, within the radius of the nearest centre; then each of their
// free times and needs counted once.
func TestTimesAndNeedsNearTalliesByTheRule(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(5, 6))
	pop := randomPopulation(rng, 400)
	needs := community.AccessNeeds()
	for i := range pop.people {
		// The shared population asks for few needs; here anyone may ask
		// for any of them, several at once.
		pop.people[i].AccessNeeds = nil
		for _, j := range rng.Perm(len(needs))[:rng.IntN(4)] {
			pop.people[i].AccessNeeds = append(pop.people[i].AccessNeeds, needs[j])
		}
	}
	ix := pop.index(dir)
	// Changes after the first add must be counted as they are now: some
	// move or change their times, and some leave.
	for i := range 40 {
		p := &pop.people[rng.IntN(len(pop.people))]
		p.FreeTimes = community.Availability(rng.Uint32() & (1<<21 - 1))
		p.District = testDistricts[rng.IntN(len(testDistricts))]
		p.OpenToBuying = i%2 == 0
		ix.PutPerson(*p)
	}
	var left []community.Person
	for i, p := range pop.people {
		if i%9 == 0 {
			ix.RemovePerson(p.ID)
			continue
		}
		left = append(left, p)
	}

	tallied := 0
	for _, centres := range [][]string{{"OX4"}, {"OX1", "L35"}, {"EH1"}, {"NOPE"}, nil} {
		for _, interest := range []string{"swimming", "gym", "yoga", "not-an-interest"} {
			for _, within := range []float64{0, 2, 5, 10, 50} {
				got := ix.TimesAndNeedsNear(centres, interest, within)
				want := bruteTally(dir, left, centres, interest, min(within, MaxWithin))
				tallied += got.People
				if got.People != want.People || !slices.Equal(got.Times, want.Times) || !slices.Equal(got.Needs, want.Needs) {
					t.Errorf("%v %s within %v:\n got %+v\nwant %+v", centres, interest, within, got, want)
				}
				if counted := ix.InterestedNear(centres, interest, []float64{within}); counted[0] != got.People {
					t.Errorf("%v %s within %v: tallied %d people, InterestedNear counts %d", centres, interest, within, got.People, counted[0])
				}
			}
		}
	}
	if tallied == 0 {
		t.Error("nobody was tallied anywhere: the test population is wrong")
	}
}

// bruteTally is the rule written out over a list of people, with ties
// sorted by week order and the order of community.AccessNeeds.
func bruteTally(dir *places.Directory, people []community.Person, centres []string, interest string, within float64) Tally {
	var out Tally
	times, needs := map[string]int{}, map[string]int{}
	for _, p := range people {
		if !p.OpenToBuying || !slices.Contains(p.Interests, interest) || !nearAny(dir, p.District, centres, within) {
			continue
		}
		out.People++
		for _, k := range p.FreeTimes.Keys() {
			times[k]++
		}
		for _, n := range p.AccessNeeds {
			needs[n]++
		}
	}
	var weekOrder []string
	for _, d := range community.Days() {
		for _, s := range community.Slots() {
			weekOrder = append(weekOrder, community.TimeKey(d, s))
		}
	}
	out.Times = byCountThenOrder(weekOrder, times)
	out.Needs = byCountThenOrder(community.AccessNeeds(), needs)
	return out
}

func nearAny(dir *places.Directory, district string, centres []string, within float64) bool {
	home, ok := dir.Lookup(district)
	if !ok {
		return false
	}
	for _, c := range centres {
		if pt, ok := dir.Lookup(c); ok && places.Miles(pt, home) <= within {
			return true
		}
	}
	return false
}

// byCountThenOrder lists the keys with a count, most first, in order among ties,
// by repeated passes from the highest count down: a different way from
// the index's sort, so the two do not share a mistake.
func byCountThenOrder(order []string, counts map[string]int) []KeyCount {
	highest := 0
	for _, n := range counts {
		highest = max(highest, n)
	}
	var out []KeyCount
	for n := highest; n > 0; n-- {
		for _, k := range order {
			if counts[k] == n {
				out = append(out, KeyCount{k, n})
			}
		}
	}
	return out
}

func TestTimesAndNeedsNearEmpty(t *testing.T) {
	ix := New(loadPlaces(t))
	if got := ix.TimesAndNeedsNear([]string{"OX4"}, "swimming", 5); got.People != 0 || got.Times != nil || got.Needs != nil {
		t.Errorf("an empty index tallies %+v", got)
	}
}
