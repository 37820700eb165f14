package openreferral

// ServiceAtLocationDetail is one service at one location fully nested, as
// in service_at_location.json, for GET /service_at_locations/{id}.
//
// The profile's API description says this endpoint answers with
// compiled/service.json, but describes it as "fully nested
// service_at_location", as HSDS 3.0 defines it; a service at location has
// no name or status, which service.json requires, so we follow HSDS and
// the profile's own compiled service_at_location.json.
type ServiceAtLocationDetail struct {
	ID         string          `json:"id"`
	ServiceID  string          `json:"service_id,omitempty"`
	LocationID string          `json:"location_id,omitempty"`
	Location   *Location       `json:"location,omitempty"`
	Service    *LocatedService `json:"service,omitempty"`
}

// LocatedService is the service inside a service at location: all of it
// but its own list of places, which would nest this one again (the
// schema leaves service_at_locations out there too).
type LocatedService struct {
	ServiceSummary
	Schedules    []Schedule    `json:"schedules"`
	ServiceAreas []ServiceArea `json:"service_areas"`
	CostOptions  []CostOption  `json:"cost_options"`
	Contacts     []Contact     `json:"contacts"`
	Attributes   []Attribute   `json:"attributes"`
}

// ServiceAtLocation answers GET /openreferral/service_at_locations/{id};
// id is the UUID, in either case. False means no published service
// happens there.
func (c *Catalogue) ServiceAtLocation(id string) (ServiceAtLocationDetail, bool) {
	at, ok := c.sals[normalID(id)]
	if !ok {
		return ServiceAtLocationDetail{}, false
	}
	s := c.entries[at.entry].service
	sal := s.ServiceAtLocations[at.n]
	return ServiceAtLocationDetail{
		ID: sal.ID, ServiceID: sal.ServiceID, LocationID: sal.LocationID, Location: sal.Location,
		Service: &LocatedService{ServiceSummary: s.ServiceSummary, Schedules: s.Schedules, ServiceAreas: s.ServiceAreas,
			CostOptions: s.CostOptions, Contacts: s.Contacts, Attributes: s.Attributes},
	}, true
}
