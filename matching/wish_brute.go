package matching

import (
	"cmp"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// WishesFor answers the same question as Index.WishesFor by looking at
// every wish in turn, straight from the rule: no districts table, the
// distance measured afresh, a wish's openness and backers read from the
// wish itself. Tests hold the index to it. dir places the wishes, as
// NewBrute's placed the people.
func (b *Brute) WishesFor(dir *places.Directory, personID string, wishes []community.Wish, q Query) []WishSuggestion {
	i, ok := b.byID[personID]
	if !ok {
		return nil
	}
	me := b.everyone[i]
	type scored struct {
		WishSuggestion
		score float64
	}
	var out []scored
	for _, w := range wishes {
		point, placed := dir.Lookup(w.District)
		_, backs := w.Backer(me.ID)
		if !placed || w.Started() || backs || w.PersonID == me.ID || b.apart[[2]string{me.ID, w.PersonID}] {
			continue
		}
		miles := places.Miles(me.point, point)
		shared := sharedSlugs(me.interests, w.Interests)
		if miles > q.within() || len(shared) == 0 {
			continue
		}
		a := 0.0
		for _, in := range shared {
			a += rarity(len(b.everyone), b.counts[in])
		}
		both := me.FreeTimes & w.Times
		out = append(out, scored{WishSuggestion{
			ID: w.ID, Text: w.Text, District: w.District, Miles: miles, Shared: shared, Times: both,
			Backers: len(w.Backers), Promisers: len(w.Promisers()),
		}, score(a, decay(miles), len(both.Keys()))})
	}
	slices.SortFunc(out, func(x, y scored) int { return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.ID, y.ID)) })
	var answers []WishSuggestion
	for _, s := range out[:min(len(out), q.limit())] {
		answers = append(answers, s.WishSuggestion)
	}
	return answers
}

// sharedSlugs returns the curated interests in both mine (positions in
// the curated list, sorted) and theirs (slugs, as written), in the curated
// order, each once.
func sharedSlugs(mine []int, theirs []string) []string {
	slugs := community.Interests()
	var shared []string
	for _, x := range mine {
		if slices.Contains(theirs, slugs[x].Slug) && !slices.Contains(shared, slugs[x].Slug) {
			shared = append(shared, slugs[x].Slug)
		}
	}
	return shared
}
