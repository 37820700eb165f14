package matching

import (
	"cmp"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// MentorsFor answers the same question as Index.MentorsFor by looking at
// every mentor in turn, straight from the mentor rule, for tests to hold
// the index to.
func (b *Brute) MentorsFor(personID string, mentors []community.Mentor, q Query) []MentorMatch {
	i, ok := b.byID[personID]
	if !ok {
		return nil
	}
	me := b.everyone[i]
	slugs := community.Interests()
	var out []MentorMatch
	for _, m := range mentors {
		j, placed := b.byID[m.PersonID]
		if !placed || !m.Approved() {
			continue
		}
		p := b.everyone[j]
		if p.ID == me.ID || !p.Visible() || p.Suspended() || b.apart[[2]string{me.ID, p.ID}] {
			continue
		}
		miles := places.Miles(me.point, p.point)
		if miles > q.within() {
			continue
		}
		var shared []string
		a := 0.0
		for _, x := range sharedPositions(me.interests, p.interests) {
			shared = append(shared, slugs[x].Slug)
			a += rarity(len(b.everyone), b.counts[slugs[x].Slug])
		}
		var languages []string
		for _, l := range me.Languages {
			if slices.ContainsFunc(m.Languages, func(x string) bool { return strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(l)) }) {
				languages = append(languages, l)
			}
		}
		both := me.FreeTimes & m.FreeTimes
		out = append(out, MentorMatch{
			ID: p.ID, Name: p.Name, District: p.District, Miles: miles, Interests: shared, Times: both,
			Languages: languages, HelpWith: m.HelpWith, Score: mentorScore(a, decay(miles), len(both.Keys()), len(languages) > 0),
		})
	}
	slices.SortFunc(out, func(a, b MentorMatch) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	return out[:min(len(out), q.limit())]
}
