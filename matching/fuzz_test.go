package matching

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// FuzzScore drives the scorer through the index and through Brute with
// populations built from the fuzzer's numbers: whatever the input, the two
// agree, and every score is a finite number above zero.
func FuzzScore(f *testing.F) {
	f.Add(uint64(1), uint8(10), uint8(5))
	f.Add(uint64(99), uint8(200), uint8(1))
	f.Add(uint64(0), uint8(2), uint8(10))
	dir := loadPlaces(f)
	f.Fuzz(func(t *testing.T, seed uint64, size uint8, within uint8) {
		n := 2 + int(size)
		rng := rand.New(rand.NewPCG(seed, uint64(size)))
		pop := randomPopulation(rng, n)
		ix := pop.index(dir)
		me := pop.people[rng.IntN(n)]
		q := Query{Within: float64(within % (MaxWithin + 2)), Limit: 1 + int(size)%30}
		got, _ := ix.Suggest(me.ID, q)
		want := NewBrute(dir, pop.people, pop.marks).Suggest(me.ID, q)
		if !reflect.DeepEqual(nilIfEmpty(got), nilIfEmpty(want)) {
			t.Fatalf("index %+v\nbrute %+v", got, want)
		}
		for _, s := range got {
			if math.IsNaN(s.Score) || math.IsInf(s.Score, 0) || s.Score <= 0 {
				t.Fatalf("score %v for %+v", s.Score, s)
			}
		}
	})
}
