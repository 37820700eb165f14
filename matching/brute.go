package matching

import (
	"cmp"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// Brute answers the same question as Index.Suggest by looking at every
// person, written straight from the scoring rule with no index and no
// shortcuts. Tests and the benchmark hold the index to it.
func Brute(dir *places.Directory, everyone []community.Person, marks []community.Mark, personID string, q Query) []Suggestion {
	placed := make([]community.Person, 0, len(everyone))
	for _, p := range everyone {
		if dir.Known(p.District) {
			placed = append(placed, p)
		}
	}
	i := slices.IndexFunc(placed, func(p community.Person) bool { return p.ID == personID })
	if i < 0 {
		return nil
	}
	me := placed[i]
	myPoint, _ := dir.Lookup(me.District)
	counts := map[string]int{}
	for _, p := range placed {
		for _, in := range p.Interests {
			counts[in]++
		}
	}
	var out []Suggestion
	for _, p := range placed {
		if p.ID == me.ID || !p.Visible() || keptApart(marks, me.ID, p.ID) || !hasAll(p.AccessNeeds, q.Needs) {
			continue
		}
		point, _ := dir.Lookup(p.District)
		miles := places.Miles(myPoint, point)
		if miles > q.within() {
			continue
		}
		shared := community.SharedInterests(me, p)
		tags := commonWords(me.Tags, p.Tags)
		if len(shared) == 0 && len(tags) == 0 {
			continue
		}
		a := 0.0
		for _, in := range shared {
			a += rarity(len(placed), counts[in])
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
