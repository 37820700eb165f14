package main

import (
	"context"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/search"
)

// The queries: two words of a listing's title, its interest, within
// queryMiles of its district; the listing must come in the first
// resultsChecked. Every misspeltEvery-th query has one word misspelt.
const (
	queryMiles     = 10
	resultsChecked = 10
	misspeltEvery  = 10
	minMisspelled  = 5
)

// benchQuery is one question and the listing it is meant to find.
type benchQuery struct {
	q        search.Query
	target   string
	misspelt bool
}

// queries picks n target listings (placed ones: an online listing is never
// within a distance) and asks for each by its adjective and noun. Both
// words are used because one common word ("sessions") matches dozens of
// listings nearby and no engine could tell which was meant.
func (w *world) queries(n int, listings []community.Listing) []benchQuery {
	var placed []community.Listing
	for _, l := range listings {
		if !l.Online {
			placed = append(placed, l)
		}
	}
	out := make([]benchQuery, 0, n)
	for i := range n {
		l := placed[w.rng.IntN(len(placed))]
		// The title is "<adjective> <interest name…> <noun> in <district>".
		words := strings.Fields(strings.ToLower(l.Title))
		typed := []string{words[0], words[len(words)-3]}
		misspelt := i%misspeltEvery == misspeltEvery-1
		if misspelt {
			// Misspell a long enough word; adjectives always are.
			j := w.rng.IntN(2)
			if len(typed[j]) < minMisspelled {
				j = 0
			}
			typed[j] = w.misspell(typed[j])
		}
		pt := w.point(l.District)
		out = append(out, benchQuery{
			q: search.Query{
				Text: strings.Join(typed, " "), Interest: l.Interests[0],
				Near: &search.Point{Lat: pt.Lat, Lon: pt.Lon}, WithinMiles: queryMiles, Limit: resultsChecked,
			},
			target: l.ID, misspelt: misspelt,
		})
	}
	return out
}

// misspell makes the slips people make: two neighbouring letters swapped,
// or one letter left out. Never the first letter, which people rarely get
// wrong, nor the last, whose loss often leaves a real word ("session").
func (w *world) misspell(word string) string {
	r := []rune(word)
	if w.rng.IntN(2) == 0 {
		for {
			i := w.rng.IntN(len(r) - 1)
			if r[i] != r[i+1] {
				r[i], r[i+1] = r[i+1], r[i]
				return string(r)
			}
		}
	}
	i := 1 + w.rng.IntN(len(r)-2)
	return string(append(r[:i:i], r[i+1:]...))
}

// runBleve asks every query one after another, as one visitor would, and
// reports each one's time and whether its target was in the first results.
func runBleve(ctx context.Context, idx search.Index, qs []benchQuery) ([]time.Duration, []bool, error) {
	took := make([]time.Duration, 0, len(qs))
	found := make([]bool, 0, len(qs))
	for _, bq := range qs {
		started := time.Now()
		res, err := idx.Search(ctx, bq.q)
		took = append(took, time.Since(started))
		if err != nil {
			return nil, nil, err
		}
		hit := false
		for _, h := range res.Hits {
			hit = hit || h.Kind == search.KindListing && h.ID == bq.target
		}
		found = append(found, hit)
	}
	return took, found, nil
}

// tally counts, among the queries misspelt or not as asked, how many there
// are and how many found their target.
func tally(qs []benchQuery, found []bool, misspelt bool) (asked, hit int) {
	for i, bq := range qs {
		if i < len(found) && bq.misspelt == misspelt {
			asked++
			if found[i] {
				hit++
			}
		}
	}
	return asked, hit
}
