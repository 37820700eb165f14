package search

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Search answers q. A second, count-only query without the Kinds filter
// fills ByKind when q names kinds (unless told to skip it); otherwise one
// query does both.
func (b *Bleve) Search(ctx context.Context, q Query) (_ Result, err error) {
	defer survive(&err, "search")
	b.mu.RLock()
	defer b.mu.RUnlock()
	if q.Near != nil {
		if err := checkPoint(*q.Near); err != nil {
			return Result{}, err
		}
	}
	offset, limit := pageOf(q)
	text := bleveTextQuery(q.Text, &b.terms)
	others := bleveFilters(q, &b.points)

	main := others
	if len(q.Kinds) > 0 {
		main = append(append([]query.Query(nil), others...), kindQuery(q.Kinds))
	}
	req := bleve.NewSearchRequestOptions(bleveAll(text, main), limit, offset, false)
	order := bleveOrder(q, text != nil)
	req.SortByCustom(order)
	if !order.RequiresScore() {
		// Nothing is ordered by score, so skip working it out.
		req.Score = bleve.ScoreNone
	}
	req.Fields = []string{storedField, "lat", "lon"}
	if len(q.Kinds) == 0 {
		req.AddFacet("kind", bleve.NewFacetRequest("kind", len(Kinds())))
	}
	res, err := b.idx.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("search: %w", err)
	}
	out := Result{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, bleveHit(h, q))
	}
	switch {
	case len(q.Kinds) == 0:
		out.ByKind = kindCounts(res)
		return out, nil
	case q.SkipCounts:
		return out, nil
	}
	out.ByKind, err = b.countKinds(ctx, bleveAll(text, others))
	return out, err
}

// Count returns how many documents of each kind the index holds.
func (b *Bleve) Count(ctx context.Context) (_ map[Kind]int, err error) {
	defer survive(&err, "count search documents")
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.countKinds(ctx, bleve.NewMatchAllQuery())
}

// countKinds counts the matches of qy per kind, fetching no documents.
func (b *Bleve) countKinds(ctx context.Context, qy query.Query) (map[Kind]int, error) {
	req := bleve.NewSearchRequestOptions(qy, 0, 0, false)
	req.Score = bleve.ScoreNone
	req.AddFacet("kind", bleve.NewFacetRequest("kind", len(Kinds())))
	res, err := b.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("count search matches: %w", err)
	}
	return kindCounts(res), nil
}

func kindCounts(res *bleve.SearchResult) map[Kind]int {
	counts := map[Kind]int{}
	if f, ok := res.Facets["kind"]; ok && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			counts[Kind(t.Term)] = t.Count
		}
	}
	return counts
}

// bleveAll joins the text query (nil for "anything") and the filters,
// which are matched unscored (see filterQuery).
func bleveAll(text query.Query, filters []query.Query) query.Query {
	switch {
	case len(filters) == 0 && text == nil:
		return bleve.NewMatchAllQuery()
	case len(filters) == 0:
		return text
	case text == nil:
		return filterQuery(filters)
	default:
		return bleve.NewConjunctionQuery(text, filterQuery(filters))
	}
}

// bleveOrder sorts by distance, by score, or — with no words to score —
// newest first; the document id breaks every tie so pages never overlap.
func bleveOrder(q Query, hasText bool) search.SortOrder {
	id := &search.SortDocID{}
	switch {
	case q.Sort == SortDistance && q.Near != nil:
		// "mi" is a known unit, so the constructor cannot fail.
		geo, _ := search.NewSortGeoDistance("location", "mi", q.Near.Lon, q.Near.Lat, false)
		return search.SortOrder{geo, id}
	case hasText:
		return search.SortOrder{&search.SortScore{Desc: true}, id}
	default:
		return search.SortOrder{&search.SortField{Field: updatedSortField, Desc: true}, id}
	}
}

// bleveHit turns a match into a Hit, with the distance when there is one:
// from the sort value when sorted by distance, else from the stored point.
func bleveHit(h *search.DocumentMatch, q Query) Hit {
	kind, id, _ := strings.Cut(h.ID, "/")
	hit := Hit{Kind: Kind(kind), ID: id}
	if stored, ok := h.Fields[storedField].(string); ok {
		_ = json.Unmarshal([]byte(stored), &hit.Doc)
	}
	if q.Near == nil {
		return hit
	}
	if q.Sort == SortDistance && len(h.DecodedSort) > 0 {
		// A document without a point sorts last with an enormous distance.
		if miles, err := strconv.ParseFloat(h.DecodedSort[0], 64); err == nil && miles < 2*math.Pi*earthRadiusMiles {
			hit.Miles, hit.HasDistance = miles, true
		}
		return hit
	}
	lat, okLat := h.Fields["lat"].(float64)
	lon, okLon := h.Fields["lon"].(float64)
	if okLat && okLon {
		hit.Miles, hit.HasDistance = milesBetween(*q.Near, Point{Lat: lat, Lon: lon}), true
	}
	return hit
}
