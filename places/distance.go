package places

import "math"

// earthRadiusMiles is the mean radius of the Earth.
const earthRadiusMiles = 3958.8

// Miles returns the great-circle distance between two points.
func Miles(a, b Point) float64 {
	const rad = math.Pi / 180
	dLat := (b.Lat - a.Lat) * rad
	dLon := (b.Lon - a.Lon) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusMiles * math.Asin(math.Min(1, math.Sqrt(h)))
}

// AboutMiles rounds a distance for people to read: districts are only
// rough places, so anything under a mile is "less than a mile" (0) and the
// rest is rounded to whole miles.
func AboutMiles(miles float64) int {
	if miles < 1 {
		return 0
	}
	return int(math.Round(miles))
}

// MilesBetween returns the rough distance between two districts, and false
// when either is unknown (a special or non-geographic district).
func (d *Directory) MilesBetween(a, b string) (float64, bool) {
	pa, okA := d.Lookup(a)
	pb, okB := d.Lookup(b)
	if !okA || !okB {
		return 0, false
	}
	return Miles(pa, pb), true
}
