// Package discovery keeps the search index in step with the store: it turns
// people, providers and listings into search documents, puts each change
// into the index as it is saved, and rebuilds the whole index when asked or
// when start-up finds it empty or out of date.
package discovery

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
)

// documents builds search documents. Interest names go in as keywords in
// plain English, so "swimming" finds a listing tagged with that interest.
type documents struct {
	places *places.Directory
	words  *locale.Localizer
}

func (d documents) keywords(interests, extra []string) []string {
	out := make([]string, 0, len(interests)+len(extra))
	for _, slug := range interests {
		out = append(out, d.words.T("interest."+slug))
	}
	return append(out, extra...)
}

// place sets a document's point at the centre of its district, never finer.
func (d documents) place(doc *search.Document, district string) {
	doc.District = district
	if pt, ok := d.places.Lookup(district); ok {
		doc.HasPoint, doc.Lat, doc.Lon = true, pt.Lat, pt.Lon
	}
}

// person returns the document for a member, and false when they must not
// be findable: hidden, or not yet placed.
func (d documents) person(p community.Person) (search.Document, bool) {
	if !p.Visible() || !p.HasProfile() {
		return search.Document{}, false
	}
	doc := search.Document{
		Kind: search.KindPerson, ID: p.ID, Title: p.Name, Text: p.About,
		Keywords: d.keywords(p.Interests, p.Tags), Interests: p.Interests, UpdatedAt: p.UpdatedAt,
	}
	d.place(&doc, p.District)
	return doc, true
}

// provider returns the document for a provider; a provider serving many
// districts is placed at its first.
func (d documents) provider(p community.Provider) search.Document {
	doc := search.Document{
		Kind: search.KindProvider, ID: p.ID, Title: p.Name, Text: p.Description,
		Keywords: d.keywords(p.Interests, nil), Interests: p.Interests, Online: p.Online,
		Verified: p.Verified(), UpdatedAt: p.UpdatedAt,
	}
	if len(p.Districts) > 0 {
		d.place(&doc, p.Districts[0])
	}
	return doc
}

// group returns the document for a buying group, and false once it has
// closed. Its text is what the group is for; both of its summaries are
// findable.
func (d documents) group(g community.Group) (search.Document, bool) {
	if g.Closed {
		return search.Document{}, false
	}
	doc := search.Document{
		Kind: search.KindGroup, ID: g.ID, Title: g.Name, Text: g.Purpose + "\n" + g.EasySummary,
		Keywords: d.keywords(g.Interests, nil), Interests: g.Interests, UpdatedAt: g.UpdatedAt,
	}
	d.place(&doc, g.District)
	return doc, true
}

// listing returns the document for a listing, and false when it is hidden.
// It carries its provider's verification, so "verified only" finds it.
func (d documents) listing(l community.Listing, p community.Provider) (search.Document, bool) {
	if !l.Listed() {
		return search.Document{}, false
	}
	doc := search.Document{
		Kind: search.KindListing, ID: l.ID, Title: l.Title, Text: l.Description,
		Keywords: d.keywords(l.Interests, []string{p.Name}), Interests: l.Interests, Online: l.Online,
		Verified: p.Verified(), PricePence: int64(l.LowestPrice()),
		PriceUnit: string(l.Unit.UnitOrSession()), UpdatedAt: l.UpdatedAt,
	}
	if l.District != "" {
		d.place(&doc, l.District)
	}
	return doc, true
}
