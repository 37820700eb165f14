package openreferral

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
)

// importedCapacity is the "most people at a time" of an imported listing.
// Feeds do not say; a low guess would turn groups away, so it is the
// highest we allow until the provider (who must check the import before
// a moderator verifies it) sets the real number.
const importedCapacity = community.MaxCapacity

// listingOf makes a listing of one service, or says why it cannot.
func (im importer) listingOf(s Service) (community.Listing, string) {
	if s.Status != "" && s.Status != statusActive {
		return community.Listing{}, fmt.Sprintf("its status is %q, and only active services are imported", s.Status)
	}
	description := clip(firstNonEmpty(s.Description, s.Name), community.MaxDescription)
	l := community.Listing{
		ID: ImportedID(s.ID), ProviderID: ImportedID(s.Organization.ID),
		Title: clip(s.Name, community.MaxListingTitle), Description: description,
		EasySummary: easySummary(description), Interests: interestsOf(s),
		Times: timesOf(s.Schedules), Features: featuresOf(s), Capacity: importedCapacity,
	}
	if len(l.Interests) == 0 {
		return l, "none of its taxonomy terms, nor any words of its name, is a ClubTogether interest"
	}
	l.District, l.Online = im.placeOf(s)
	if l.District == "" && !l.Online {
		return l, "it has no postcode district we know (in a location or a service area) and is not online"
	}
	tiers, reason := tiersOf(s.CostOptions)
	if reason != "" {
		return l, reason
	}
	l.Tiers = tiers
	l.Unit, l.Course = unitOf(s.CostOptions)
	return l, im.explain(l.Validate(im.dir.Known))
}

// placeOf finds the district from the first location with a known one
// (its addresses' postcodes, then its external identifier, which is where
// our own feed puts it); online if any location is virtual. Only when
// that finds no district, and the service is not purely online, does a
// service area stand in for where it happens.
func (im importer) placeOf(s Service) (district string, online bool) {
	onlyOnline := len(s.ServiceAtLocations) > 0
	for _, sal := range s.ServiceAtLocations {
		loc := sal.Location
		if loc != nil && loc.LocationType == "virtual" {
			online = true
			continue
		}
		onlyOnline = false
		if loc == nil {
			continue
		}
		for _, a := range loc.Addresses {
			district = cmp.Or(district, im.district(a.PostalCode))
		}
		district = cmp.Or(district, im.district(loc.ExternalIdentifier))
	}
	if district == "" && !onlyOnline {
		for _, a := range s.ServiceAreas {
			district = cmp.Or(district, im.district(a.ServiceArea), im.district(a.Name))
		}
	}
	return district, online
}

// district is the district of a postcode or district we know, else "".
func (im importer) district(typed string) string {
	if d := places.Normalise(typed); d != "" && im.dir.Known(d) {
		return d
	}
	return ""
}

// interestsOf matches the service's taxonomy terms to our interests, by
// our own term UUIDs, then by term or name ("Table tennis" is
// table-tennis). Failing that, it looks for an interest in the service's
// name (a "Swimming club" is swimming), never in the description, where
// an interest is often only mentioned.
func interestsOf(s Service) []string {
	known := community.InterestSlugs()
	var out []string
	add := func(slug string) {
		if known[slug] && !slices.Contains(out, slug) {
			out = append(out, slug)
		}
	}
	for _, a := range s.Attributes {
		for slug := range known {
			if strings.EqualFold(a.TaxonomyTermID, TaxonomyTermUUID(slug)) {
				add(slug)
			}
		}
		if t := a.TaxonomyTerm; t != nil {
			add(slugify(t.Term))
			add(slugify(t.Name))
		}
	}
	if len(out) == 0 {
		name := " " + readableWords(slugify(s.Name)) + " "
		for _, in := range community.Interests() {
			if strings.Contains(name, " "+readableWords(in.Slug)+" ") {
				add(in.Slug)
			}
		}
	}
	return out
}

// slugify makes "Table Tennis" into "table-tennis".
func slugify(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(words, "-")
}

func readableWords(slug string) string { return strings.ReplaceAll(slug, "-", " ") }

// featuresOf keeps the access features of its locations that are ours.
func featuresOf(s Service) []string {
	var found []string
	for _, sal := range s.ServiceAtLocations {
		if sal.Location != nil {
			for _, a := range sal.Location.Accessibility {
				found = append(found, a.Accessibility)
			}
		}
	}
	var out []string
	for _, need := range community.AccessNeeds() {
		if slices.Contains(found, need) {
			out = append(out, need)
		}
	}
	return out
}
