package main

import (
	"fmt"
	"math/bits"

	"github.com/clubtogether/clubtogether/community"
)

// matchingData is the synthetic population the matching benchmark runs on.
type matchingData struct {
	people   []community.Person
	listings []community.Listing
	marks    []community.Mark
}

// ownWords are the words the few members who write their own interests
// pick from; with a few hundred of them, sharing one is rare, as in life.
const ownWords = 300

func (w *world) matchingData(people, listings int) matchingData {
	var d matchingData
	for i := range people {
		d.people = append(d.people, w.member(i))
	}
	for i := range listings {
		d.listings = append(d.listings, w.groupListing(i))
	}
	// One member in a hundred blocks someone and one in fifty is not
	// interested in someone, from their own district so the marks matter.
	byDistrict := map[string][]string{}
	for _, p := range d.people {
		byDistrict[p.District] = append(byDistrict[p.District], p.ID)
	}
	for _, p := range d.people {
		kind := community.MarkKind("")
		switch w.rng.IntN(100) {
		case 0:
			kind = community.MarkBlock
		case 1, 2:
			kind = community.MarkNotInterested
		}
		if m := (community.Mark{From: p.ID, To: w.one(byDistrict[p.District]), Kind: kind}); m.Valid() {
			d.marks = append(d.marks, m)
		}
	}
	return d
}

// member is a synthetic member: one to five interests with a Zipf spread,
// about six free times a week, and now and then an access need, own
// words, a hidden profile.
func (w *world) member(i int) community.Person {
	p := community.Person{
		// Ids look like the store's (24 hex digits) but are not in order of
		// creation, so the tie-break by id is not the order of adding.
		ID:           fmt.Sprintf("%024x", bits.Reverse64(uint64(i))),
		Name:         w.one(benchFirstNames()) + " " + string(rune('A'+w.rng.IntN(26))) + ".",
		District:     w.district(),
		Interests:    w.pickInterests(1 + w.rng.IntN(5)),
		FreeTimes:    community.Availability(w.rng.Uint32() & w.rng.Uint32() & w.rng.Uint32() & (1<<21 - 1)),
		OpenToBuying: w.rng.IntN(2) == 0,
		Visibility:   community.VisibleToMembers,
	}
	if w.rng.IntN(10) == 0 {
		p.Visibility = community.VisibleToNobody
	}
	if w.rng.IntN(10) == 0 {
		p.Tags = []string{fmt.Sprintf("word%d", w.rng.IntN(ownWords))}
	}
	if w.rng.IntN(5) == 0 {
		p.AccessNeeds = []string{w.one(community.AccessNeeds())}
	}
	return p
}

// groupListing is a listing with prices that fall at 4 and 8 people, run
// once or twice a week, with a step-free venue most of the time.
func (w *world) groupListing(i int) community.Listing {
	each := community.Pence(300 + 50*w.rng.IntN(35))
	l := community.Listing{
		ID: fmt.Sprintf("%024x", bits.Reverse64(uint64(i))^1), Title: fmt.Sprintf("Listing %d", i),
		District: w.district(), Interests: w.pickInterests(1), Capacity: 8 + w.rng.IntN(20),
		Times: 1<<w.rng.IntN(21) | 1<<w.rng.IntN(21),
		Tiers: []community.PriceTier{{MinPeople: 1, Each: each}, {MinPeople: 4, Each: each * 3 / 4}, {MinPeople: 8, Each: each * 3 / 5}},
	}
	if w.rng.IntN(4) > 0 {
		l.Features = []string{"step-free", "accessible-toilet"}
	}
	return l
}
