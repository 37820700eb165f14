package matching

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// randomWishes makes wishes by people of pop: in the test districts (some
// unknown), from a small interest pool so that ties are common, some
// started, most with "Me too"s from others, some of them promises.
func randomWishes(rng *rand.Rand, pop population, n int) []community.Wish {
	interests := community.Interests()
	var out []community.Wish
	// Ids are shuffled so that the order wishes are put in is not the
	// order of their ids, and the tie-break by id is really tested.
	ids := rng.Perm(n)
	for i := range n {
		wisher := pop.people[rng.IntN(len(pop.people))]
		w := community.Wish{
			ID: fmt.Sprintf("w%04d", ids[i]), PersonID: wisher.ID, Text: fmt.Sprintf("Wish %d", i),
			District: testDistricts[rng.IntN(len(testDistricts))],
			Times:    community.Availability(rng.Uint32() & (1<<21 - 1) & rng.Uint32()),
			Backers:  []community.Backer{randomBacker(rng, wisher.ID)},
		}
		for _, j := range rng.Perm(4 + rng.IntN(len(interests)-4))[:1+rng.IntN(3)] {
			w.Interests = append(w.Interests, interests[j].Slug)
		}
		for range rng.IntN(4) {
			if b := pop.people[rng.IntN(len(pop.people))]; !slices.ContainsFunc(w.Backers, func(x community.Backer) bool { return x.PersonID == b.ID }) {
				w.Backers = append(w.Backers, randomBacker(rng, b.ID))
			}
		}
		if rng.IntN(6) == 0 {
			w.GroupID = "g" + w.ID
		}
		out = append(out, w)
	}
	return out
}

// randomBacker is a "Me too", with a promise half the time.
func randomBacker(rng *rand.Rand, personID string) community.Backer {
	b := community.Backer{PersonID: personID}
	if rng.IntN(2) == 0 {
		b.Promise, b.Threshold = community.Pence(100+rng.IntN(1000)), 2+rng.IntN(3)
	}
	return b
}

func putWishes(ix *Index, wishes []community.Wish) {
	for _, w := range wishes {
		ix.PutWish(w)
	}
}

func nilIfNoWishes(s []WishSuggestion) []WishSuggestion {
	if len(s) == 0 {
		return nil
	}
	return s
}

// checkWishesNeverWrong asserts the rules that hold whatever the scores.
func checkWishesNeverWrong(t *testing.T, pop population, wishes []community.Wish, me community.Person, q Query, got []WishSuggestion) {
	t.Helper()
	for _, s := range got {
		w := wishes[slices.IndexFunc(wishes, func(w community.Wish) bool { return w.ID == s.ID })]
		_, backs := w.Backer(me.ID)
		switch {
		case w.PersonID == me.ID || backs:
			t.Fatalf("%s was offered wish %s, which they already share", me.ID, w.ID)
		case w.Started():
			t.Fatalf("started wish %s was offered to %s", w.ID, me.ID)
		case keptApart(pop.marks, me.ID, w.PersonID):
			t.Fatalf("wish %s by %s was offered to %s despite a mark", w.ID, w.PersonID, me.ID)
		case s.Miles > q.within():
			t.Fatalf("wish %s is %.1f miles from %s, outside %v", w.ID, s.Miles, me.ID, q.Within)
		case len(s.Shared) == 0:
			t.Fatalf("wish %s shares nothing with %s", w.ID, me.ID)
		}
	}
}

// TestWishesAgreeWithBrute checks, on random communities, that the index
// offers exactly Brute's wishes in Brute's order with the same reasons,
// and never one the asker shares, one started, one kept from them by a
// mark, one too far or one sharing nothing.
func TestWishesAgreeWithBrute(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(31, 37))
	queries, found := 0, 0
	for round := range 40 {
		size := 2 + rng.IntN(250)
		pop := randomPopulation(rng, size)
		wishes := randomWishes(rng, pop, rng.IntN(200))
		ix := pop.index(dir)
		putWishes(ix, wishes)
		brute := NewBrute(dir, pop.people, pop.marks)
		for range 10 {
			me := pop.people[rng.IntN(size)]
			// A radius of 0 keeps the asker's own district only.
			q := Query{Within: float64(append(Radii(), 0)[rng.IntN(len(Radii())+1)]), Limit: rng.IntN(25)}
			got, want := ix.WishesFor(me.ID, q), brute.WishesFor(dir, me.ID, wishes, q)
			if !reflect.DeepEqual(nilIfNoWishes(got), nilIfNoWishes(want)) {
				t.Fatalf("round %d, %s within %v: index and brute differ\nindex: %+v\nbrute: %+v", round, me.ID, q.Within, got, want)
			}
			if placed := dir.Known(me.District); placed == (got == nil) {
				t.Fatalf("round %d: %s in %q got %#v", round, me.ID, me.District, got)
			}
			checkWishesNeverWrong(t, pop, wishes, me, q, got)
			queries, found = queries+1, found+len(got)
		}
	}
	if found < 100 {
		t.Fatalf("only %d wishes offered in all: the test tests little", found)
	}
	t.Logf("%d queries agreed, %d wishes offered", queries, found)
}

