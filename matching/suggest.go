package matching

import (
	"math/bits"
)

// Suggest returns the people near personID who share most with them, best
// first, with the reasons. It returns false when the person is not in the
// index (not placed in a district yet).
//
// Districts are visited nearest first. Before each, the best score anyone
// there could reach (sharing every interest and free time) is compared
// with the worst on the list; once that cannot win, no further district
// can either, and the search stops.
func (ix *Index) Suggest(personID string, q Query) ([]Suggestion, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ps := &ix.people
	self, ok := ps.slotOf[personID]
	if !ok {
		return nil, false
	}
	me, home := ps.entryOf(self)
	myTags := ps.tags[self].hashes
	weights := ps.weightsFor(me.interests)
	best := affinity(weights, me.interests, len(myTags))
	freeBonus := bits.OnesCount32(uint32(me.times))
	needs := ix.vocab.needSet(q.Needs)
	hidden := ix.marks.hiddenFrom(personID)
	within := q.within()
	t := top{k: q.limit()}

	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		near := decay(n.miles)
		if t.full() && score(best, near, freeBonus) < t.floor() {
			break
		}
		for _, e := range ps.cells[n.district] {
			shared := e.interests & me.interests
			tags := 0
			if e.flags&flagTags != 0 && len(myTags) > 0 {
				tags = sharedTags(myTags, ps.tags[e.slot].hashes)
			}
			if (shared == 0 && tags == 0) || e.flags&flagHidden != 0 || e.needs&needs != needs || e.slot == self {
				continue
			}
			s := score(affinity(weights, shared, tags), near, bits.OnesCount32(uint32(e.times&me.times)))
			if t.full() && s < t.floor() {
				continue
			}
			id := ps.bySlot[e.slot].id
			if hidden != nil && hidden[id] != 0 {
				continue
			}
			t.offer(ranked{score: s, id: id, slot: e.slot, miles: n.miles})
		}
	}
	return ix.suggestions(t.list, me), true
}

// suggestions turns the winners into answers with their reasons.
func (ix *Index) suggestions(list []ranked, me entry) []Suggestion {
	ps := &ix.people
	mine := ps.tags[me.slot]
	out := make([]Suggestion, 0, len(list))
	for _, r := range list {
		e, d := ps.entryOf(r.slot)
		out = append(out, Suggestion{
			ID: r.id, Name: ps.bySlot[r.slot].name, District: ix.districts.names[d], Miles: r.miles,
			Interests: ix.vocab.slugs(e.interests & me.interests), Tags: mine.common(ps.tags[r.slot]),
			Times: e.times & me.times, Score: r.score,
		})
	}
	return out
}
