package openreferral

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// Wording shared by export and import: import reads the group size back
// out of the option text, so the two must agree.
const (
	statusActive      = "active"
	amountDescription = "Pounds sterling (GBP), per person"
	districtIDType    = "postcode district"
)

// serviceOf publishes one listing of a verified provider. Every nested id
// is derived from the service's UUID, so it is as stable as the service.
func (c *Catalogue) serviceOf(p community.Provider, l community.Listing) Service {
	id := ServiceUUID(l.ID)
	org := organizationOf(p)
	s := Service{ServiceSummary: ServiceSummary{
		ID: id, OrganizationID: org.ID, Name: l.Title, Description: l.Description,
		Email: p.Email, Status: statusActive, Organization: &org,
		// Verification is the moment a person last checked the provider.
		AssuredDate:  p.VerifiedAt.UTC().Format(time.DateOnly),
		LastModified: lastModified(p.UpdatedAt, l.UpdatedAt),
	}}
	if c.base != "" {
		s.URL = c.base + "/listings/" + url.PathEscape(l.ID)
	}
	s.Schedules = schedules(id, l.Times)
	s.ServiceAreas = serviceAreas(id, l.District, p.Districts)
	s.ServiceAtLocations = c.locations(id, l)
	s.CostOptions = costOptions(id, l)
	s.Contacts = contacts(id, p)
	s.Attributes = []Attribute{}
	for _, slug := range l.Interests {
		term := c.term(slug)
		s.Attributes = append(s.Attributes, Attribute{ID: nameUUID(id + "/attribute/" + slug),
			LinkID: id, TaxonomyTermID: term.ID, TaxonomyTerm: &term})
	}
	return s
}

// lastModified is the later of the provider's and the listing's changes,
// with the millisecond accuracy the profile asks for; empty if unknown.
func lastModified(a, b time.Time) string {
	if b.After(a) {
		a = b
	}
	if a.IsZero() {
		return ""
	}
	return a.UTC().Format("2006-01-02T15:04:05.000Z07:00")
}

// slotHours gives the clock times we publish for a part of the day. Our
// listings only say "mornings" or "evenings", so these are the usual
// hours of each part, and the schedule's description says they are rough.
// There is no UTC offset: UK time moves between GMT and BST.
func slotHours(slot string) (opens, closes string) {
	switch slot {
	case "morning":
		return "09:00", "12:00"
	case "afternoon":
		return "13:00", "17:00"
	}
	return "18:00", "21:00"
}

// schedules gives one weekly schedule per part of the day, naming the
// days it runs in iCal form ("MO,WE").
func schedules(serviceID string, times community.Availability) []Schedule {
	out := []Schedule{}
	for _, slot := range community.Slots() {
		var days []string
		for _, day := range community.Days() {
			if times.Has(community.TimeKey(day, slot)) {
				days = append(days, strings.ToUpper(day[:2]))
			}
		}
		if len(days) == 0 {
			continue
		}
		opens, closes := slotHours(slot)
		out = append(out, Schedule{
			ID: nameUUID(serviceID + "/schedule/" + slot), ServiceID: serviceID,
			Freq: "WEEKLY", ByDay: strings.Join(days, ","), OpensAt: opens, ClosesAt: closes,
			Description: fmt.Sprintf("Every week in the %s, roughly %s to %s UK time. Ask the provider for exact times.",
				slot, opens, closes),
		})
	}
	return out
}

// serviceAreas are the listing's district and the districts its provider
// serves, in order, each once.
func serviceAreas(serviceID, district string, served []string) []ServiceArea {
	all := slices.Clone(served)
	if district != "" {
		all = append(all, district)
	}
	slices.Sort(all)
	out := []ServiceArea{}
	for _, d := range slices.Compact(all) {
		out = append(out, ServiceArea{ID: nameUUID(serviceID + "/area/" + d), ServiceID: serviceID,
			Name: d, ServiceArea: d})
	}
	return out
}

// tierOption says who a tier's price is for; import reads "N or more".
func tierOption(minPeople int) string {
	if minPeople == 1 {
		return "Each person, for 1 or more people"
	}
	return fmt.Sprintf("Each person, when %d or more people come together", minPeople)
}

// costOptions gives one cost option per price tier.
func costOptions(serviceID string, l community.Listing) []CostOption {
	out := []CostOption{}
	described := amountDescription + ", " + unitWords(l.Unit, l.Course)
	for _, t := range l.Tiers {
		amount := Amount(t.Each)
		out = append(out, CostOption{ID: nameUUID(fmt.Sprintf("%s/cost/%d", serviceID, t.MinPeople)),
			ServiceID: serviceID, Option: tierOption(t.MinPeople), Amount: &amount,
			AmountDescription: described})
	}
	return out
}

// contacts gives the provider's phone, when it has one, as a contact.
func contacts(serviceID string, p community.Provider) []Contact {
	if p.Phone == "" {
		return []Contact{}
	}
	id := nameUUID(serviceID + "/contact")
	return []Contact{{ID: id, ServiceID: serviceID, Name: p.Name,
		Phones: []Phone{{ID: nameUUID(id + "/phone"), ContactID: id, Number: p.Phone}}}}
}
