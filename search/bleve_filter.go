package search

import (
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// bleveFilters are the conditions of q other than words and kinds.
func bleveFilters(q Query) []query.Query {
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
		// Documents without a point (online things) have no location, so
		// the distance query leaves them out.
		d := bleve.NewGeoDistanceQuery(q.Near.Lon, q.Near.Lat,
			strconv.FormatFloat(miles, 'f', -1, 64)+"mi")
		d.SetField("location")
		fs = append(fs, d)
	}
	return fs
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