// TestWishesStayRightAfterChanges changes wishes, people and marks on a
// live index and checks it against Brute after every change.
func TestWishesStayRightAfterChanges(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(41, 43))
	pop := randomPopulation(rng, 150)
	wishes := randomWishes(rng, pop, 120)
	ix := pop.index(dir)
	putWishes(ix, wishes)
	fresh := randomWishes(rng, pop, 300)
	for step := range 300 {
		switch rng.IntN(6) {
		case 0: // a wish is edited: moved, new interests or times, started
			i := rng.IntN(len(wishes))
			changed := fresh[rng.IntN(len(fresh))]
			changed.ID, changed.PersonID, changed.Backers = wishes[i].ID, wishes[i].PersonID, wishes[i].Backers
			wishes[i] = changed
			ix.PutWish(changed)
		case 1: // someone says "Me too"
			w := &wishes[rng.IntN(len(wishes))]
			if b := pop.people[rng.IntN(len(pop.people))]; !slices.ContainsFunc(w.Backers, func(x community.Backer) bool { return x.PersonID == b.ID }) {
				w.Backers = append(slices.Clip(w.Backers), randomBacker(rng, b.ID))
				ix.PutWish(*w)
			}
		case 2: // a wish is withdrawn
			i := rng.IntN(len(wishes))
			ix.RemoveWish(wishes[i].ID)
			wishes = slices.Delete(wishes, i, i+1)
		case 3: // a new wish
			w := fresh[rng.IntN(len(fresh))]
			w.ID = fmt.Sprintf("new%03d", step)
			wishes = append(wishes, w)
			ix.PutWish(w)
		case 4: // a block or a "not interested"
			a, b := pop.people[rng.IntN(len(pop.people))].ID, pop.people[rng.IntN(len(pop.people))].ID
			m := community.Mark{From: a, To: b, Kind: []community.MarkKind{community.MarkBlock, community.MarkNotInterested}[rng.IntN(2)]}
			if m.Valid() && !slices.Contains(pop.marks, m) {
				pop.marks = append(pop.marks, m)
				ix.Mark(m)
			}
		case 5: // someone moves
			p := &pop.people[rng.IntN(len(pop.people))]
			p.District = testDistricts[rng.IntN(len(testDistricts))]
			ix.PutPerson(*p)
		}
		me := pop.people[rng.IntN(len(pop.people))]
		q := Query{Within: 10, Limit: 10}
		got, want := ix.WishesFor(me.ID, q), NewBrute(dir, pop.people, pop.marks).WishesFor(dir, me.ID, wishes, q)
		if !reflect.DeepEqual(nilIfNoWishes(got), nilIfNoWishes(want)) {
			t.Fatalf("step %d: index and brute differ for %s\nindex: %+v\nbrute: %+v", step, me.ID, got, want)
		}
	}
}

func wishIDs(list []WishSuggestion) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.ID)
	}
	return out
}

// wishBy is an open wish by personID, who backs it first, then everyone in
// meToo.
func wishBy(id, personID, district string, interests []string, meToo ...string) community.Wish {
	w := community.Wish{ID: id, PersonID: personID, Text: "Text of " + id, District: district, Interests: interests,
		Backers: []community.Backer{{PersonID: personID, Promise: 500, Threshold: 3}}}
	for _, b := range meToo {
		w.Backers = append(w.Backers, community.Backer{PersonID: b})
	}
	return w
}

