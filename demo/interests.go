package demo

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// The popularity of interests falls off like Zipf's law, and the popular
// head is boosted above the tail: each popular interest is then shared by
// twenty or more Oxford members, so buying groups can form, while the long
// tail still makes profiles look different from each other.
const (
	zipfOffset   = 8.0
	zipfExponent = 1.0
	popularBoost = 8.0
)

// popular lists the interests most members pick, most popular first. They
// match the activities the demo providers price, so groups have something
// to buy together.
func popular() []string {
	return []string{
		"swimming", "walking", "art", "gardening", "cooking",
		"music", "yoga", "gym", "day-trips", "board-games",
	}
}

// byPopularity returns every curated slug, most popular first: the popular
// ones, then the rest in display order.
func byPopularity() []string {
	ranked := popular()
	for _, in := range community.Interests() {
		if !slices.Contains(ranked, in.Slug) {
			ranked = append(ranked, in.Slug)
		}
	}
	return ranked
}

// pickInterests chooses two to six different interests, skewed towards the
// popular ones, listed in the curated order as the profile form shows them.
func pickInterests(r *rand.Rand) []string {
	ranked := byPopularity()
	weights := make([]float64, len(ranked))
	for k := range weights {
		weights[k] = 1 / math.Pow(float64(k)+zipfOffset, zipfExponent)
		if k < len(popular()) {
			weights[k] *= popularBoost
		}
	}
	n := 2 + r.IntN(5)
	chosen := make([]string, 0, n)
	for range n {
		k := pickWeighted(r, weights)
		weights[k] = 0 // never the same interest twice
		chosen = append(chosen, ranked[k])
	}
	order := community.Interests()
	slices.SortFunc(chosen, func(a, b string) int {
		return indexOf(order, a) - indexOf(order, b)
	})
	return chosen
}

// pickWeighted returns an index with probability proportional to its weight.
func pickWeighted(r *rand.Rand, weights []float64) int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	u := r.Float64() * total
	for k, w := range weights {
		if u < w {
			return k
		}
		u -= w
	}
	// Rounding can leave u just past the end; take the last one still open.
	for k := len(weights) - 1; ; k-- {
		if weights[k] > 0 {
			return k
		}
	}
}

func indexOf(list []community.Interest, slug string) int {
	return slices.IndexFunc(list, func(in community.Interest) bool { return in.Slug == slug })
}
