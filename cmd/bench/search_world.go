package main

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
)

// How the synthetic population is spread over the real districts: the
// districts in the most crowded map cells (the cities) are picked busyWeight
// times as often as the rest, as members and listings crowd into towns.
const (
	busyDistricts = 300
	busyWeight    = 5
)

// world draws every synthetic thing from one seeded source, so that a seed
// always gives the same data and the same queries.
type world struct {
	rng       *rand.Rand
	places    *places.Directory
	districts []string
	// districtCum and interestCum are cumulative weights for pickWeighted.
	districtCum []float64
	interests   []string
	interestCum []float64
	// names are the interest names in plain English, as discovery indexes them.
	names map[string]string
	// base is the fixed "now" of the data, so dates do not depend on the clock.
	base time.Time
}

func newWorld(seed uint64) (*world, error) {
	dir, err := places.Load()
	if err != nil {
		return nil, err
	}
	catalogue, err := locale.New()
	if err != nil {
		return nil, err
	}
	words := catalogue.For(false)
	w := &world{
		rng:    rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		places: dir, districts: dir.Districts(), names: map[string]string{},
		base: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
	}
	w.districtCum = districtWeights(dir, w.districts)
	for _, in := range community.Interests() {
		w.interests = append(w.interests, in.Slug)
		w.names[in.Slug] = strings.ToLower(words.T("interest." + in.Slug))
	}
	// Popularity follows Zipf (weight 1/rank) over a seeded order, so a few
	// interests are everywhere and most are niche.
	w.rng.Shuffle(len(w.interests), func(i, j int) {
		w.interests[i], w.interests[j] = w.interests[j], w.interests[i]
	})
	total := 0.0
	for i := range w.interests {
		total += 1 / float64(i+1)
		w.interestCum = append(w.interestCum, total)
	}
	return w, nil
}

// districtWeights finds the busy districts by how many districts share
// their cell of about 7 by 7 miles: postcode districts are small where many
// people live, so crowded cells are the cities.
func districtWeights(dir *places.Directory, districts []string) []float64 {
	cell := func(d string) [2]int {
		p, _ := dir.Lookup(d)
		return [2]int{int(math.Floor(p.Lat * 10)), int(math.Floor(p.Lon * 6))}
	}
	crowd := map[[2]int]int{}
	for _, d := range districts {
		crowd[cell(d)]++
	}
	// A stable sort of the sorted names keeps ties in name order, so the
	// busy set does not depend on map order.
	ranked := slices.Clone(districts)
	slices.SortStableFunc(ranked, func(a, b string) int { return cmp.Compare(crowd[cell(b)], crowd[cell(a)]) })
	busy := map[string]bool{}
	for _, d := range ranked[:min(busyDistricts, len(ranked))] {
		busy[d] = true
	}
	cum := make([]float64, len(districts))
	total := 0.0
	for i, d := range districts {
		total++
		if busy[d] {
			total += busyWeight - 1
		}
		cum[i] = total
	}
	return cum
}

// pickWeighted returns an index drawn in proportion to the weights whose
// running totals are cum.
func (w *world) pickWeighted(cum []float64) int {
	return min(sort.SearchFloat64s(cum, w.rng.Float64()*cum[len(cum)-1]), len(cum)-1)
}

func (w *world) district() string { return w.districts[w.pickWeighted(w.districtCum)] }

// pickInterests returns n different interests, popular ones more often.
func (w *world) pickInterests(n int) []string {
	var out []string
	for len(out) < n {
		if s := w.interests[w.pickWeighted(w.interestCum)]; !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func (w *world) one(list []string) string { return list[w.rng.IntN(len(list))] }

// at is a moment in the year before base, for created and updated dates.
func (w *world) at() time.Time {
	return w.base.Add(-time.Duration(w.rng.IntN(365*24*60)) * time.Minute)
}

// point is the district's centre; the generator only uses real districts.
func (w *world) point(district string) places.Point {
	p, _ := w.places.Lookup(district)
	return p
}