func TestWishesFor(t *testing.T) {
	dir := loadPlaces(t)
	tue, _ := community.ParseAvailability([]string{"tue-evening", "sat-morning"})
	me := member("me", "OX4", "swimming", "chess")
	me.FreeTimes = tue
	ix := New(dir)
	for _, p := range []community.Person{me, member("ann", "OX4", "chess"), member("bob", "OX1", "swimming"),
		member("cat", "OX4", "football"), member("dan", "OX1", "swimming")} {
		ix.PutPerson(p)
	}
	both := wishBy("both", "ann", "OX4", []string{"chess", "swimming"}, "cat")
	both.Times = tue
	ix.PutWish(both)
	ix.PutWish(wishBy("swim-here", "cat", "OX4", []string{"swimming"}))
	ix.PutWish(wishBy("both-there", "bob", "OX1", []string{"chess", "swimming"}))
	ix.PutWish(wishBy("far", "ann", "EH1", []string{"chess", "swimming"}))
	ix.PutWish(wishBy("football", "ann", "OX4", []string{"football"}))
	ix.PutWish(wishBy("nowhere", "ann", "NOPE", []string{"chess"}))

	got := ix.WishesFor("me", Query{Within: 5})
	if order := wishIDs(got); !slices.Equal(order, []string{"both", "swim-here", "both-there"}) && !slices.Equal(order, []string{"both", "both-there", "swim-here"}) {
		t.Fatalf("wishes for me %v: want both first, then the other two near ones; none far, unshared or unplaced", order)
	}
	t.Run("closer and better shared come first", func(t *testing.T) {
		// "both" shares two interests and the free times here; it beats
		// "swim-here", sharing one here, and "both-there", sharing two
		// a mile or so away.
		want := WishSuggestion{ID: "both", Text: "Text of both", District: "OX4", Miles: 0,
			Shared: []string{"swimming", "chess"}, Times: tue, Backers: 2, Promisers: 1}
		if !reflect.DeepEqual(got[0], want) {
			t.Errorf("first %+v, want %+v", got[0], want)
		}
		if there := got[slices.IndexFunc(got, func(s WishSuggestion) bool { return s.ID == "both-there" })]; there.Miles <= 0 || there.Times != 0 {
			t.Errorf("both-there: %+v", there)
		}
	})
	t.Run("the wisher and backers are not offered their own wish", func(t *testing.T) {
		for _, id := range []string{"ann", "cat"} {
			if slices.Contains(wishIDs(ix.WishesFor(id, Query{Within: 5})), "both") {
				t.Errorf("%s was offered a wish they share", id)
			}
		}
		if !slices.Contains(wishIDs(ix.WishesFor("dan", Query{Within: 5})), "both") {
			t.Error("someone who does not back the wish is not offered it")
		}
	})
	t.Run("a block either way hides the wisher's wishes", func(t *testing.T) {
		for _, block := range []community.Mark{
			{From: "me", To: "ann", Kind: community.MarkBlock},
			{From: "ann", To: "me", Kind: community.MarkBlock},
			{From: "me", To: "ann", Kind: community.MarkNotInterested},
		} {
			ix.Mark(block)
			if slices.Contains(wishIDs(ix.WishesFor("me", Query{Within: 5})), "both") {
				t.Errorf("after %+v, ann's wish is still offered to me", block)
			}
			ix.Unmark(block)
		}
		if !slices.Contains(wishIDs(ix.WishesFor("me", Query{Within: 5})), "both") {
			t.Error("undone marks still hide ann's wish")
		}
	})
	t.Run("a started wish disappears", func(t *testing.T) {
		started := both
		started.GroupID = "g1"
		ix.PutWish(started)
		if slices.Contains(wishIDs(ix.WishesFor("me", Query{Within: 5})), "both") {
			t.Error("a wish that started a group is still offered")
		}
		ix.PutWish(both)
	})
	t.Run("the radius, the limit and removing", func(t *testing.T) {
		if got := wishIDs(ix.WishesFor("me", Query{Within: 0})); slices.Contains(got, "both-there") {
			t.Errorf("within 0 miles got %v", got)
		}
		if got := ix.WishesFor("me", Query{Within: 5, Limit: 1}); len(got) != 1 {
			t.Errorf("limit 1 got %v", wishIDs(got))
		}
		ix.RemoveWish("both")
		ix.RemoveWish("never-there")
		if got := wishIDs(ix.WishesFor("me", Query{Within: 5})); slices.Contains(got, "both") || len(got) != 2 {
			t.Errorf("after removing both: %v", got)
		}
	})
	t.Run("someone not placed gets nil", func(t *testing.T) {
		if got := ix.WishesFor("nobody", Query{Within: 5}); got != nil {
			t.Errorf("someone not in the index got %v", got)
		}
		moved := me
		moved.District = ""
		ix.PutPerson(moved)
		if got := ix.WishesFor("me", Query{Within: 5}); got != nil {
			t.Errorf("someone with no district got %v", got)
		}
	})
}
