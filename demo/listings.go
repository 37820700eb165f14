package demo

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// providerSpec is what a demo provider says about itself. The website and
// email share one host under example.org, which is reserved for examples,
// so nobody can follow them to a real business.
type providerSpec struct {
	name, description, easy string
	host, phone             string
	districts               []string
	online, checked         bool
	interests               []string
	listings                []listingSpec
}

// listingSpec is one thing a demo provider offers. An empty district means
// it happens online.
type listingSpec struct {
	title, description, easy string
	interests                []string
	district                 string
	times, features          []string
	capacity                 int
	tiers                    []community.PriceTier
	// unit is what each price pays for; empty is per session.
	unit   community.PriceUnit
	course community.Course
}

// catalogue returns every demo provider with its listings, in a fixed
// order that decides their ids.
func catalogue() []providerSpec {
	return slices.Concat(sportProviders(), artsProviders(), outdoorsProviders())
}

// tiers reads pairs of (fewest people, pence each), so the price tables
// below read like the price lists providers write.
func tiers(pairs ...int) []community.PriceTier {
	out := make([]community.PriceTier, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, community.PriceTier{MinPeople: pairs[i], Each: community.Pence(pairs[i+1])})
	}
	return out
}

// Listings returns the demo listings for seed, identical for the same
// seed, each added a few hours after its provider joined.
func Listings(seed uint64) []community.Listing {
	r := rand.New(rand.NewPCG(seed, listingStream))
	providers := Providers(seed)
	ids := make(map[string]bool)
	var out []community.Listing
	for i, s := range catalogue() {
		p := providers[i]
		for j, ls := range s.listings {
			times, _ := community.ParseAvailability(ls.times) // keys come from Days × Slots
			created := p.CreatedAt.Add(time.Duration(j+1) * 3 * time.Hour)
			out = append(out, community.Listing{
				ID:          newID(r, ids),
				ProviderID:  p.ID,
				Title:       ls.title,
				Description: ls.description,
				EasySummary: ls.easy,
				Interests:   slices.Clone(ls.interests),
				District:    ls.district,
				Online:      ls.district == "",
				Times:       times,
				Features:    slices.Clone(ls.features),
				Capacity:    ls.capacity,
				Tiers:       slices.Clone(ls.tiers),
				Unit:        cmp.Or(ls.unit, community.PerSession),
				Course:      ls.course,
				CreatedAt:   created,
				UpdatedAt:   created,
			})
		}
	}
	return out
}
