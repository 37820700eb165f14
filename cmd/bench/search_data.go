package main

import (
	"fmt"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/search"
)

// benchData is the synthetic site: what goes in the store, and the groups,
// which exist only as search documents (the store has no groups yet).
type benchData struct {
	people    []community.Person
	providers []community.Provider
	listings  []community.Listing
	groups    []search.Document
}

// listingsPerProvider gives a few hundred providers for the default 20,000
// listings; every listing needs a provider in the store.
const listingsPerProvider = 60

func (w *world) generate(people, listings, groups int) benchData {
	var d benchData
	for i := range people {
		d.people = append(d.people, w.person(i))
	}
	for i := range max(1, listings/listingsPerProvider) {
		d.providers = append(d.providers, w.provider(i))
	}
	for i := range listings {
		d.listings = append(d.listings, w.listing(i, d.providers[w.rng.IntN(len(d.providers))]))
	}
	for i := range groups {
		d.groups = append(d.groups, w.group(i))
	}
	return d
}

func (w *world) person(i int) community.Person {
	interests := w.pickInterests(1 + w.rng.IntN(4))
	var liked []string
	for _, s := range interests {
		liked = append(liked, w.names[s])
	}
	p := community.Person{
		ID:   fmt.Sprintf("bp%07d", i),
		Name: w.one(benchFirstNames()) + " " + string(rune('A'+w.rng.IntN(26))) + ".",
		About: fmt.Sprintf("I like %s. Looking for %s %s near the %s on %ss.", strings.Join(liked, ", "),
			w.one(benchAdjectives()), w.one(benchNouns()), w.one(benchPlaces()), w.one(benchDays())),
		District: w.district(), Interests: interests, Tags: []string{w.one(benchAdjectives())},
		FreeTimes: community.Availability(w.rng.Uint32() & 0xfffff), OpenToBuying: w.rng.IntN(2) == 0,
		Visibility: community.VisibleToMembers,
	}
	// Some members hide their profile: they are in the store but must be
	// in neither engine's answers.
	if w.rng.IntN(10) == 0 {
		p.Visibility = community.VisibleToNobody
	}
	p.CreatedAt = w.at()
	p.UpdatedAt = p.CreatedAt
	return p
}

func (w *world) provider(i int) community.Provider {
	interests := w.pickInterests(1 + w.rng.IntN(3))
	home := w.district()
	p := community.Provider{
		ID: fmt.Sprintf("bv%05d", i), OwnerID: fmt.Sprintf("bp%07d", i),
		Name:        fmt.Sprintf("%s %s %s", title(w.one(benchPlaces())), w.names[interests[0]], w.one(benchOrgWords())),
		Description: fmt.Sprintf("%s %s for %s across %s and nearby.", title(w.one(benchAdjectives())), w.one(benchNouns()), w.one(benchAudiences()), home),
		Districts:   []string{home}, Interests: interests, CreatedAt: w.at(),
	}
	p.EasyDescription, p.UpdatedAt = p.Description, p.CreatedAt
	// Two in three providers have been checked by a moderator.
	if w.rng.IntN(3) > 0 {
		p.VerifiedAt, p.VerifiedBy = p.CreatedAt, "moderator"
	}
	return p
}

// listing is titled "<Adjective> <interest name> <noun> in <district>":
// unique-ish by its words, which is what queries look it up by.
func (w *world) listing(i int, p community.Provider) community.Listing {
	interest := p.Interests[w.rng.IntN(len(p.Interests))]
	district := w.district()
	l := community.Listing{
		ID: fmt.Sprintf("bl%06d", i), ProviderID: p.ID, Interests: []string{interest}, District: district,
		Title: fmt.Sprintf("%s %s %s in %s", title(w.one(benchAdjectives())), w.names[interest], w.one(benchNouns()), district),
		Description: fmt.Sprintf("%s %s for %s at the %s, every %s. Bring friends and each pays less.",
			title(w.one(benchAdjectives())), w.one(benchNouns()), w.one(benchAudiences()), w.one(benchPlaces()), w.one(benchDays())),
		Times: community.Availability(w.rng.Uint32() & 0xfffff), Capacity: 6 + w.rng.IntN(30), CreatedAt: w.at(),
	}
	l.EasySummary, l.UpdatedAt = l.Description, l.CreatedAt
	// One in 33 happens online; every 20th is free. Prices fall with the
	// group as on the site: 1+, 4+ at three quarters, 8+ at three fifths.
	if i%33 == 32 {
		l.District, l.Online = "", true
		l.Title = strings.Replace(l.Title, " in "+district, " online", 1)
	}
	if i%20 != 19 {
		each := community.Pence(300 + 50*w.rng.IntN(35))
		l.Tiers = []community.PriceTier{{MinPeople: 1, Each: each}, {MinPeople: 4, Each: each * 3 / 4}, {MinPeople: 8, Each: each * 3 / 5}}
	}
	return l
}

// group is a search document only: groups are not in the store yet, so the
// store scan cannot find them and they only make Bleve's work bigger.
func (w *world) group(i int) search.Document {
	interest := w.pickInterests(1)[0]
	district := w.district()
	pt := w.point(district)
	return search.Document{
		Kind: search.KindGroup, ID: fmt.Sprintf("bg%06d", i),
		Title: fmt.Sprintf("%s %s %s", title(w.one(benchPlaces())), w.names[interest], w.one(benchGroupNouns())),
		Text: fmt.Sprintf("A %s %s for %s. We meet at the %s in %s on %ss.", w.one(benchAdjectives()),
			w.one(benchGroupNouns()), w.one(benchAudiences()), w.one(benchPlaces()), district, w.one(benchDays())),
		Keywords: []string{w.names[interest]}, Interests: []string{interest},
		District: district, HasPoint: true, Lat: pt.Lat, Lon: pt.Lon, UpdatedAt: w.at(),
	}
}

// title capitalises the first letter of an ASCII word list entry.
func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
