package easyread

import (
	"cmp"
	"slices"
	"strings"
)

// phrase is a multi-word entry split into its words.
type phrase struct {
	words []string
	alt   Alternative
}

// matcher finds HardWords entries. Maps keyed by word keep Check linear:
// each word costs a few look-ups, however long the list grows.
type matcher struct {
	single  map[string]Alternative
	phrases map[string][]phrase // by first word, longest first
}

// match is one hard word or phrase found in the text.
type match struct {
	span
	alt Alternative
}

func newMatcher(list []Alternative) matcher {
	m := matcher{single: map[string]Alternative{}, phrases: map[string][]phrase{}}
	for _, a := range list {
		ws := strings.Fields(a.Hard)
		switch {
		case len(ws) == 1:
			m.single[ws[0]] = a
		case len(ws) > 1:
			m.phrases[ws[0]] = append(m.phrases[ws[0]], phrase{ws, a})
		}
	}
	// Longest first, so "complete the form" wins over "complete".
	for _, ps := range m.phrases {
		slices.SortStableFunc(ps, func(a, b phrase) int { return cmp.Compare(len(b.words), len(a.words)) })
	}
	return m
}

// find returns the hard words in s in order, each entry once per sentence:
// repeating the same advice would bury the rest of it.
func (m matcher) find(s sentence) []match {
	var out []match
	seen := map[string]bool{}
	for i := 0; i < len(s.words); i++ {
		alt, n := m.at(s.words[i:])
		if n == 0 {
			continue
		}
		if !seen[alt.Hard] {
			seen[alt.Hard] = true
			out = append(out, match{span{s.words[i].start, s.words[i+n-1].end}, alt})
		}
		i += n - 1 // a phrase's words are not checked again on their own
	}
	return out
}

// at reports the entry matching at the start of ws and how many words it
// covers, or 0 words when none does.
func (m matcher) at(ws []word) (Alternative, int) {
	for _, p := range m.phrases[ws[0].lower] {
		if len(p.words) <= len(ws) && phraseAt(p.words, ws) {
			return p.alt, len(p.words)
		}
	}
	for _, base := range baseForms(ws[0].lower) {
		if alt, ok := m.single[base]; ok {
			return alt, 1
		}
	}
	return Alternative{}, 0
}

func phraseAt(want []string, ws []word) bool {
	for k, w := range want {
		if ws[k].lower != w {
			return false
		}
	}
	return true
}

// baseForms guesses what w might be a form of, so the list can hold just
// "require" and still catch "requires", "required" and "requiring". Wrong
// guesses are harmless: they are only looked up in the list.
func baseForms(w string) []string {
	out := []string{w}
	for _, suffix := range []string{"'s", "s", "es", "d", "ed", "ing"} {
		if base, ok := strings.CutSuffix(w, suffix); ok && base != "" {
			out = append(out, base)
			if suffix == "ing" {
				out = append(out, base+"e") // "commencing" → "commence"
			}
		}
	}
	return out
}
