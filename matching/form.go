package matching

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// Formation is a group that could form around a listing so that everyone
// pays a lower price: who could join, how big the group would be, and what
// each would save.
type Formation struct {
	ListingID string
	Title     string
	// District is where the listing happens; empty for an online one.
	District string
	// Miles is how far the listing is from the person asking, if anyone.
	Miles float64
	// Size is the group size that reaches the price Each, asker included.
	Size int
	// Nearby is how many others nearby could join (more than Members, when
	// more are free than the group needs).
	Nearby int
	// Each is what each pays in a group of Size; Alone what one pays alone;
	// both are for one Unit (for a course, the whole Course).
	Each   community.Pence
	Alone  community.Pence
	Unit   community.PriceUnit
	Course community.Course
	// PerWeek is how many times a week the listing runs (0 if not said).
	PerWeek int
	// Members are the best set of others to invite, best first.
	Members []Candidate
}

// Candidate is someone who could join a group. Name is empty for people
// who chose not to be seen: they count, and are invited, but never named.
type Candidate struct {
	ID    string
	Name  string
	Miles float64
}

// SavingEach is what each person saves on one Unit by coming together: a
// session, the whole course, a month or an item.
func (f Formation) SavingEach() community.Pence { return f.Alone - f.Each }

// SavingPerMonth is the saving over four weeks of a listing priced per
// session, or 0 when it is priced otherwise or does not say how often it
// runs: four weeks of a course, a month or an item mean nothing.
func (f Formation) SavingPerMonth() community.Pence {
	if f.Unit != community.PerSession {
		return 0
	}
	return f.SavingEach() * community.Pence(4*f.PerWeek)
}

// Form finds the best group that could form around a listing from the
// people within the radius of its place. It returns false when the listing
// is unknown or online, or when not enough people are near to reach a
// cheaper price.
func (ix *Index) Form(listingID string, within float64) (Formation, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	l, ok := ix.listings.byID[listingID]
	if !ok || l.online {
		return Formation{}, false
	}
	return ix.formAround(l, l.district, min(max(within, 0), MaxWithin), asker{})
}

// asker is the person a formation is worked out for, if any: they are in
// the group already, and people hidden from them are left out.
type asker struct {
	present bool
	slot    uint32
	hidden  map[string]uint8
}

func (a asker) count() int {
	if a.present {
		return 1
	}
	return 0
}

// formAround gathers everyone within the radius of centre who is
// interested, open to buying together, free at one of the listing's times
// and whose access needs the listing meets, and keeps the best of them.
func (ix *Index) formAround(l *listing, centre uint16, within float64, who asker) (Formation, bool) {
	if len(l.tiers) < 2 {
		return Formation{}, false
	}
	ps := &ix.people
	want := min(l.tiers[len(l.tiers)-1].MinPeople, l.capacity) - who.count()
	if want <= 0 {
		return Formation{}, false
	}
	weights := ps.weightsFor(l.interests)
	t := top{k: want}
	nearby := 0
	for _, n := range ix.districts.near[centre] {
		if n.miles > within {
			break
		}
		near := decay(n.miles)
		ps.cells[n.district].each(filter{mine: l.interests, strong: l.interests, atLeast: 1}, func(e entry) {
			if e.flags()&flagOpenToBuying == 0 || e.needs()&^l.features != 0 ||
				(l.times != 0 && e.times()&l.times == 0) || (who.present && e.slot() == who.slot) {
				return
			}
			id := ps.bySlot[e.slot()].id
			if who.hidden != nil && who.hidden[id] != 0 {
				return
			}
			nearby++
			s := score(affinity(weights, e.interests&l.interests, 0), near, bits.OnesCount32(uint32(e.times()&l.times)))
			t.offer(ranked{score: s, id: id, slot: e.slot(), miles: n.miles})
		})
	}
	tier := reachable(l, nearby+who.count())
	if tier == 0 {
		return Formation{}, false
	}
	f := Formation{
		ListingID: l.id, Title: l.title, Size: l.tiers[tier].MinPeople, Nearby: nearby,
		Each: l.tiers[tier].Each, Alone: l.tiers[0].Each, Unit: l.unit, Course: l.course, PerWeek: bits.OnesCount32(uint32(l.times)),
	}
	if !l.online {
		f.District = ix.districts.names[l.district]
	}
	for _, r := range t.list[:f.Size-who.count()] {
		c := Candidate{ID: r.id, Miles: r.miles}
		if e, _ := ps.entryOf(r.slot); e.flags()&flagHidden == 0 {
			c.Name = ps.bySlot[r.slot].name
		}
		f.Members = append(f.Members, c)
	}
	return f, true
}

