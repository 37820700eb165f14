package openreferral

import (
	"fmt"

	"github.com/clubtogether/clubtogether/community"
)

// locations gives where a listing happens: the centre of its district
// (never finer, since we keep nothing finer) and "virtual" when online.
// Its access features go on each location, as HSDS keeps them there.
func (c *Catalogue) locations(serviceID string, l community.Listing) []ServiceAtLocation {
	out := []ServiceAtLocation{}
	add := func(kind string, loc Location) {
		loc.ID = nameUUID(serviceID + "/location/" + kind)
		loc.Accessibility = c.accessibility(loc.ID, l.Features)
		out = append(out, ServiceAtLocation{ID: nameUUID(serviceID + "/service_at_location/" + kind),
			ServiceID: serviceID, LocationID: loc.ID, Location: &loc})
	}
	if l.District != "" {
		loc := Location{LocationType: "physical", Name: l.District + " postcode district",
			Description: fmt.Sprintf("Somewhere in the %s postcode district; the point is the middle of the district. "+
				"ClubTogether keeps no exact address, so ask the provider where to go.", l.District),
			ExternalIdentifier: l.District, ExternalIdentifierType: districtIDType}
		if pt, ok := c.lookup(l.District); ok {
			loc.Latitude, loc.Longitude = &pt.Lat, &pt.Lon
		}
		add("physical", loc)
	}
	if l.Online {
		add("online", Location{LocationType: "virtual", Name: "Online"})
	}
	return out
}

// accessibility gives one entry per access feature, in words.
func (c *Catalogue) accessibility(locationID string, features []string) []Accessibility {
	var out []Accessibility
	for _, f := range features {
		out = append(out, Accessibility{ID: nameUUID(locationID + "/accessibility/" + f), LocationID: locationID,
			Description: c.text("access."+f, readable(f)), Accessibility: f})
	}
	return out
}
