package search

import (
	"fmt"
	"math"
)

// maxRadiusMiles is half way round the Earth: a larger radius keeps every
// point anyway, and bounding it keeps the metres sent to Meilisearch sane.
const maxRadiusMiles = 12450

// checkPoint refuses a point neither engine can use, with the same error
// from both (Bleve would refuse it, Meilisearch answer 400).
func checkPoint(p Point) error {
	ok := !math.IsNaN(p.Lat) && !math.IsNaN(p.Lon) &&
		p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180
	if !ok {
		return fmt.Errorf("search: point %v,%v is not a latitude and longitude", p.Lat, p.Lon)
	}
	return nil
}

// radiusMiles is the distance q keeps results within, or 0 for any
// distance: also when there is no point to measure from, or the radius is
// not a positive number.
func radiusMiles(q Query) float64 {
	if q.Near == nil || !(q.WithinMiles > 0) {
		return 0
	}
	return min(q.WithinMiles, maxRadiusMiles)
}
