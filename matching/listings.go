package matching

import (
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// listing is what forming a group needs to know about a listing.
type listing struct {
	id        string
	title     string
	district  uint16
	online    bool
	interests uint64
	times     community.Availability
	features  uint16
	capacity  int
	tiers     []community.PriceTier
	unit      community.PriceUnit
	course    community.Course
}

// listings holds the listings people can see, by district; online ones
// apart, since they are near everyone.
type listings struct {
	byID   map[string]*listing
	cells  [][]*listing
	online []*listing
}

func newListings(districts int) listings {
	return listings{byID: map[string]*listing{}, cells: make([][]*listing, districts)}
}

// PutListing adds a listing or brings it up to date; a hidden listing, or
// one with no known place, is taken out.
func (ix *Index) PutListing(l community.Listing) {
	d := ix.districts.lookup(l.District)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.listings.remove(l.ID)
	if !l.Listed() || (d == noDistrict && !l.Online) {
		return
	}
	entry := &listing{
		id: strings.Clone(l.ID), title: strings.Clone(l.Title), district: d, online: l.Online && d == noDistrict,
		interests: ix.vocab.interestSet(l.Interests), times: l.Times, features: ix.vocab.needSet(l.Features),
		capacity: l.Capacity, tiers: slices.Clone(l.Tiers), unit: l.Unit.UnitOrSession(), course: l.Course,
	}
	ix.listings.byID[entry.id] = entry
	if entry.online {
		ix.listings.online = append(ix.listings.online, entry)
	} else {
		ix.listings.cells[d] = append(ix.listings.cells[d], entry)
	}
}

// RemoveListing takes a listing out.
func (ix *Index) RemoveListing(id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.listings.remove(id)
}

func (ls *listings) remove(id string) {
	l, ok := ls.byID[id]
	if !ok {
		return
	}
	delete(ls.byID, id)
	drop := func(list []*listing) []*listing {
		return slices.DeleteFunc(list, func(x *listing) bool { return x == l })
	}
	if l.online {
		ls.online = drop(ls.online)
	} else {
		ls.cells[l.district] = drop(ls.cells[l.district])
	}
}