// reachable returns the cheapest tier a group of n can reach, within the
// listing's capacity.
func reachable(l *listing, n int) int {
	n = min(n, l.capacity)
	best := 0
	for i, t := range l.tiers {
		if n >= t.MinPeople {
			best = i
		}
	}
	return best
}

// maxListingsTried bounds how many nearby listings GroupsToStart works out
// a formation for, nearest first, so a busy city stays quick.
const maxListingsTried = 30

// GroupsToStart returns the groups personID could start around listings
// near them that share their interests, biggest saving first; nothing for
// someone who has not said they are open to buying together.
func (ix *Index) GroupsToStart(personID string, q Query) []Formation {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	self, me, home, ok := ix.people.find(personID)
	// Only someone open to buying together is offered groups to start.
	if !ok || me.flags()&flagOpenToBuying == 0 {
		return nil
	}
	fits := me.fits
	type nearListing struct {
		l     *listing
		miles float64
	}
	var found []nearListing
	within := q.within()
	for _, n := range ix.districts.near[home] {
		if n.miles > within {
			break
		}
		for _, l := range ix.listings.cells[n.district] {
			if fits(l) {
				found = append(found, nearListing{l, n.miles})
			}
		}
	}
	for _, l := range ix.listings.online {
		if fits(l) {
			found = append(found, nearListing{l, 0})
		}
	}
	slices.SortFunc(found, func(a, b nearListing) int {
		return cmp.Or(cmp.Compare(a.miles, b.miles), cmp.Compare(a.l.id, b.l.id))
	})
	who := asker{present: true, slot: self, hidden: ix.marks.hiddenFrom(personID)}
	var out []Formation
	for _, nl := range found[:min(len(found), maxListingsTried)] {
		centre := nl.l.district
		if nl.l.online {
			centre = home
		}
		if f, ok := ix.formAround(nl.l, centre, within, who); ok {
			f.Miles = nl.miles
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b Formation) int {
		return cmp.Or(cmp.Compare(b.SavingEach(), a.SavingEach()), cmp.Compare(a.Miles, b.Miles),
			cmp.Compare(a.ListingID, b.ListingID))
	})
	return out[:min(len(out), q.limit())]
}

// fits reports whether a listing suits someone: it shares an interest,
// meets their access needs, and runs at a time they are free (when both
// say when).
func (me entry) fits(l *listing) bool {
	return l.interests&me.interests != 0 && me.needs()&^l.features == 0 &&
		(l.times == 0 || me.times() == 0 || l.times&me.times() != 0)
}

// FormFor is the group personID could start around one listing, as
// GroupsToStart offers it within MaxWithin, worked out for that listing
// alone.
func (ix *Index) FormFor(personID, listingID string) (Formation, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	self, me, home, ok := ix.people.find(personID)
	l, known := ix.listings.byID[listingID]
	if !ok || !known || me.flags()&flagOpenToBuying == 0 || !me.fits(l) {
		return Formation{}, false
	}
	centre, miles := home, 0.0
	if !l.online {
		i := slices.IndexFunc(ix.districts.near[home], func(n neighbour) bool { return n.district == l.district })
		if i < 0 {
			return Formation{}, false
		}
		centre, miles = l.district, ix.districts.near[home][i].miles
	}
	f, ok := ix.formAround(l, centre, MaxWithin, asker{present: true, slot: self, hidden: ix.marks.hiddenFrom(personID)})
	f.Miles = miles
	return f, ok
}
