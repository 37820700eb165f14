package matching

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// KeyCount is how many people share one free time or access need, by its
// community key ("tue-evening", "step-free").
type KeyCount struct {
	Key   string
	Count int
}

// Tally is what the people InterestedNear counts at one radius share:
// how many they are, and how many of them are free at each time and ask
// for each access need. Counts are exact; making them safe to show is
// the caller's job, since only the caller knows what it will show.
type Tally struct {
	People int
	// Times and Needs hold only keys someone has, most first; ties keep
	// week order and the display order of community.AccessNeeds, so a
	// page reads the same on every visit.
	Times []KeyCount
	Needs []KeyCount
}

// TimesAndNeedsNear tallies the free times and access needs of the people
// open to buying together who like interest and live within within miles
// of the nearest of centres: the same people InterestedNear counts at
// that radius, so the two always agree. Hidden people count, as there: a
// tally names nobody. A radius beyond MaxWithin counts as MaxWithin.
func (ix *Index) TimesAndNeedsNear(centres []string, interest string, within float64) Tally {
	bit, ok := ix.vocab.interestBit[interest]
	if !ok {
		return Tally{}
	}
	near := ix.districtsWithin(centres, min(within, MaxWithin))
	var times [32]int
	var needs [16]int
	people := 0
	likes := filter{mine: 1 << bit, strong: 1 << bit, atLeast: 1}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, d := range near {
		ix.people.cells[d].each(likes, func(e entry) {
			if e.flags()&flagOpenToBuying == 0 {
				return
			}
			people++
			addBits(times[:], uint32(e.times()))
			addBits(needs[:], uint32(e.needs()))
		})
	}
	return Tally{People: people, Times: timeCounts(&times), Needs: ix.needCounts(&needs)}
}

// districtsWithin lists, once each, the districts within miles of any of
// centres. The neighbour lists never change, so this needs no lock.
func (ix *Index) districtsWithin(centres []string, miles float64) []uint16 {
	seen := map[uint16]bool{}
	var out []uint16
	for _, name := range centres {
		centre := ix.districts.lookup(name)
		if centre == noDistrict {
			continue
		}
		for _, n := range ix.districts.near[centre] {
			if n.miles > miles {
				break
			}
			if !seen[n.district] {
				seen[n.district] = true
				out = append(out, n.district)
			}
		}
	}
	return out
}

// addBits counts one for each bit set in set, by bit position.
func addBits(counts []int, set uint32) {
	for s := set; s != 0; s &= s - 1 {
		counts[bits.TrailingZeros32(s)]++
	}
}

// timeCounts names the counted bits by time key. The bit of each key is
// asked of community rather than worked out here, so the layout of an
// Availability stays community's to change.
func timeCounts(counts *[32]int) []KeyCount {
	var out []KeyCount
	for _, day := range community.Days() {
		for _, slot := range community.Slots() {
			key := community.TimeKey(day, slot)
			a, _ := community.ParseAvailability([]string{key})
			if n := counts[bits.TrailingZeros32(uint32(a))]; n > 0 {
				out = append(out, KeyCount{key, n})
			}
		}
	}
	return mostFirst(out)
}

// needCounts names the counted bits by access need, through the same
// vocabulary that set them.
func (ix *Index) needCounts(counts *[16]int) []KeyCount {
	var out []KeyCount
	for _, need := range community.AccessNeeds() {
		if n := counts[ix.vocab.needBit[need]]; n > 0 {
			out = append(out, KeyCount{need, n})
		}
	}
	return mostFirst(out)
}

// mostFirst sorts by count, keeping the given order among equal counts.
func mostFirst(list []KeyCount) []KeyCount {
	slices.SortStableFunc(list, func(a, b KeyCount) int { return cmp.Compare(b.Count, a.Count) })
	return list
}
