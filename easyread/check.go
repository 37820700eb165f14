package easyread

import (
	"cmp"
	"slices"
	"strings"
)

// placed is an Advice with the byte offset where it starts, so the advice
// for one sentence can be put in the order the provider will read it.
type placed struct {
	at     int
	advice Advice
}

// Check returns advice about text in the order it appears. The work is linear
// in the length of text, because providers may paste whole documents.
func Check(text string) []Advice {
	hard := newMatcher(HardWords())
	var out []Advice
	for n, s := range splitSentences(text) {
		num := n + 1
		var found []placed
		if len(s.words) > MaxWords {
			first := s.words[0].start
			found = append(found, placed{first, Advice{
				Kind:     LongSentence,
				Sentence: num,
				Excerpt:  strings.TrimSpace(text[first:s.end]),
				Words:    len(s.words),
			}})
		}
		for _, m := range hard.find(s) {
			found = append(found, placed{m.start, Advice{
				Kind:     HardWord,
				Sentence: num,
				Excerpt:  text[m.start:m.end],
				Hard:     m.alt.Hard,
				Easier:   m.alt.Easier,
			}})
		}
		for _, p := range passives(s) {
			found = append(found, placed{p.start, Advice{
				Kind:     Passive,
				Sentence: num,
				Excerpt:  text[p.start:p.end],
			}})
		}
		// Stable, so the long-sentence advice stays ahead of a hard word
		// that starts the same sentence.
		slices.SortStableFunc(found, func(a, b placed) int { return cmp.Compare(a.at, b.at) })
		for _, f := range found {
			out = append(out, f.advice)
		}
	}
	return out
}
