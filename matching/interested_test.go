package matching

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/places"
)

// TestInterestedNearCountsByTheRule checks the counts against a plain count
// over everyone: open to buying, likes the interest, within the radius of
// the nearest centre.
func TestInterestedNearCountsByTheRule(t *testing.T) {
	dir := loadPlaces(t)
	rng := rand.New(rand.NewPCG(3, 4))
	pop := randomPopulation(rng, 400)
	ix := pop.index(dir)
	radii := []float64{1, 2, 5, 10}
	counted := 0
	for _, centres := range [][]string{{"OX4"}, {"OX1", "L35"}, {"EH1"}, {"NOPE"}, nil} {
		for _, interest := range []string{"swimming", "gym", "yoga", "not-an-interest"} {
			got := ix.InterestedNear(centres, interest, radii)
			want := make([]int, len(radii))
			for _, p := range pop.people {
				if !p.OpenToBuying || !slices.Contains(p.Interests, interest) {
					continue
				}
				home, ok := dir.Lookup(p.District)
				if !ok {
					continue
				}
				nearest := -1.0
				for _, c := range centres {
					if pt, ok := dir.Lookup(c); ok {
						if m := places.Miles(pt, home); nearest < 0 || m < nearest {
							nearest = m
						}
					}
				}
				for i, r := range radii {
					if nearest >= 0 && nearest <= r {
						want[i]++
					}
				}
			}
			counted += got[len(got)-1]
			if !slices.Equal(got, want) {
				t.Errorf("%v %s: got %v, want %v", centres, interest, got, want)
			}
		}
	}
	if counted == 0 {
		t.Error("nobody was counted anywhere: the test population is wrong")
	}
}
