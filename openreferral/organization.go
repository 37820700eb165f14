package openreferral

import (
	"sort"
	"strings"
	"unicode"

	"github.com/clubtogether/clubtogether/community"
)

// organization is one verified provider as published, with where its
// services are and the words "search" looks in.
type organization struct {
	org      Organization
	services []int // indexes in entries, in catalogue order
	text     string
}

// organizationOf publishes a verified provider's one-to-one fields, as
// organization_list.json has them.
func organizationOf(p community.Provider) Organization {
	return Organization{ID: OrganizationUUID(p.ID), Name: p.Name, Description: p.Description,
		Email: p.Email, Website: p.Website}
}

// indexOrganizations publishes every verified provider, with or without
// listings: checked by a person, it is an organization either way.
func (c *Catalogue) indexOrganizations(verified map[string]community.Provider) {
	for _, p := range verified {
		org := organizationOf(p)
		c.orgs = append(c.orgs, organization{org: org, text: strings.ToLower(p.Name + " " + p.Description)})
	}
	sort.Slice(c.orgs, func(i, j int) bool {
		a, b := c.orgs[i].org, c.orgs[j].org
		if x, y := strings.ToLower(a.Name), strings.ToLower(b.Name); x != y {
			return x < y
		}
		return a.ID < b.ID
	})
	for i, o := range c.orgs {
		c.orgByID[o.org.ID] = i
	}
	for i, e := range c.entries {
		if n, ok := c.orgByID[e.service.OrganizationID]; ok {
			c.orgs[n].services = append(c.orgs[n].services, i)
		}
	}
}

// Organizations answers GET /openreferral/organizations: the verified
// providers by name, each with the one-to-one fields of
// organization_list.json. search looks in their names and descriptions;
// taxonomy_term_id, postcode and proximity keep those with at least one
// service that passes them, as for /services. The error is always a
// *ParamError.
func (c *Catalogue) Organizations(p Params) (Page[Organization], error) {
	var serving map[int]bool // nil: no service filter was asked for
	if p.TaxonomyTermID != "" || p.Postcode != "" {
		filter := p
		filter.Search = ""
		idx, err := c.match(filter)
		if err != nil {
			return Page[Organization]{}, err
		}
		serving = make(map[int]bool, len(idx))
		for _, i := range idx {
			serving[i] = true
		}
	}
	words := searchWords(p.Search)
	all := []Organization{}
	for _, o := range c.orgs {
		if containsAll(o.text, words) && (serving == nil || o.servesAny(serving)) {
			all = append(all, o.org)
		}
	}
	return paginate(all, p), nil
}

func (o organization) servesAny(entries map[int]bool) bool {
	for _, i := range o.services {
		if entries[i] {
			return true
		}
	}
	return false
}

// Organization answers GET /openreferral/organizations/{id}: the
// organization fully nested, as organization.json has it, with every
// published service in full. Each service leaves out its own copy of the
// organization, which would only repeat the one it is inside. id is the
// UUID, in either case; false means no verified provider has it.
func (c *Catalogue) Organization(id string) (OrganizationWithServices, bool) {
	n, ok := c.orgByID[normalID(id)]
	if !ok {
		return OrganizationWithServices{}, false
	}
	o := c.orgs[n]
	full := OrganizationWithServices{Organization: o.org, Services: make([]Service, 0, len(o.services))}
	for _, i := range o.services {
		s := c.entries[i].service
		s.Organization = nil
		full.Services = append(full.Services, s)
	}
	return full, true
}

// searchWords splits a search into the lower-case words that must all be
// found: letters and digits, everything else separates.
func searchWords(search string) []string {
	return strings.FieldsFunc(strings.ToLower(search), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
