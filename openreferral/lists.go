package openreferral

import "strings"

// Root answers GET /openreferral/.
func (c *Catalogue) Root() APIInfo {
	return APIInfo{Version: hsdsVersion, Profile: profileURL, OpenAPIURL: openAPIURL}
}

// Service answers GET /openreferral/services/{id}; id is the UUID, in
// either case. False means no published service has it.
func (c *Catalogue) Service(id string) (Service, bool) {
	i, ok := c.byID[normalID(id)]
	if !ok {
		return Service{}, false
	}
	return c.entries[i].service, true
}

// normalID is an id from a path as we keep UUIDs: trimmed, lower case.
func normalID(id string) string { return strings.ToLower(strings.TrimSpace(id)) }

// Services answers GET /openreferral/services. Each item is the full
// service, not only the one-to-one fields of service_list.json: the
// profile allows more, and it lets a reader (or our own import) take a
// whole feed from this one endpoint. The error is always a *ParamError.
func (c *Catalogue) Services(p Params) (Page[Service], error) {
	idx, err := c.match(p)
	if err != nil {
		return Page[Service]{}, err
	}
	// Paging the indexes first copies only the page's services, not the
	// thousands a common word can match.
	return convertPage(paginate(idx, p), func(i int) Service { return c.entries[i].service }), nil
}

// ServiceAtLocations answers GET /openreferral/service_at_locations: one
// item per place a matching service happens, with the service's summary.
// With a proximity, online places are left out, as they have no distance.
func (c *Catalogue) ServiceAtLocations(p Params) (Page[ServiceAtLocation], error) {
	idx, err := c.match(p)
	if err != nil {
		return Page[ServiceAtLocation]{}, err
	}
	var all []ServiceAtLocation
	for _, i := range idx {
		s := c.entries[i].service
		summary := s.ServiceSummary
		for _, sal := range s.ServiceAtLocations {
			if p.Proximity > 0 && sal.Location.LocationType != "physical" {
				continue
			}
			sal.Service = &summary
			all = append(all, sal)
		}
	}
	return paginate(all, p), nil
}
