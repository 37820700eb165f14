// Package demo makes the demo members, providers and listings that every
// newcomer meets on first start with the embedded store, so the site looks
// lived in. They come from a fixed seed: the same seed always gives the
// same records, so restarts and tests see the same site.
package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// DefaultSeed is the seed the app uses, the year the pilots started.
const DefaultSeed uint64 = 2010

// pcgStream is the PCG's second word; it is fixed so the seed alone decides
// the output.
const pcgStream uint64 = 0x636c7562746f6765 // "clubtoge"

const (
	// easyReadShare: a fifth of members ask for Easy Read.
	easyReadShare = 5
	// minutesApart spaces out when members joined, so "newest" lists have an order.
	minutesApart = 37
)

// People returns the 200 demo members for seed, identical for the same seed.
func People(seed uint64) []community.Person {
	r := rand.New(rand.NewPCG(seed, pcgStream))
	total := 0
	for _, t := range towns() {
		total += t.members
	}
	easyRead := make([]bool, total)
	for _, i := range r.Perm(total)[:total/easyReadShare] {
		easyRead[i] = true
	}
	ids, names := make(map[string]bool), make(map[string]bool)
	joined := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	people := make([]community.Person, 0, total)
	for _, t := range towns() {
		for range t.members {
			i := len(people)
			p := newPerson(r, t, easyRead[i])
			p.ID, p.Name = newID(r, ids), pickName(r, names)
			p.CreatedAt = joined.Add(time.Duration(i*minutesApart) * time.Minute).Truncate(time.Millisecond)
			p.UpdatedAt = p.CreatedAt
			people = append(people, p)
		}
	}
	return people
}

// newPerson makes one member of town t; the caller gives id, name and dates.
func newPerson(r *rand.Rand, t town, easyRead bool) community.Person {
	d := pickDistrict(r, t.districts)
	interests := pickInterests(r)
	times := pickTimes(r)
	free, _ := community.ParseAvailability(times) // keys come from Days × Slots
	needs := pickNeeds(r, easyRead)
	p := community.Person{
		District:    d.code,
		Interests:   interests,
		Tags:        pickTags(r, t.tags),
		FreeTimes:   free,
		AccessNeeds: needs,
		Visibility:  community.VisibleToMembers,
		Display:     community.Display{EasyRead: easyRead, TextSize: community.TextNormal, Contrast: community.ContrastNormal},
		Demo:        true,
	}
	p.About = about(r, interests, times[0], d.area)
	if r.IntN(20) == 0 { // about 5% hide their profile
		p.Visibility = community.VisibleToNobody
	}
	p.OpenToBuying = r.Float64() < 0.7
	if hasNeed(needs, "large-print") {
		p.Display.TextSize = community.TextLarge
	}
	return p
}

// newID returns 24 lowercase hex characters, like a MongoDB ObjectID, that
// no earlier member has.
func newID(r *rand.Rand, taken map[string]bool) string {
	for {
		id := fmt.Sprintf("%016x%08x", r.Uint64(), r.Uint32())
		if !taken[id] {
			taken[id] = true
			return id
		}
	}
}

// pickTimes returns two to eight different free-time keys, in random order.
func pickTimes(r *rand.Rand) []string {
	var all []string
	for _, day := range community.Days() {
		for _, slot := range community.Slots() {
			all = append(all, community.TimeKey(day, slot))
		}
	}
	n := 2 + r.IntN(7)
	keys := make([]string, 0, n)
	for _, i := range r.Perm(len(all))[:n] {
		keys = append(keys, all[i])
	}
	return keys
}
