package search

import "github.com/meilisearch/meilisearch-go"

// Meilisearch index layout: one index for every kind, so a single query
// returns and counts people, groups, listings and providers together.
const (
	DefaultMeiliIndex = "clubtogether"
	meiliPrimaryKey   = "uid"
)

// meiliSettings are applied on every start, so a deployment always runs
// with the settings of the code it runs.
func meiliSettings() *meilisearch.Settings {
	return &meilisearch.Settings{
		// Order matters: Meilisearch ranks a match in an earlier attribute higher.
		SearchableAttributes: []string{"title", "keywords", "text"},
		FilterableAttributes: []string{"kind", "interests", "verified", "price_pence", "online", "_geo"},
		// uid breaks ties, so pages of equal items never overlap or skip.
		SortableAttributes: []string{"_geo", "updated_at", meiliPrimaryKey},
		Synonyms:           synonymMap(),
		TypoTolerance: &meilisearch.TypoTolerance{
			Enabled: true,
			// The same word lengths as typosAllowed uses for Bleve.
			MinWordSizeForTypos: meilisearch.MinWordSizeForTypos{OneTypo: 4, TwoTypos: 8},
			DisableOnWords:      []string{},
			DisableOnAttributes: []string{},
		},
	}
}
