package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// bleveFilters are the conditions of q other than words and kinds.
func bleveFilters(q Query, points *pointSet) []query.Query {
	var fs []query.Query
	if q.Interest != "" {
		fs = append(fs, term("interests", q.Interest))
	}
	if q.VerifiedOnly {
		// Verification is for providers and their listings; people and
		// groups are neither verified nor unverified, so they stay.
		fs = append(fs, bleve.NewDisjunctionQuery(
			kindsExcept(KindListing, KindProvider), boolField("verified", true)))
	}
	if q.MaxPricePence > 0 {
		most := float64(q.MaxPricePence)
		inclusive := true
		price := bleve.NewNumericRangeInclusiveQuery(nil, &most, nil, &inclusive)
		price.SetField("price_pence")
		fs = append(fs, bleve.NewDisjunctionQuery(kindsExcept(KindListing), price))
	}
	if miles := radiusMiles(q); miles > 0 {
		// Documents without a point (online things) have no point term,
		// so they are left out.
		fs = append(fs, withinQuery{points: points, centre: *q.Near, miles: miles})
	}
	return fs
}

// filterQuery matches what every one of its conditions matches, and scores
// nothing. Unscored, Bleve turns each condition into one bitmap of
// documents and ANDs them, instead of stepping through every term's
// postings in turn; the words query then only looks at the documents the
// filter leaves.
type filterQuery []query.Query

// unscored are the searcher options for a filter: nothing to score, count
// or highlight.
var unscored = search.SearcherOptions{Score: bleve.ScoreNone}

func (f filterQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping,
	_ search.SearcherOptions) (search.Searcher, error) {
	if len(f) == 1 {
		return f[0].Searcher(ctx, i, m, unscored)
	}
	parts := make([]search.Searcher, 0, len(f))
	closeAll := func() {
		for _, s := range parts {
			_ = s.Close()
		}
	}
	for _, q := range f {
		s, err := q.Searcher(ctx, i, m, unscored)
		if err != nil {
			closeAll()
			return nil, err
		}
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			closeAll()
			return s, nil
		}
		parts = append(parts, s)
	}
	s, err := searcher.NewConjunctionSearcher(ctx, i, parts, unscored)
	if err != nil {
		closeAll()
	}
	return s, err
}

// kindQuery matches documents of any of kinds.
func kindQuery(kinds []Kind) query.Query {
	qs := make([]query.Query, 0, len(kinds))
	for _, k := range kinds {
		qs = append(qs, term("kind", string(k)))
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// kindsExcept matches documents of every kind but those given.
func kindsExcept(except ...Kind) query.Query {
	var keep []Kind
	for _, k := range Kinds() {
		if !containsKind(except, k) {
			keep = append(keep, k)
		}
	}
	return kindQuery(keep)
}

func containsKind(kinds []Kind, k Kind) bool {
	for _, c := range kinds {
		if c == k {
			return true
		}
	}
	return false
}

func term(field, value string) query.Query {
	t := bleve.NewTermQuery(value)
	t.SetField(field)
	return t
}

func boolField(field string, v bool) query.Query {
	b := bleve.NewBoolFieldQuery(v)
	b.SetField(field)
	return b
}
