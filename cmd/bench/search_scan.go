package main

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/store"
)

// storeSnapshot is what a scan reads from the store to answer one query.
type storeSnapshot struct {
	people    []community.Person
	providers []community.Provider
	listings  []community.Listing
}

// readStore reads every person, provider and listing through the driver,
// as a search without an index has to for every query.
func readStore(ctx context.Context, st *store.Store) (s storeSnapshot, err error) {
	if s.people, err = st.AllPeople(ctx); err != nil {
		return s, err
	}
	if s.providers, err = st.AllProviders(ctx); err != nil {
		return s, err
	}
	s.listings, err = st.AllListings(ctx)
	return s, err
}

// scanQueries answers the first n queries by reading the whole store and
// filtering in Go, timing each, and returns the last snapshot read.
func (w *world) scanQueries(ctx context.Context, st *store.Store, qs []benchQuery, n int) ([]time.Duration, storeSnapshot, error) {
	var took []time.Duration
	var snap storeSnapshot
	for _, bq := range qs[:min(n, len(qs))] {
		started := time.Now()
		var err error
		if snap, err = readStore(ctx, st); err != nil {
			return nil, snap, err
		}
		w.scanAnswer(snap, bq)
		took = append(took, time.Since(started))
	}
	return took, snap, nil
}

// scanned is one thing a scan matched, with its score.
type scanned struct {
	id    string
	score int
}

// scanAnswer answers a query over a snapshot: keep what is visible, has the
// interest and lies within the distance; score each query word found in the
// title 3, in the keywords 2, in the text 1 (the weights Bleve gives those
// fields); return the best resultsChecked as "kind/id", ties by id. Words
// are matched exactly: a scan knows no typos. Groups are not in the store.
func (w *world) scanAnswer(s storeSnapshot, bq benchQuery) []string {
	near := places.Point{Lat: bq.q.Near.Lat, Lon: bq.q.Near.Lon}
	words := tokens(bq.q.Text)
	var found []scanned
	consider := func(id string, interests []string, district, title string, keywords []string, text string) {
		if !slices.Contains(interests, bq.q.Interest) {
			return
		}
		pt, ok := w.places.Lookup(district)
		if !ok || places.Miles(near, pt) > bq.q.WithinMiles {
			return
		}
		inTitle, inKeywords, inText := tokens(title), tokens(strings.Join(keywords, " ")), tokens(text)
		score := 0
		for _, word := range words {
			score += 3*count(inTitle, word) + 2*count(inKeywords, word) + count(inText, word)
		}
		if score > 0 {
			found = append(found, scanned{id, score})
		}
	}
	for _, p := range s.people {
		if p.Visible() {
			consider("person/"+p.ID, p.Interests, p.District, p.Name, append(w.keywords(p.Interests), p.Tags...), p.About)
		}
	}
	byID := make(map[string]community.Provider, len(s.providers))
	for _, p := range s.providers {
		byID[p.ID] = p
		if len(p.Districts) > 0 {
			consider("provider/"+p.ID, p.Interests, p.Districts[0], p.Name, w.keywords(p.Interests), p.Description)
		}
	}
	for _, l := range s.listings {
		if !l.Hidden && !l.Online {
			keywords := append(w.keywords(l.Interests), byID[l.ProviderID].Name)
			consider("listing/"+l.ID, l.Interests, l.District, l.Title, keywords, l.Description)
		}
	}
	slices.SortFunc(found, func(a, b scanned) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.id, b.id))
	})
	var ids []string
	for _, f := range found[:min(resultsChecked, len(found))] {
		ids = append(ids, f.id)
	}
	return ids
}

// tokens are the lower-case words of s, split as the search index splits.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// count is 1 when word is among ws: a word found once or twice in a field
// counts the same, as it nearly does in Bleve's scoring.
func count(ws []string, word string) int {
	if slices.Contains(ws, word) {
		return 1
	}
	return 0
}

// scanFound reports, for every query, whether the scan over snap finds its
// target; reading once is fine here because the store does not change.
func (w *world) scanFound(snap storeSnapshot, qs []benchQuery) []bool {
	found := make([]bool, len(qs))
	for i, bq := range qs {
		found[i] = slices.Contains(w.scanAnswer(snap, bq), "listing/"+bq.target)
	}
	return found
}
