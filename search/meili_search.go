package search

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/meilisearch/meilisearch-go"
)

// Search answers q. When q names kinds, a second, count-only request
// without them fills ByKind (unless told to skip it); otherwise one
// request does both. Total is
// added up from the per-kind counts, which Meilisearch counts exactly
// (estimatedTotalHits is an estimate, capped at maxTotalHits).
func (m *Meili) Search(ctx context.Context, q Query) (Result, error) {
	if q.Near != nil {
		if err := checkPoint(*q.Near); err != nil {
			return Result{}, err
		}
	}
	offset, limit := pageOf(q)
	text := cutQuery(q.Text)
	req := &meilisearch.SearchRequest{
		Query:                text,
		Offset:               int64(offset),
		Limit:                int64(limit),
		Sort:                 meiliSort(q, len(queryWords(text)) > 0),
		AttributesToRetrieve: []string{"kind", "id", "_geo"},
	}
	if f := meiliFilter(q, true); f != "" {
		req.Filter = f
	}
	if len(q.Kinds) == 0 || q.SkipCounts {
		// Counted by kind in the same request: every kind's matches, or
		// with SkipCounts this query's own, for an exact Total.
		req.Facets = []string{"kind"}
	}
	res, err := m.index.SearchWithContext(ctx, text, req)
	if err != nil {
		return Result{}, fmt.Errorf("meilisearch search: %w", err)
	}
	out := Result{Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit, err := meiliHit(h, q)
		if err != nil {
			return Result{}, err
		}
		out.Hits = append(out.Hits, hit)
	}
	switch {
	case len(q.Kinds) == 0:
		out.ByKind, err = kindDistribution(res.FacetDistribution)
	case q.SkipCounts:
		own, err := kindDistribution(res.FacetDistribution)
		if err != nil {
			return Result{}, err
		}
		out.Total = totalOf(own, q.Kinds, int(res.EstimatedTotalHits))
		return out, nil
	default:
		out.ByKind, err = m.countKinds(ctx, text, meiliFilter(q, false))
	}
	if err != nil {
		return Result{}, err
	}
	out.Total = totalOf(out.ByKind, q.Kinds, int(res.EstimatedTotalHits))
	return out, nil
}

// Count returns how many documents of each kind the index holds.
func (m *Meili) Count(ctx context.Context) (map[Kind]int, error) {
	return m.countKinds(ctx, "", "")
}

// countKinds counts matches per kind without fetching any documents.
func (m *Meili) countKinds(ctx context.Context, text, filter string) (map[Kind]int, error) {
	none := int64(0)
	req := &meilisearch.SearchRequest{Query: text, HitsPerPage: &none, Facets: []string{"kind"}}
	if filter != "" {
		req.Filter = filter
	}
	res, err := m.index.SearchWithContext(ctx, text, req)
	if err != nil {
		return nil, fmt.Errorf("meilisearch count: %w", err)
	}
	return kindDistribution(res.FacetDistribution)
}

func kindDistribution(raw json.RawMessage) (map[Kind]int, error) {
	counts := map[Kind]int{}
	if len(raw) == 0 {
		return counts, nil
	}
	var dist map[string]map[Kind]int
	if err := json.Unmarshal(raw, &dist); err != nil {
		return nil, fmt.Errorf("meilisearch facet distribution: %w", err)
	}
	for k, n := range dist["kind"] {
		counts[k] = n
	}
	return counts, nil
}

// totalOf adds up the counts of the asked-for kinds (all when none), or
// falls back to Meilisearch's estimate when there are no counts.
func totalOf(byKind map[Kind]int, kinds []Kind, estimate int) int {
	if len(byKind) == 0 {
		return estimate
	}
	if len(kinds) == 0 {
		kinds = Kinds()
	}
	total := 0
	for _, k := range kinds {
		total += byKind[k]
	}
	return total
}

// meiliHit reads a hit's kind and id, and its distance: Meilisearch's own
// _geoDistance (metres) when sorted by distance, else worked out from _geo.
func meiliHit(h meilisearch.Hit, q Query) (Hit, error) {
	var doc struct {
		meiliDoc
		GeoDistance *float64 `json:"_geoDistance"`
	}
	if err := h.DecodeInto(&doc); err != nil {
		return Hit{}, fmt.Errorf("meilisearch hit: %w", err)
	}
	hit := Hit{Kind: doc.Kind, ID: doc.ID, Doc: doc.document()}
	switch {
	case doc.GeoDistance != nil:
		hit.Miles, hit.HasDistance = *doc.GeoDistance/metresPerMile, true
	case q.Near != nil && doc.Geo != nil:
		hit.Miles, hit.HasDistance = milesBetween(*q.Near, Point{Lat: doc.Geo.Lat, Lon: doc.Geo.Lng}), true
	}
	return hit, nil
}
