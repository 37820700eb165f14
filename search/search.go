// Package search finds people, groups, listings and providers by words,
// interest and distance. One small interface has two implementations that
// pass the same contract tests: Bleve, embedded in DATA_DIR (the default),
// and Meilisearch (production). Documents carry only what may be shown to
// any member: a person is indexed only while visible, and only at the
// centre of their postcode district.
package search

import (
	"context"
	"time"
)

// Kind is the type of thing a document describes.
type Kind string

// The kinds of document.
const (
	KindPerson   Kind = "person"
	KindGroup    Kind = "group"
	KindListing  Kind = "listing"
	KindProvider Kind = "provider"
)

// Kinds lists every kind in the order results are shown.
func Kinds() []Kind { return []Kind{KindListing, KindGroup, KindPerson, KindProvider} }

// Document is one thing to find.
type Document struct {
	Kind Kind
	ID   string
	// Title is the name shown in results; Text the longer description.
	Title string
	Text  string
	// Keywords are extra words to match: interest names, free tags.
	Keywords []string
	// Interests are curated interest slugs, for filtering.
	Interests []string
	District  string
	// HasPoint is false for online things and unknown districts.
	HasPoint bool
	Lat, Lon float64
	Online   bool
	Verified bool
	// PricePence is the lowest price per person (listings), 0 when free or
	// unknown; PriceUnit is what it pays for (community.PriceUnit), empty
	// for a listing indexed before prices had units: a session.
	PricePence int64
	PriceUnit  string
	UpdatedAt  time.Time
}

// Sort orders results.
type Sort string

// The sort orders.
const (
	SortRelevance Sort = "relevance"
	SortDistance  Sort = "distance"
)

// Query is what someone asks for. Zero values mean "any".
type Query struct {
	// Text is matched word by word, forgiving typos and knowing synonyms;
	// only its first 200 characters are read.
	Text     string
	Kinds    []Kind
	Interest string
	// VerifiedOnly keeps only verified providers and verified listings;
	// people and groups, which are never verified, are kept.
	VerifiedOnly bool
	// MaxPricePence keeps listings at or under this price per person (free
	// ones too); other kinds have no price and are kept.
	MaxPricePence int64
	// Near and WithinMiles keep things within a distance of a point.
	// Online things have no point and are kept only when WithinMiles is 0.
	// Near alone (WithinMiles 0) limits nothing but fills Hit.Miles.
	// A Near that is not a real latitude and longitude is an error.
	Near        *Point
	WithinMiles float64
	// Sort is relevance by default: best match first, or newest first when
	// Text has no words. SortDistance needs Near; things without a point
	// come last. Ties are broken by kind and id, so pages never overlap.
	Sort   Sort
	Offset int
	// Limit is DefaultLimit when 0, and at most MaxLimit.
	Limit int
	// SkipCounts leaves Result.ByKind empty when Kinds is set, saving the
	// second, count-only query: for a caller that asks for each kind in
	// turn, such as a page showing a few of each, and so learns each
	// kind's count from its own Total, which stays exact.
	SkipCounts bool
}

// Point is a place in degrees.
type Point struct{ Lat, Lon float64 }

// Hit is one document found.
type Hit struct {
	Kind Kind
	ID   string
	// Doc is the document as it was indexed, so a page of results can be
	// shown without asking the store for each hit.
	Doc Document
	// Miles is the distance from Query.Near, when both have a point.
	Miles       float64
	HasDistance bool
}

// Result is a page of hits with totals.
type Result struct {
	Hits  []Hit
	Total int
	// ByKind counts all matches of each kind, before paging and before the
	// Kinds filter, so a page can say "3 groups, 12 listings".
	ByKind map[Kind]int
}

// Index is a search engine holding the documents.
type Index interface {
	// Put adds or replaces documents.
	Put(ctx context.Context, docs ...Document) error
	// Delete removes documents; removing a missing one is not an error.
	Delete(ctx context.Context, kind Kind, ids ...string) error
	// Search answers a query.
	Search(ctx context.Context, q Query) (Result, error)
	// Count returns how many documents of each kind are held.
	Count(ctx context.Context) (map[Kind]int, error)
	// Ping reports whether the engine answers.
	Ping(ctx context.Context) error
	Close() error
}
