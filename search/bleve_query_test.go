package search

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// TestBleveTypoInTitleRanksFirst: a misspelt word found in a title counts
// for more than the same word among people's tags, as it does when spelt
// right (and with Meilisearch's attribute ranking).
func TestBleveTypoInTitleRanksFirst(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	docs := []Document{{Kind: KindListing, ID: "l1", Title: "Adult karaoke nights in OX4",
		Text: "Sing along with friends.", Keywords: []string{"karaoke"}}}
	for i := range 20 {
		docs = append(docs, Document{Kind: KindPerson, ID: fmt.Sprintf("p%02d", i), Title: "Sam",
			Text: "I like karaoke.", Keywords: []string{"karaoke", "adult"}})
	}
	must(t, b.Put(ctx, docs...))
	for _, text := range []string{"adult", "adlut", "adlt", "adul"} {
		r, err := b.Search(ctx, Query{Text: text})
		must(t, err)
		firstIs(t, r, "listing/l1")
		if r.Total != 21 {
			t.Errorf("%q: Total = %d, want 21", text, r.Total)
		}
	}
}

// TestBleveWordVariants: a half-typed last word finds the words it starts,
// an earlier one does not; a slip finds the word meant; words sharing a
// stem with the query word are left to the exact match.
func TestBleveWordVariants(t *testing.T) {
	ctx := context.Background()
	b := openBleveAt(t, filepath.Join(t.TempDir(), "search"))
	must(t, b.Put(ctx, fixture()...))
	cases := []struct {
		text string
		want []string
	}{
		{"yog", []string{"listing/l01", "person/p01"}},
		{"yog nervous", []string{"provider/v01"}},
		{"nervous yog", []string{"provider/v01", "listing/l01", "person/p01"}},
		// By the stem "swim": the swimming lessons, the swimmer, Swim Coaching.
		{"swimmign", []string{"listing/l02", "person/p02", "provider/v01"}},
		{"lesons", []string{"listing/l02"}},
		{"walks", []string{"group/g02"}},
	}
	for _, c := range cases {
		r, err := b.Search(ctx, Query{Text: c.text})
		must(t, err)
		checkHits(t, r, contractCase{want: c.want, exact: true})
	}
}

func TestStemmerKnowsStopWords(t *testing.T) {
	stem := stemmer(bleveMapping())
	for word, want := range map[string]string{"swimming": "swim", "sundays": stem("sunday"), "the": ""} {
		if got := stem(word); got != want {
			t.Errorf("stem(%q) = %q, want %q", word, got, want)
		}
	}
}
