package search

import "math"

// Distances are shown in miles; Meilisearch speaks metres.
const (
	metresPerMile = 1609.344
	// earthRadiusMiles is the mean radius, as used by the haversine formula.
	earthRadiusMiles = 3958.8
)

// milesBetween is the great-circle distance between two points. It fills
// Hit.Miles when an engine does not report the distance itself.
func milesBetween(a, b Point) float64 {
	rad := func(d float64) float64 { return d * math.Pi / 180 }
	dLat := rad(b.Lat - a.Lat)
	dLon := rad(b.Lon - a.Lon)
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusMiles * math.Asin(math.Sqrt(h))
}
