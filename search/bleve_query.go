package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
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
func bleveTextQuery(text string, terms *termCache) query.Query {
	words := queryWords(text)
	if len(words) == 0 {
		return nil
	}
	perWord := make([]query.Query, 0, len(words))
	for i, w := range words {
		perWord = append(perWord, wordQuery{word: w, last: i == len(words)-1, terms: terms, generation: terms.start()})
	}
	return bleve.NewDisjunctionQuery(perWord...)
}

// wordQuery matches one word every way it may be meant, in each text field
// with the field's weight: itself or a synonym, analysed as the field is
// (so "swimming" meets the stem "swim"); then words it may be a slip for,
// and — the last word only, the one that may be half typed, as Meilisearch
// does — words it is the start of. Those are found in the dictionary of
// the unstemmed words field ("swiming" is one letter from "swimming" but
// three from "swim") and asked for by their stems in the text fields, so a
// misspelt word found in a title counts for more than one found deep in a
// description, as with Meilisearch's attribute ranking. Matching them in
// the words field instead ranked a person with the word among their tags
// above the listing with it in its title.
//
// Each term is asked for once, and only when some document has it: Bleve's
// own fuzzy and prefix queries add a disjunction each, and a term query per
// swapped spelling would be stepped through for every document the filters
// leave, found in any document or not.
type wordQuery struct {
	word string
	last bool
	// terms keeps the variants found, from generation on (termCache).
	terms      *termCache
	generation uint64
}

func (w wordQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	variants, err := w.variants(i)
	if err != nil {
		return nil, err
	}
	// The stems the variants stand for, each with the best boost it earns.
	stem := stemmer(m)
	own := stem(w.word)
	stems := map[string]float64{}
	var order []string
	for _, v := range variants {
		s := stem(v.term)
		if s == "" || s == own {
			// A stop word, or "sundays" for "sunday": the exact match
			// finds those, and scores them higher.
			continue
		}
		if b, ok := stems[s]; !ok {
			order = append(order, s)
			stems[s] = v.boost
		} else if v.boost > b {
			stems[s] = v.boost
		}
	}

	var fields []search.Searcher
	fail := func(parts []search.Searcher, err error) (search.Searcher, error) {
		for _, s := range append(parts, fields...) {
			_ = s.Close()
		}
		return nil, err
	}
	for _, tf := range textFields() {
		var parts []search.Searcher
		keep := func(s search.Searcher) {
			if isEmpty(s) {
				// A stop word, or no document has it in this field.
				_ = s.Close()
				return
			}
			parts = append(parts, s)
		}
		forms := []matchForm{{w.word, boostExact}}
		for _, s := range synonymsOf(w.word) {
			forms = append(forms, matchForm{s, boostSynonym})
		}
		for _, f := range forms {
			mq := bleve.NewMatchQuery(f.word)
			mq.SetField(tf.name)
			mq.SetBoost(tf.weight * f.boost)
			s, err := mq.Searcher(ctx, i, m, options)
			if err != nil {
				return fail(parts, err)
			}
			keep(s)
		}
		for _, st := range order {
			s, err := searcher.NewTermSearcher(ctx, i, st, tf.name, tf.weight*stems[st], options)
			if err != nil {
				return fail(parts, err)
			}
			keep(s)
		}
		switch len(parts) {
		case 0:
		case 1:
			fields = append(fields, parts[0])
		default:
			s, err := searcher.NewDisjunctionSearcher(ctx, i, parts, 0, options)
			if err != nil {
				return fail(parts, err)
			}
			fields = append(fields, s)
		}
	}
	switch len(fields) {
	case 0:
		return searcher.NewMatchNoneSearcher(i)
	case 1:
		return fields[0], nil
	}
	s, err := searcher.NewDisjunctionSearcher(ctx, i, fields, 0, options)
	if err != nil {
		return fail(nil, err)
	}
	return s, nil
}

type matchForm struct {
	word  string
	boost float64
}

// wordVariant is a term of the words field a query word may stand for.
type wordVariant struct {
	term  string
	boost float64
}

// variants are the words w may stand for, each once with the best boost it
// earns: words of the words field it is the start of (boostPrefix), words
// there within typosAllowed edits (boostTypo, shared out as Bleve's fuzzy
// query does: a word one edit away counts half as much as the word
// itself), and w with two neighbouring letters swapped. Bleve counts a swap
// as two edits, Meilisearch as one typo ("yoag" for "yoga"); the swaps make
// Bleve agree. A swap that is no word at all finds nothing and is dropped
// when its term searchers turn out empty.
func (w wordQuery) variants(i index.IndexReader) ([]wordVariant, error) {
	k := termKey{w.word, w.last}
	if v, ok := w.terms.get(k); ok {
		return v, nil
	}
	v, err := w.findVariants(i)
	if err == nil {
		w.terms.keep(w.generation, k, v)
	}
	return v, err
}

// findVariants reads the variants from the index's dictionary.
func (w wordQuery) findVariants(i index.IndexReader) ([]wordVariant, error) {
	best := map[string]float64{}
	var order []string
	add := func(term string, boost float64) {
		if b, ok := best[term]; !ok {
			order = append(order, term)
			best[term] = boost
		} else if boost > b {
			best[term] = boost
		}
	}
	if w.last && len([]rune(w.word)) >= minPrefixRunes {
		if err := eachTerm(func() (index.FieldDict, error) {
			return i.FieldDictPrefix(wordsField, []byte(w.word))
		}, func(e *index.DictEntry) { add(e.Term, boostPrefix) }); err != nil {
			return nil, err
		}
	}
	if n := typosAllowed(w.word); n > 0 {
		fuzzy, ok := i.(index.IndexReaderFuzzy)
		if !ok {
			return nil, fmt.Errorf("search: this index cannot match misspelt words")
		}
		if err := eachTerm(func() (index.FieldDict, error) {
			return fuzzy.FieldDictFuzzy(wordsField, w.word, n, "")
		}, func(e *index.DictEntry) { add(e.Term, boostTypo/float64(e.EditDistance+1)) }); err != nil {
			return nil, err
		}
		for _, t := range transpositions(w.word) {
			// One typo, as one edit away.
			add(t, boostTypo/2.0)
		}
	}
	out := make([]wordVariant, 0, len(order))
	for _, t := range order {
		out = append(out, wordVariant{t, best[t]})
	}
	return out, nil
}

// eachTerm calls visit for every entry of the dictionary open returns.
func eachTerm(open func() (index.FieldDict, error), visit func(*index.DictEntry)) error {
	dict, err := open()
	if err != nil {
		return fmt.Errorf("search: read the words dictionary: %w", err)
	}
	defer dict.Close()
	for {
		e, err := dict.Next()
		if err != nil {
			return fmt.Errorf("search: read the words dictionary: %w", err)
		}
		if e == nil {
			return nil
		}
		visit(e)
	}
}

// stemmer returns a function giving the stem the text fields index word
// by, or "" for a stop word.
func stemmer(m mapping.IndexMapping) func(word string) string {
	a := m.AnalyzerNamed(en.AnalyzerName)
	return func(word string) string {
		if a == nil {
			return ""
		}
		tokens := a.Analyze([]byte(word))
		if len(tokens) != 1 {
			return ""
		}
		return string(tokens[0].Term)
	}
}

// isEmpty reports whether s can match nothing: it has no terms, or its
// terms are in no document.
func isEmpty(s search.Searcher) bool {
	if _, none := s.(*searcher.MatchNoneSearcher); none {
		return true
	}
	return s.Count() == 0
}
