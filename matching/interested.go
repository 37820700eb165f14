package matching

// InterestedNear counts, for each radius, the people open to buying
// together who like interest and live within that many miles of the
// nearest of centres. Hidden people are counted too: a count names nobody,
// and providers only ever see counts. Radii beyond MaxWithin count as
// MaxWithin.
func (ix *Index) InterestedNear(centres []string, interest string, radii []float64) []int {
	counts := make([]int, len(radii))
	bit, ok := ix.vocab.interestBit[interest]
	if !ok || len(radii) == 0 {
		return counts
	}
	widest := 0.0
	for _, r := range radii {
		widest = max(widest, min(r, MaxWithin))
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	nearest := map[uint16]float64{}
	for _, name := range centres {
		centre := ix.districts.lookup(name)
		if centre == noDistrict {
			continue
		}
		for _, n := range ix.districts.near[centre] {
			if n.miles > widest {
				break
			}
			if m, seen := nearest[n.district]; !seen || n.miles < m {
				nearest[n.district] = n.miles
			}
		}
	}
	likes := filter{mine: 1 << bit, strong: 1 << bit, atLeast: 1}
	for d, miles := range nearest {
		n := 0
		ix.people.cells[d].each(likes, func(e entry) {
			if e.flags()&flagOpenToBuying != 0 {
				n++
			}
		})
		for i, r := range radii {
			if miles <= r {
				counts[i] += n
			}
		}
	}
	return counts
}
