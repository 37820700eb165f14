package search

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// textFields are the fields words are matched in, with how much a match in
// each counts: a word in the title says more than one deep in the text.
func textFields() []weightedField {
	return []weightedField{{"title", 3}, {"keywords", 2}, {"text", 1}}
}

type weightedField struct {
	name   string
	weight float64
}

// How much each way of matching a word counts, relative to the others: the
// word itself (or its stem) first, then its synonyms, the start of a word
// still being typed, and last a spelling mistake.
const (
	boostExact   = 4
	boostSynonym = 3
	boostPrefix  = 2
	boostTypo    = 1
)

// bleveTextQuery matches any of the words in text (documents matching more
// words score higher), or returns nil when text has no words.
func bleveTextQuery(text string) query.Query {
	words := queryWords(text)
	if len(words) == 0 {
		return nil
	}
	perWord := make([]query.Query, 0, len(words))
	for i, w := range words {
		perWord = append(perWord, bleveWordQuery(w, i == len(words)-1))
	}
	return bleve.NewDisjunctionQuery(perWord...)
}

// bleveWordQuery matches one word every way it may be meant. Prefix matching
// is kept to the last word, the one that may be half typed, as Meilisearch
// does.
func bleveWordQuery(word string, last bool) query.Query {
	var qs []query.Query
	for _, tf := range textFields() {
		qs = append(qs, match(tf.name, word, tf.weight*boostExact))
		for _, s := range synonymsOf(word) {
			qs = append(qs, match(tf.name, s, tf.weight*boostSynonym))
		}
	}
	if last && len([]rune(word)) >= minPrefixRunes {
		p := bleve.NewPrefixQuery(word)
		p.SetField(wordsField)
		p.SetBoost(boostPrefix)
		qs = append(qs, p)
	}
	if n := typosAllowed(word); n > 0 {
		f := bleve.NewFuzzyQuery(word)
		f.SetField(wordsField)
		f.Fuzziness = n
		f.SetBoost(boostTypo)
		qs = append(qs, f)
		for _, t := range transpositions(word) {
			tq := bleve.NewTermQuery(t)
			tq.SetField(wordsField)
			tq.SetBoost(boostTypo)
			qs = append(qs, tq)
		}
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// match analyses word as the field was analysed, so "swimming" meets the
// stem "swim" and a stop word matches nothing.
func match(field, word string, boost float64) query.Query {
	m := bleve.NewMatchQuery(word)
	m.SetField(field)
	m.SetBoost(boost)
	return m
}
