package openreferral

import (
	"fmt"
	"sort"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
)

// The API description we follow, and where its profile is explained.
const (
	hsdsVersion = "3.0"
	profileURL  = "https://github.com/OpenReferralUK/uk-profile"
	openAPIURL  = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
)

// metresPerMile converts places' miles to the metres of "proximity".
const metresPerMile = 1609.344

// Catalogue is everything the Open Referral API may publish, built once
// from the store's providers and listings and then only read, so one
// Catalogue can answer many requests at once. What its methods return
// shares memory with it: write it out, do not change it.
type Catalogue struct {
	entries []entry        // sorted by service name, then id
	byID    map[string]int // service UUID → index in entries
	// places finds a service at location by its UUID.
	sals map[string]place
	// orgs are the verified providers, sorted by name, then id.
	orgs      []organization
	orgByID   map[string]int // organization UUID → index in orgs
	terms     []TaxonomyTerm // every curated interest, in the site's order
	termByID  map[string]int // term UUID → index in terms
	termIndex map[string]int // interest slug → index in terms
	dir       *places.Directory
	base      string
	words     *locale.Catalogue
}

// place is where a service at location is: the entry, and which of its
// service's service_at_locations.
type place struct{ entry, n int }

// entry is one published service and what filtering needs to know of it.
type entry struct {
	service Service
	point   places.Point
	placed  bool            // point is the centre of the listing's district
	areas   map[string]bool // districts of its service areas
	text    string          // lower-case words that "search" looks in
	terms   map[string]bool // its interests, by term UUID and by slug
}

// NewCatalogue keeps only verified providers' listings that are not
// hidden. baseURL (such as "https://clubtogether.org.uk") makes the links
// to our own pages; empty leaves them out.
func NewCatalogue(providers []community.Provider, listings []community.Listing, dir *places.Directory, baseURL string) *Catalogue {
	c := &Catalogue{byID: make(map[string]int), sals: make(map[string]place), orgByID: make(map[string]int),
		dir: dir, base: strings.TrimRight(baseURL, "/")}
	if words, err := locale.New(); err == nil {
		c.words = words // without it, names are made from slugs instead
	}
	c.indexTerms()
	verified := make(map[string]community.Provider)
	for _, p := range providers {
		if p.Verified() {
			verified[p.ID] = p
		}
	}
	for _, l := range listings {
		if p, ok := verified[l.ProviderID]; ok && !l.Hidden {
			c.entries = append(c.entries, c.entryOf(p, l))
		}
	}
	sort.SliceStable(c.entries, func(i, j int) bool {
		a, b := c.entries[i].service, c.entries[j].service
		if x, y := strings.ToLower(a.Name), strings.ToLower(b.Name); x != y {
			return x < y
		}
		return a.ID < b.ID
	})
	for i, e := range c.entries {
		c.byID[e.service.ID] = i
		for n, sal := range e.service.ServiceAtLocations {
			c.sals[sal.ID] = place{i, n}
		}
	}
	c.indexOrganizations(verified)
	return c
}

func (c *Catalogue) entryOf(p community.Provider, l community.Listing) entry {
	e := entry{service: c.serviceOf(p, l), areas: make(map[string]bool), terms: make(map[string]bool)}
	if l.District != "" {
		e.point, e.placed = c.lookup(l.District)
	}
	for _, a := range e.service.ServiceAreas {
		e.areas[a.Name] = true
	}
	e.text = strings.ToLower(strings.Join([]string{l.Title, l.Description, p.Name}, " "))
	for _, slug := range l.Interests {
		e.terms[slug], e.terms[TaxonomyTermUUID(slug)] = true, true
	}
	return e
}

func (c *Catalogue) lookup(district string) (places.Point, bool) {
	if c.dir == nil {
		return places.Point{}, false
	}
	return c.dir.Lookup(district)
}

// match lists the entries that pass the filters, in catalogue order. Its
// only error is a *ParamError for a postcode district we do not know.
func (c *Catalogue) match(p Params) ([]int, error) {
	var from places.Point
	district := places.Normalise(p.Postcode)
	if district != "" {
		var ok bool
		if from, ok = c.lookup(district); !ok {
			return nil, &ParamError{"postcode", fmt.Sprintf("%s is not a postcode district we know", district)}
		}
	}
	words := searchWords(p.Search)
	term := strings.ToLower(strings.TrimSpace(p.TaxonomyTermID))
	var out []int
	for i, e := range c.entries {
		switch {
		case !containsAll(e.text, words):
		case term != "" && !e.terms[term]:
		case district != "" && !e.near(district, from, p.Proximity):
		default:
			out = append(out, i)
		}
	}
	return out, nil
}

// near follows the profile: with a proximity, the service must happen
// within that many metres of the district's centre (measured between
// district centres, as ClubTogether knows no finer place); without one,
// the district must be among its service areas, if it has any.
func (e entry) near(district string, from places.Point, metres float64) bool {
	if metres > 0 {
		return e.placed && places.Miles(from, e.point)*metresPerMile <= metres
	}
	return len(e.areas) == 0 || e.areas[district]
}

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
