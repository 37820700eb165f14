package easyread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of the original text, kept so that
// excerpts quote exactly what the provider wrote.
type span struct{ start, end int }

// word is one word of the text. lower is only for matching.
type word struct {
	span
	lower string
}

// sentence runs up to and including the character that ended it.
type sentence struct {
	span
	words []word
}

// splitSentences splits on . ! ? and line breaks, since Easy Read puts each
// idea on its own line. Sentences with no words (blank lines, "...") are
// dropped so that sentence numbers match what a reader would count.
func splitSentences(text string) []sentence {
	var out []sentence
	add := func(start, end int) {
		if ws := splitWords(text, start, end); len(ws) > 0 {
			out = append(out, sentence{span{start, end}, ws})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if endsSentence(text, i, r) {
			add(start, i+size)
			start = i + size
		}
		i += size
	}
	add(start, len(text))
	return out
}

func endsSentence(text string, i int, r rune) bool {
	switch r {
	case '!', '?', '\n', '\r':
		return true
	case '.':
		// A dot with a letter or digit straight after is inside "£8.50",
		// "e.g" or a web address, not at the end of a sentence.
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		return !isWordRune(next) && !isAbbreviation(text[:i])
	}
	return false
}

// isAbbreviation reports whether before ends with an abbreviation whose
// final dot does not end a sentence, such as "e.g" or "Mr". It looks back a
// few characters at most, so a long run of dots stays linear.
func isAbbreviation(before string) bool {
	const longest = 8
	i := len(before)
	for n := 0; ; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if size == 0 || !(unicode.IsLetter(r) || r == '.') {
			break
		}
		if n == longest {
			return false
		}
		i -= size
	}
	switch strings.ToLower(before[i:]) {
	case "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "prof", "approx":
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// splitWords finds the words in text[start:end]. A word is a run of letters
// and digits; apostrophes and hyphens join it when they sit between two such
// characters ("don't", "well-being"), as do dots ("8.50", "e.g") and commas
// between digits ("1,000"), so a price like "£8.50" counts as one word.
func splitWords(text string, start, end int) []word {
	var out []word
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				j += size
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			next, nsize := utf8.DecodeRuneInString(text[j+size : end])
			if !joins(r, prev, next) {
				break
			}
			j += size + nsize
		}
		lower := strings.ReplaceAll(strings.ToLower(text[i:j]), "’", "'")
		out = append(out, word{span{i, j}, lower})
		i = j
	}
	return out
}

// joins reports whether r, between prev and next, is part of a word.
func joins(r, prev, next rune) bool {
	if !isWordRune(next) {
		return false
	}
	switch r {
	case '\'', '’', '-', '‐', '.':
		return true
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}
