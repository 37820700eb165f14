package openreferral

import (
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// providerOf starts a provider from the first service naming it.
func providerOf(org Organization, s Service, ownerID string) community.Provider {
	description := clip(firstNonEmpty(org.Description, org.Name), community.MaxDescription)
	return community.Provider{
		ID: ImportedID(org.ID), OwnerID: ownerID, Name: clip(org.Name, community.MaxProviderName),
		Description: description, EasyDescription: easySummary(description),
		Website: strings.TrimSpace(org.Website), Email: strings.TrimSpace(firstNonEmpty(org.Email, s.Email)),
		Phone: phoneOf(s),
	}
}

// serves adds a listing's interests and places to its provider, with the
// districts of the service's areas, which are the districts it serves.
func (im importer) serves(p *community.Provider, s Service, l community.Listing) {
	for _, in := range l.Interests {
		if !slices.Contains(p.Interests, in) {
			p.Interests = append(p.Interests, in)
		}
	}
	districts := []string{l.District}
	for _, a := range s.ServiceAreas {
		districts = append(districts, im.district(a.ServiceArea), im.district(a.Name))
	}
	for _, d := range districts {
		if d != "" && !slices.Contains(p.Districts, d) && len(p.Districts) < community.MaxDistrictsServed {
			p.Districts = append(p.Districts, d)
		}
	}
	p.Online = p.Online || l.Online
}

// finishProvider drops optional contact details our checks refuse (a
// website that is not http(s), say) rather than the whole provider.
func (im importer) finishProvider(p community.Provider) (community.Provider, string) {
	slices.Sort(p.Districts)
	err := p.Validate(im.dir.Known)
	for _, fe := range community.FieldErrors(err) {
		switch fe.Field {
		case "website":
			p.Website = ""
		case "phone":
			p.Phone = ""
		case "email":
			p.Email = ""
		}
	}
	if err != nil {
		err = p.Validate(im.dir.Known)
	}
	return p, im.explain(err)
}

// explain puts validation errors in the site's own plain words.
func (im importer) explain(err error) string {
	if err == nil {
		return ""
	}
	var parts []string
	for _, fe := range community.FieldErrors(err) {
		text := fe.Key
		if im.words != nil && im.words.Has(fe.Key) {
			text = im.words.For(false).T(fe.Key)
		}
		parts = append(parts, fe.Field+": "+text)
	}
	if len(parts) == 0 {
		return err.Error()
	}
	return strings.Join(parts, "; ")
}

// phoneOf is the first phone number among the service's contacts.
func phoneOf(s Service) string {
	for _, c := range s.Contacts {
		for _, ph := range c.Phones {
			if n := strings.TrimSpace(ph.Number); n != "" {
				return n
			}
		}
	}
	return ""
}
