package matching

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

var testLanguages = []string{"English", "Polish", "urdu", "Welsh", "BSL"}

// withMentors gives some of a population languages, makes some of them
// mentors (most approved) and returns the offers.
func withMentors(rng *rand.Rand, pop population) []community.Mentor {
	var mentors []community.Mentor
	for i := range pop.people {
		p := &pop.people[i]
		for range rng.IntN(3) {
			p.Languages = append(p.Languages, testLanguages[rng.IntN(len(testLanguages))])
		}
		if rng.IntN(4) != 0 {
			continue
		}
		m := community.Mentor{PersonID: p.ID, HelpWith: []string{community.MentorHelps()[rng.IntN(6)]},
			FreeTimes: community.Availability(rng.Uint32() & (1<<21 - 1))}
		for range 1 + rng.IntN(2) {
			m.Languages = append(m.Languages, testLanguages[rng.IntN(len(testLanguages))])
		}
		if rng.IntN(5) != 0 {
			m.ApprovedAt = time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
		}
		mentors = append(mentors, m)
	}
	return mentors
}

func putMentors(ix *Index, pop population, mentors []community.Mentor) {
	for _, m := range mentors {
		i := slices.IndexFunc(pop.people, func(p community.Person) bool { return p.ID == m.PersonID })
		ix.PutMentor(m, pop.people[i])
	}
}

// TestMentorsAgreeWithBrute checks, on random populations, that the index
// suggests exactly Brute's mentors in Brute's order, and never anyone not
// approved, hidden, kept apart by a mark, themselves, or too far.
func TestMentorsAgreeWithBrute(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(17, 19))
	queries, found := 0, 0
	for round := range 30 {
		size := 2 + rng.IntN(250)
		pop := randomPopulation(rng, size)
		mentors := withMentors(rng, pop)
		ix := pop.index(dir)
		for _, p := range pop.people {
			ix.PutPerson(p) // now with languages
		}
		putMentors(ix, pop, mentors)
		brute := NewBrute(dir, pop.people, pop.marks)
		for range 10 {
			me := pop.people[rng.IntN(size)]
			q := Query{Within: float64(Radii()[rng.IntN(len(Radii()))]), Limit: 1 + rng.IntN(10)}
			got, want := ix.MentorsFor(me.ID, q), brute.MentorsFor(me.ID, mentors, q)
			if !reflect.DeepEqual(nilIfNoMentors(got), nilIfNoMentors(want)) {
				t.Fatalf("round %d, %s within %v: index and brute differ\nindex: %+v\nbrute: %+v", round, me.ID, q.Within, got, want)
			}
			for _, s := range got {
				m := mentors[slices.IndexFunc(mentors, func(m community.Mentor) bool { return m.PersonID == s.ID })]
				if !m.Approved() || s.ID == me.ID || keptApart(pop.marks, me.ID, s.ID) || s.Miles > q.Within {
					t.Fatalf("%s should never be suggested to %s", s.ID, me.ID)
				}
			}
			queries, found = queries+1, found+len(got)
		}
	}
	if found == 0 {
		t.Fatal("no query found any mentor: the test tests nothing")
	}
	t.Logf("%d queries agreed, %d mentors suggested", queries, found)
}

// TestMentorsStayRightAfterChanges changes profiles, marks and mentors on
// a live index and checks it against Brute after every change.
func TestMentorsStayRightAfterChanges(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(23, 29))
	pop := randomPopulation(rng, 120)
	mentors := withMentors(rng, pop)
	ix := pop.index(dir)
	for _, p := range pop.people {
		ix.PutPerson(p)
	}
	putMentors(ix, pop, mentors)
	for step := range 200 {
		switch rng.IntN(4) {
		case 0: // someone moves, hides or changes languages
			i := rng.IntN(len(pop.people))
			p := &pop.people[i]
			p.District = testDistricts[rng.IntN(len(testDistricts))]
			p.Visibility = []community.Visibility{community.VisibleToMembers, community.VisibleToNobody}[rng.IntN(2)]
			p.Languages = []string{testLanguages[rng.IntN(len(testLanguages))]}
			ix.PutPerson(*p)
		case 1: // a block
			a, b := pop.people[rng.IntN(len(pop.people))].ID, pop.people[rng.IntN(len(pop.people))].ID
			if m := (community.Mark{From: a, To: b, Kind: community.MarkBlock}); m.Valid() && !slices.Contains(pop.marks, m) {
				pop.marks = append(pop.marks, m)
				ix.Mark(m)
			}
		case 2: // a mentor is approved, or changes their free times
			if len(mentors) > 0 {
				i := rng.IntN(len(mentors))
				mentors[i].ApprovedAt = time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
				mentors[i].FreeTimes = community.Availability(rng.Uint32() & (1<<21 - 1))
				putMentors(ix, pop, mentors[i:i+1])
			}
		case 3: // someone leaves
			i := rng.IntN(len(pop.people))
			ix.RemovePerson(pop.people[i].ID)
			gone := pop.people[i].ID
			pop.people = slices.Delete(pop.people, i, i+1)
			mentors = slices.DeleteFunc(mentors, func(m community.Mentor) bool { return m.PersonID == gone })
		}
		me := pop.people[rng.IntN(len(pop.people))]
		q := Query{Within: 10, Limit: 8}
		got, want := ix.MentorsFor(me.ID, q), NewBrute(dir, pop.people, pop.marks).MentorsFor(me.ID, mentors, q)
		if !reflect.DeepEqual(nilIfNoMentors(got), nilIfNoMentors(want)) {
			t.Fatalf("step %d: index and brute differ for %s\nindex: %+v\nbrute: %+v", step, me.ID, got, want)
		}
	}
}

func nilIfNoMentors(s []MentorMatch) []MentorMatch {
	if len(s) == 0 {
		return nil
	}
	return s
}
