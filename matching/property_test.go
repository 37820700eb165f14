package matching

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestSuggestAgreesWithBrute checks, on random populations of varied
// sizes, that the index returns exactly Brute's top-k in Brute's order, and
// that no suggestion is ever the asker, hidden, kept apart by a mark, or
// outside the radius.
func TestSuggestAgreesWithBrute(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(5, 7))
	queries := 0
	for round := range 40 {
		size := 2 + rng.IntN(300)
		pop := randomPopulation(rng, size)
		ix := pop.index(dir)
		for range 10 {
			me := pop.people[rng.IntN(size)]
			q := Query{Within: float64(Radii()[rng.IntN(len(Radii()))]), Limit: 1 + rng.IntN(25)}
			if rng.IntN(4) == 0 {
				q.Needs = []string{community.AccessNeeds()[rng.IntN(3)]}
			}
			got, placed := ix.Suggest(me.ID, q)
			want := NewBrute(dir, pop.people, pop.marks).Suggest(me.ID, q)
			if placed != dir.Known(me.District) {
				t.Fatalf("round %d: Suggest placed=%v for district %q", round, placed, me.District)
			}
			if !reflect.DeepEqual(nilIfEmpty(got), nilIfEmpty(want)) {
				t.Fatalf("round %d, %s within %v: index and brute differ\nindex: %+v\nbrute: %+v", round, me.ID, q.Within, got, want)
			}
			checkNeverWrong(t, pop, me, q, got)
			queries++
		}
	}
	t.Logf("%d queries agreed", queries)
}

func nilIfEmpty(s []Suggestion) []Suggestion {
	if len(s) == 0 {
		return nil
	}
	return s
}

// checkNeverWrong asserts the rules that hold whatever the scores.
func checkNeverWrong(t *testing.T, pop population, me community.Person, q Query, got []Suggestion) {
	t.Helper()
	for _, s := range got {
		i := slices.IndexFunc(pop.people, func(p community.Person) bool { return p.ID == s.ID })
		p := pop.people[i]
		switch {
		case s.ID == me.ID:
			t.Fatalf("%s was suggested to themselves", me.ID)
		case !p.Visible():
			t.Fatalf("hidden %s was suggested to %s", s.ID, me.ID)
		case keptApart(pop.marks, me.ID, s.ID):
			t.Fatalf("%s was suggested to %s despite a mark", s.ID, me.ID)
		case s.Miles > q.Within:
			t.Fatalf("%s is %.1f miles from %s, outside %v", s.ID, s.Miles, me.ID, q.Within)
		}
	}
}

// TestSuggestStaysRightAfterChanges changes people, marks and undoes marks
// on a live index and checks it against Brute after every change.
func TestSuggestStaysRightAfterChanges(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(11, 13))
	pop := randomPopulation(rng, 150)
	ix := pop.index(dir)
	fresh := randomPopulation(rng, 150)
	for step := range 300 {
		switch rng.IntN(4) {
		case 0: // someone edits their profile: new district, interests, visibility
			i := rng.IntN(len(pop.people))
			changed := fresh.people[rng.IntN(len(fresh.people))]
			changed.ID = pop.people[i].ID
			pop.people[i] = changed
			ix.PutPerson(changed)
		case 1:
			a, b := pop.people[rng.IntN(len(pop.people))].ID, pop.people[rng.IntN(len(pop.people))].ID
			m := community.Mark{From: a, To: b, Kind: community.MarkBlock}
			if rng.IntN(2) == 0 {
				m.Kind = community.MarkNotInterested
			}
			if m.Valid() && !slices.Contains(pop.marks, m) {
				pop.marks = append(pop.marks, m)
				ix.Mark(m)
			}
		case 2:
			if len(pop.marks) > 0 {
				i := rng.IntN(len(pop.marks))
				ix.Unmark(pop.marks[i])
				pop.marks = slices.Delete(pop.marks, i, i+1)
			}
		case 3:
			i := rng.IntN(len(pop.people))
			ix.RemovePerson(pop.people[i].ID)
			pop.people = slices.Delete(pop.people, i, i+1)
		}
		me := pop.people[rng.IntN(len(pop.people))]
		q := Query{Within: 10, Limit: 10}
		got, _ := ix.Suggest(me.ID, q)
		if want := NewBrute(dir, pop.people, pop.marks).Suggest(me.ID, q); !reflect.DeepEqual(nilIfEmpty(got), nilIfEmpty(want)) {
			t.Fatalf("step %d: index and brute differ for %s\nindex: %+v\nbrute: %+v", step, me.ID, got, want)
		}
	}
}

// keptApart reports whether a block either way, or a's "not interested"
// in b, keeps b out of a's suggestions.
func keptApart(marks []community.Mark, a, b string) bool {
	for _, m := range marks {
		switch {
		case m.Kind == community.MarkBlock && (m.From == a && m.To == b || m.From == b && m.To == a):
			return true
		case m.Kind == community.MarkNotInterested && m.From == a && m.To == b:
			return true
		}
	}
	return false
}
