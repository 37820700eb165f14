package main

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
)

// The queries: two words of a listing's title, its interest, within
// queryMiles of its district; the listing must come in the first
// resultsChecked. Every misspeltEvery-th query is instead one word of the
// title, misspelt, so that it finds anything at all only through typo
// tolerance: an engine that matched words exactly would answer nothing.
const (
	queryMiles     = 10
	resultsChecked = 10
	misspeltEvery  = 10
	minMisspelled  = 5
	// misspeltTries is how many listings are tried for a misspelt query
	// before taking one whose word is not distinctive enough (only on
	// tiny data sets, where every listing's area is nearly empty).
	misspeltTries = 50
)

// benchQuery is one question and the listing it is meant to find.
type benchQuery struct {
	q        search.Query
	target   string
	misspelt bool
	// distinctive: for a misspelt query, at most resultsChecked-1 other
	// documents with the interest in reach have the word in their title,
	// so spelt right the word alone would put the target in the first
	// resultsChecked.
	distinctive bool
}

// queries picks n target listings (placed ones: an online listing is never
// within a distance) and asks for each by its adjective and noun. Both
// words are used because one common word ("sessions") matches dozens of
// listings nearby and no engine could tell which was meant.
//
// A misspelt query asks by one of those words alone, misspelt: the one
// fewer other documents in reach carry in their title, and only when at
// most resultsChecked-1 do, so that spelt right it would find its target.
// Earlier the misspelt word was one of two, and the other word alone
// nearly always found the target, so the typo hardly mattered.
func (w *world) queries(n int, listings []community.Listing, docs []search.Document) []benchQuery {
	var placed []community.Listing
	for _, l := range listings {
		if !l.Online {
			placed = append(placed, l)
		}
	}
	titles := newTitleIndex(docs)
	out := make([]benchQuery, 0, n)
	for i := range n {
		misspelt := i%misspeltEvery == misspeltEvery-1
		l := placed[w.rng.IntN(len(placed))]
		// The title is "<adjective> <interest name…> <noun> in <district>".
		words := strings.Fields(strings.ToLower(l.Title))
		typed := []string{words[0], words[len(words)-3]}
		distinctive := false
		if misspelt {
			for try := 0; ; try++ {
				var word string
				word, distinctive = w.distinctWord(titles, l, typed)
				if distinctive || try == misspeltTries {
					typed = []string{w.misspellUnlike(word, titles.vocabulary)}
					break
				}
				l = placed[w.rng.IntN(len(placed))]
				words = strings.Fields(strings.ToLower(l.Title))
				typed = []string{words[0], words[len(words)-3]}
			}
		}
		pt := w.point(l.District)
		out = append(out, benchQuery{
			q: search.Query{
				Text: strings.Join(typed, " "), Interest: l.Interests[0],
				Near: &search.Point{Lat: pt.Lat, Lon: pt.Lon}, WithinMiles: queryMiles, Limit: resultsChecked,
			},
			target: l.ID, misspelt: misspelt, distinctive: distinctive,
		})
	}
	return out
}

// distinctWord returns the one of l's query words (long enough to
// misspell) that fewer other documents with l's interest within
// queryMiles have in their titles, and whether at most resultsChecked-1 do.
func (w *world) distinctWord(titles titleIndex, l community.Listing, typed []string) (string, bool) {
	pt := w.point(l.District)
	best, fewest := "", -1
	for _, word := range typed {
		if len(word) < minMisspelled {
			continue
		}
		n := 0
		for _, d := range titles.byWord[word] {
			if d.id != "listing/"+l.ID && slices.Contains(d.interests, l.Interests[0]) &&
				places.Miles(pt, d.point) <= queryMiles {
				n++
			}
		}
		if fewest < 0 || n < fewest {
			best, fewest = word, n
		}
	}
	return best, fewest >= 0 && fewest < resultsChecked
}

// titleIndex finds the placed documents with a word in their title, and
// knows every word of every document, so a misspelling is never a word
// that is really there.
type titleIndex struct {
	byWord     map[string][]titled
	vocabulary map[string]bool
}

type titled struct {
	id        string
	interests []string
	point     places.Point
}

func newTitleIndex(docs []search.Document) titleIndex {
	t := titleIndex{byWord: map[string][]titled{}, vocabulary: map[string]bool{}}
	for _, d := range docs {
		for _, f := range append([]string{d.Title, d.Text}, d.Keywords...) {
			for _, word := range tokens(f) {
				t.vocabulary[word] = true
			}
		}
		if !d.HasPoint {
			continue
		}
		seen := map[string]bool{}
		for _, word := range tokens(d.Title) {
			if !seen[word] {
				seen[word] = true
				t.byWord[word] = append(t.byWord[word], titled{string(d.Kind) + "/" + d.ID, d.Interests, places.Point{Lat: d.Lat, Lon: d.Lon}})
			}
		}
	}
	return t
}

// misspellUnlike misspells word into something that is not itself a word
// of the data (dropping a letter can leave one).
func (w *world) misspellUnlike(word string, vocabulary map[string]bool) string {
	for {
		if m := w.misspell(word); !vocabulary[m] {
			return m
		}
	}
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
