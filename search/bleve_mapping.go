package search

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// BleveSchemaVersion names the mapping below. Change it whenever the mapping
// or bleveFields changes: start-up compares it with the version stored in
// the index (SchemaCurrent) and rebuilds an index made by older code.
const BleveSchemaVersion = "3"

// wordsField holds title, keywords and text together again, unstemmed. Its
// dictionary is where typo and prefix matching look for the words a query
// word may stand for, because stems are not words ("swiming" is one letter
// from "swimming" but three from its stem "swim"), and one field rather than
// three means one typo automaton per word. The words found are then asked
// for by their stems in the weighted fields (see wordQuery).
const wordsField = "words"

// bleveMapping is the explicit mapping: nothing is indexed by guesswork, and
// only what search needs is stored.
func bleveMapping() mapping.IndexMapping {
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"title", "text", "keywords", wordsField} {
		m := bleve.NewTextFieldMapping()
		m.Analyzer = en.AnalyzerName
		if f == wordsField {
			m.Analyzer = standard.Name
		}
		m.Store, m.IncludeInAll, m.IncludeTermVectors, m.DocValues = false, false, false, false
		doc.AddFieldMappingsAt(f, m)
	}
	for _, f := range []string{"kind", "interests", "district", pointField, cellField} {
		m := bleve.NewKeywordFieldMapping()
		m.Analyzer = keyword.Name
		m.Store, m.IncludeInAll, m.IncludeTermVectors = false, false, false
		// Only kind is read per document (counts by kind).
		m.DocValues = f == "kind"
		doc.AddFieldMappingsAt(f, m)
	}
	// location is for sorting by distance; filtering by distance reads
	// pointField (see withinQuery).
	location := bleve.NewGeoPointFieldMapping()
	location.Store, location.IncludeInAll = false, false
	doc.AddFieldMappingsAt("location", location)
	// lat and lon are stored, not indexed, to work out Miles for a hit
	// when results are not sorted by distance.
	for _, f := range []string{"lat", "lon"} {
		m := bleve.NewNumericFieldMapping()
		m.Index, m.IncludeInAll, m.DocValues = false, false, false
		doc.AddFieldMappingsAt(f, m)
	}
	for _, f := range []string{"online", "verified"} {
		m := bleve.NewBooleanFieldMapping()
		m.Store, m.IncludeInAll = false, false
		doc.AddFieldMappingsAt(f, m)
	}
	price := bleve.NewNumericFieldMapping()
	price.Store, price.IncludeInAll = false, false
	doc.AddFieldMappingsAt("price_pence", price)
	updated := bleve.NewDateTimeFieldMapping()
	updated.Store, updated.IncludeInAll, updated.DocValues = false, false, false
	doc.AddFieldMappingsAt("updated_at", updated)
	// Sorting reads a field's doc values for every match. A datetime keeps
	// 16 terms per document there (one per precision step), which made
	// "newest first" over 10,000 matches take 20 ms, not 9; this keyword
	// copy keeps one term.
	sortable := bleve.NewKeywordFieldMapping()
	sortable.Store, sortable.IncludeInAll, sortable.IncludeTermVectors = false, false, false
	doc.AddFieldMappingsAt(updatedSortField, sortable)

	// doc keeps the whole document, stored and not indexed, so a hit can
	// be shown as it is.
	stored := bleve.NewTextFieldMapping()
	stored.Index, stored.Store, stored.IncludeInAll, stored.IncludeTermVectors, stored.DocValues = false, true, false, false, false
	doc.AddFieldMappingsAt(storedField, stored)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = standard.Name
	im.StoreDynamic, im.IndexDynamic, im.DocValuesDynamic = false, false, false
	return im
}

// storedField holds the document as JSON.
const storedField = "doc"

// updatedSortField holds updatedSortKey, for "newest first".
const updatedSortField = "updated_sort"

// updatedSortKey writes a time as fixed-width Unix seconds, so that text
// order is time order (for any time from 1970 to the year 33658).
func updatedSortKey(t time.Time) string {
	return fmt.Sprintf("%012d", max(t.Unix(), 0))
}

// bleveID is the index's document id. Kinds have no "/", so it splits back.
func bleveID(kind Kind, id string) string { return string(kind) + "/" + id }

// bleveFields is a document as the mapping above expects it.
func bleveFields(d Document) map[string]any {
	f := map[string]any{
		"kind":        string(d.Kind),
		"title":       d.Title,
		"text":        d.Text,
		"keywords":    d.Keywords,
		wordsField:    d.Title + "\n" + strings.Join(d.Keywords, "\n") + "\n" + d.Text,
		"interests":   d.Interests,
		"district":    d.District,
		"online":      d.Online,
		"verified":    d.Verified,
		"price_pence": float64(d.PricePence),
	}
	// A zero time is outside the range Bleve can index; leaving it out sorts
	// the document last among "newest first".
	if !d.UpdatedAt.IsZero() {
		f["updated_at"] = d.UpdatedAt.UTC()
		f[updatedSortField] = updatedSortKey(d.UpdatedAt)
	}
	if stored, err := json.Marshal(d); err == nil {
		f[storedField] = string(stored)
	}
	if d.HasPoint {
		f["location"] = map[string]any{"lat": d.Lat, "lon": d.Lon}
		f["lat"], f["lon"] = d.Lat, d.Lon
		p := Point{Lat: d.Lat, Lon: d.Lon}
		f[pointField], f[cellField] = pointTerm(p), cellTerms(p)
	}
	return f
}
