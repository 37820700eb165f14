package matching

import (
	"cmp"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// Brute answers the same question as Index.Suggest by looking at every
// person in turn, written straight from the scoring rule: no districts
// table, no early stop, distances measured afresh. Tests and the benchmark
// hold the index to it. It is prepared once from a snapshot of everyone
// and the marks, and never changes.
type Brute struct {
	everyone []bruteMember
	byID     map[string]int
	counts   map[string]int
	apart    map[[2]string]bool
}

type bruteMember struct {
	community.Person
	point places.Point
	// interests are the person's curated interests as positions in the
	// curated list, in that order, so shared ones come out in that order.
	interests []int
}

// NewBrute prepares the reference over everyone placed in a known district.
func NewBrute(dir *places.Directory, everyone []community.Person, marks []community.Mark) *Brute {
	b := &Brute{byID: map[string]int{}, counts: map[string]int{}, apart: map[[2]string]bool{}}
	position := map[string]int{}
	for i, in := range community.Interests() {
		position[in.Slug] = i
	}
	for _, p := range everyone {
		point, ok := dir.Lookup(p.District)
		if !ok {
			continue
		}
		m := bruteMember{Person: p, point: point}
		for _, in := range p.Interests {
			if i, ok := position[in]; ok {
				m.interests = append(m.interests, i)
				b.counts[in]++
			}
		}
		slices.Sort(m.interests)
		b.byID[p.ID] = len(b.everyone)
		b.everyone = append(b.everyone, m)
	}
	for _, m := range marks {
		switch m.Kind {
		case community.MarkBlock:
			b.apart[[2]string{m.From, m.To}] = true
			b.apart[[2]string{m.To, m.From}] = true
		case community.MarkNotInterested:
			b.apart[[2]string{m.From, m.To}] = true
		}
	}
	return b
}

// Suggest returns the top suggestions for personID, or nil when they are
// not placed.
func (b *Brute) Suggest(personID string, q Query) []Suggestion {
	i, ok := b.byID[personID]
	if !ok {
		return nil
	}
	me := b.everyone[i]
	slugs := community.Interests()
	var out []Suggestion
	for _, p := range b.everyone {
		if p.ID == me.ID || !p.Visible() || b.apart[[2]string{me.ID, p.ID}] || !hasAll(p.AccessNeeds, q.Needs) {
			continue
		}
		miles := places.Miles(me.point, p.point)
		if miles > q.within() {
			continue
		}
		var shared []string
		for _, x := range sharedPositions(me.interests, p.interests) {
			shared = append(shared, slugs[x].Slug)
		}
		tags := commonWords(me.Tags, p.Tags)
		if len(shared) == 0 && len(tags) == 0 {
			continue
		}
		a := 0.0
		for _, in := range shared {
			a += rarity(len(b.everyone), b.counts[in])
		}
		a += float64(tagWeight * float64(len(tags)))
		both := me.FreeTimes & p.FreeTimes
		out = append(out, Suggestion{
			ID: p.ID, Name: p.Name, District: p.District, Miles: miles, Interests: shared, Tags: tags,
			Times: both, Score: score(a, decay(miles), len(both.Keys())),
		})
	}
	slices.SortFunc(out, func(a, b Suggestion) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	return out[:min(len(out), q.limit())]
}

// sharedPositions returns the positions in both sorted lists.
func sharedPositions(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

func hasAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// commonWords returns the words of a that b wrote too, compared the way
// people mean them: case and surrounding spaces do not matter.
func commonWords(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return sameWord(x, y) }) {
			out = append(out, x)
		}
	}
	return out
}
