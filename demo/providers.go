package demo

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// Separate PCG streams for providers and listings, so adding a member, a
// provider or a listing never shifts the ids of the others.
const (
	providerStream = pcgStream + 1
	listingStream  = pcgStream + 2
)

// demoModerator is who checked the verified demo providers; it is a label
// rather than a member id, so no demo member gets moderator powers.
const demoModerator = "demo-moderator"

// Fixed dates keep the demo the same on every start: providers joined a
// week after the members, a day apart, and the checked ones were verified
// on one morning.
func providersJoined() time.Time { return time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC) }
func providersVerified() time.Time {
	return time.Date(2026, 2, 2, 11, 30, 0, 0, time.UTC)
}

// Providers returns the demo providers for seed, identical for the same
// seed. Each is owned by a visible demo member who lives where it works,
// so "my providers" has something to show when signing in as them.
func Providers(seed uint64) []community.Provider {
	r := rand.New(rand.NewPCG(seed, providerStream))
	people := People(seed)
	ids, owners := make(map[string]bool), make(map[string]bool)
	specs := catalogue()
	out := make([]community.Provider, 0, len(specs))
	for i, s := range specs {
		created := providersJoined().Add(time.Duration(i) * 24 * time.Hour)
		p := community.Provider{
			ID:              newID(r, ids),
			OwnerID:         pickOwner(people, s.districts, s.interests, owners),
			Name:            s.name,
			Description:     s.description,
			EasyDescription: s.easy,
			Website:         "https://" + s.host,
			Phone:           s.phone,
			Email:           "hello@" + s.host,
			Districts:       slices.Clone(s.districts),
			Online:          s.online,
			Interests:       slices.Clone(s.interests),
			CreatedAt:       created,
			UpdatedAt:       created,
		}
		if s.checked {
			p.VerifiedAt, p.VerifiedBy = providersVerified(), demoModerator
		}
		out = append(out, p)
	}
	return out
}

// pickOwner chooses the first visible member in the provider's districts
// who shares one of its interests, falling back to any visible member
// there; nobody owns two, so each owner's page tells one story.
func pickOwner(people []community.Person, districts, interests []string, taken map[string]bool) string {
	owner := ""
	for _, p := range people {
		if !p.Visible() || taken[p.ID] || !slices.Contains(districts, p.District) {
			continue
		}
		if owner == "" {
			owner = p.ID
		}
		if slices.ContainsFunc(p.Interests, func(in string) bool { return slices.Contains(interests, in) }) {
			owner = p.ID
			break
		}
	}
	if owner == "" { // cannot happen with 200 members, but never leave it blank
		owner = people[0].ID
	}
	taken[owner] = true
	return owner
}
