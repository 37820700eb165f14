package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what a query may cost. A search box accepts anything, and a
// pasted page of text must answer as quickly as a word does.
const (
	// maxQueryRunes is where query text is cut before any engine sees it.
	maxQueryRunes = 200
	// maxQueryWords bounds the sub-queries Bleve builds (several per word).
	maxQueryWords = 10
	// maxFuzzyRunes: longer "words" are not words, so typo matching is skipped.
	maxFuzzyRunes = 30
	// minPrefixRunes: shorter prefixes match too many terms to be useful.
	minPrefixRunes = 3
)

// cutQuery trims text to at most maxQueryRunes runes, never splitting a rune.
func cutQuery(text string) string {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) <= maxQueryRunes {
		return text
	}
	return string([]rune(text)[:maxQueryRunes])
}

// queryWords splits text into lower-case words of letters and digits, in
// order, without repeats, at most maxQueryWords of them.
func queryWords(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(cutQuery(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var words []string
	for _, f := range fields {
		if seen[f] {
			continue
		}
		seen[f] = true
		words = append(words, f)
		if len(words) == maxQueryWords {
			break
		}
	}
	return words
}

// typosAllowed follows Meilisearch's minWordSizeForTypos (one typo from 4
// letters, two from 8) so both engines forgive the same mistakes.
func typosAllowed(word string) int {
	n := utf8.RuneCountInString(word)
	switch {
	case n > maxFuzzyRunes || n < 4:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

// transpositions returns word with each pair of neighbouring letters
// swapped. Bleve's fuzzy matching counts a swap as two edits, Meilisearch as
// one typo ("yoag" for "yoga"); adding the swaps makes Bleve agree.
func transpositions(word string) []string {
	r := []rune(word)
	var out []string
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] {
			continue
		}
		s := append([]rune(nil), r...)
		s[i], s[i+1] = s[i+1], s[i]
		out = append(out, string(s))
	}
	return out
}
