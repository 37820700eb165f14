package matching

import (
	"cmp"
	"math/bits"
	"slices"
)

// Suggest returns the people near personID who share most with them, best
// first, with the reasons. It returns false when the person is not in the
// index (not placed in a district yet).
//
// Districts are visited nearest first. Before each, the best score anyone
// there could reach (sharing every interest and free time) is compared
// with the worst on the list; once that cannot win, no further district
// can either, and the search stops. Within a district, people who share
// only interests too common to reach the list are passed over: the query
// looks only at the bitmaps of the interests that could still win.
// look at the
// bitmaps of the interests that could still win.
func (ix *Index) Suggest(personID string, q Query) ([]Suggestion, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ps := &ix.people
	self, me, home, ok := ps.find(personID)
	if !ok {
		return nil, false
	}
	myTags := ps.tags[self].hashes
	weights := ps.weightsFor(me.interests)
	best := affinity(weights, me.interests, len(myTags))
	byWeight := lightestFirst(weights, me.interests)
	freeBonus := bits.OnesCount32(uint32(me.times()))
	needs := ix.vocab.needSet(q.Needs)
	hidden := ix.marks.hiddenFrom(personID)
	within := q.within()
	t := top{k: q.limit()}

	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		near := decay(n.miles)
		var weak uint64
		if t.full() {
			if score(best, near, freeBonus) < t.floor() {
				break
			}
			weak = weakInterests(weights, byWeight, near, freeBonus, t.floor())
		}
		f := filter{mine: me.interests, strong: me.interests &^ weak, atLeast: 1, tags: ps.buckets(self)}
		if f.strong == 0 && f.tags == 0 {
			break
		}
		if t.full() {
			f.atLeast = fewestShared(weights, byWeight, near, freeBonus, t.floor())
		}
		ps.cells[n.district].each(f, func(e entry) {
			shared := e.interests & me.interests
			tags := 0
			if e.flags()&flagTags != 0 && len(myTags) > 0 {
				tags = sharedTags(myTags, ps.tags[e.slot()].hashes)
			}
			if (shared == 0 && tags == 0) || e.flags()&flagHidden != 0 || e.needs()&needs != needs || e.slot() == self {
				return
			}
			s := score(affinity(weights, shared, tags), near, bits.OnesCount32(uint32(e.times()&me.times())))
			if t.full() && s < t.floor() {
				return
			}
			id := ps.bySlot[e.slot()].id
			if hidden != nil && hidden[id] != 0 {
				return
			}
			t.offer(ranked{score: s, id: id, slot: e.slot(), miles: n.miles})
		})
	}
	return ix.suggestions(t.list, me), true
}

// suggestions turns the winners into answers with their reasons.
func (ix *Index) suggestions(list []ranked, me entry) []Suggestion {
	ps := &ix.people
	mine := ps.tags[me.slot()]
	out := make([]Suggestion, 0, len(list))
	for _, r := range list {
		e, d := ps.entryOf(r.slot)
		out = append(out, Suggestion{
			ID: r.id, Name: ps.bySlot[r.slot].name, District: ix.districts.names[d], Miles: r.miles,
			Interests: ix.vocab.slugs(e.interests & me.interests), Tags: mine.common(ps.tags[r.slot]),
			Times: e.times() & me.times(), Score: r.score,
		})
	}
	return out
}

// lightestFirst lists the interests in set from the lowest weight up.
func lightestFirst(w *[64]float64, set uint64) []int {
	var out []int
	for s := set; s != 0; s &= s - 1 {
		out = append(out, bits.TrailingZeros64(s))
	}
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(w[a], w[b]) })
	return out
}

// weakInterests returns the biggest set of the lightest interests that
// together, even with every free time shared, score below floor at this
// distance: someone who shares only these (and no own words) cannot make
// the list. Adding weights only grows a sum, so any subset scores lower.
func weakInterests(w *[64]float64, lightest []int, near float64, freeBonus int, floor float64) uint64 {
	var weak uint64
	for _, b := range lightest {
		next := weak | 1<<b
		if score(affinity(w, next, 0), near, freeBonus) >= floor {
			break
		}
		weak = next
	}
	return weak
}

// fewestShared returns how many of the asker's interests someone must share
// (without own words) to reach floor at this distance, counting the
// heaviest first. The comparison leaves a margin of a millionth so that
// rounding in sums taken in another order can never drop a winner.
func fewestShared(w *[64]float64, lightest []int, near float64, freeBonus int, floor float64) int {
	var set uint64
	for k := 1; k <= len(lightest); k++ {
		set |= 1 << lightest[len(lightest)-k]
		if score(affinity(w, set, 0), near, freeBonus) >= floor*(1-1e-6) {
			return k
		}
	}
	return len(lightest) + 1
}
