package matching

import (
	"cmp"
	"math"
	"slices"

	"github.com/clubtogether/clubtogether/places"
)

// MaxWithin is the widest radius anyone can ask for, in miles. Neighbour
// lists are worked out up to it once, at start-up.
const MaxWithin = 10

// noDistrict marks a person or group without a known district.
const noDistrict = math.MaxUint16

// neighbour is a district within MaxWithin of another, with the distance.
type neighbour struct {
	district uint16
	miles    float64
}

// districts numbers the postcode districts and knows, for each, the
// districts within MaxWithin nearest first. It never changes after
// newDistricts, so readers need no lock.
type districts struct {
	names  []string
	number map[string]uint16
	points []places.Point
	near   [][]neighbour
}

func newDistricts(dir *places.Directory) *districts {
	names := dir.Districts()
	d := &districts{names: names, number: make(map[string]uint16, len(names)),
		points: make([]places.Point, len(names)), near: make([][]neighbour, len(names))}
	for i, name := range names {
		d.number[name] = uint16(i)
		d.points[i], _ = dir.Lookup(name)
	}
	// Sweep in latitude order so each district is only compared with those
	// whose latitude is close enough to be within MaxWithin.
	byLat := make([]int, len(names))
	for i := range byLat {
		byLat[i] = i
	}
	slices.SortFunc(byLat, func(a, b int) int { return cmp.Compare(d.points[a].Lat, d.points[b].Lat) })
	const degreesOfLatitude = MaxWithin / 69.0 * 1.01
	for i, a := range byLat {
		for _, b := range byLat[i:] {
			if d.points[b].Lat-d.points[a].Lat > degreesOfLatitude {
				break
			}
			// Each direction is measured on its own, the same way Brute
			// measures it, so both see exactly the same number.
			if m := places.Miles(d.points[a], d.points[b]); m <= MaxWithin {
				d.near[a] = append(d.near[a], neighbour{uint16(b), m})
			}
			if a == b {
				continue
			}
			if m := places.Miles(d.points[b], d.points[a]); m <= MaxWithin {
				d.near[b] = append(d.near[b], neighbour{uint16(a), m})
			}
		}
	}
	for i := range d.near {
		slices.SortFunc(d.near[i], func(x, y neighbour) int {
			return cmp.Or(cmp.Compare(x.miles, y.miles), cmp.Compare(x.district, y.district))
		})
	}
	return d
}

// lookup returns the number of a district, or noDistrict.
func (d *districts) lookup(name string) uint16 {
	if n, ok := d.number[name]; ok {
		return n
	}
	return noDistrict
}
