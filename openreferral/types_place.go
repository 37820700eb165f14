package openreferral

// ServiceArea is where a service is available. The UK profile has both
// name and service_area for the free text; we fill both with the district.
type ServiceArea struct {
	ID          string `json:"id"`
	ServiceID   string `json:"service_id,omitempty"`
	Name        string `json:"name,omitempty"`
	ServiceArea string `json:"service_area,omitempty"`
}

// ServiceAtLocation links a service to a location. In a service it has no
// service; in the /service_at_locations list it carries the summary.
type ServiceAtLocation struct {
	ID         string          `json:"id"`
	ServiceID  string          `json:"service_id,omitempty"`
	LocationID string          `json:"location_id,omitempty"`
	Location   *Location       `json:"location,omitempty"`
	Service    *ServiceSummary `json:"service,omitempty"`
}

// Location is where a service happens: for us, the centre of a postcode
// district (external_identifier is the district), or "virtual" for online.
type Location struct {
	ID                     string          `json:"id"`
	LocationType           string          `json:"location_type"`
	Name                   string          `json:"name,omitempty"`
	Description            string          `json:"description,omitempty"`
	Latitude               *float64        `json:"latitude,omitempty"`
	Longitude              *float64        `json:"longitude,omitempty"`
	ExternalIdentifier     string          `json:"external_identifier,omitempty"`
	ExternalIdentifierType string          `json:"external_identifier_type,omitempty"`
	Addresses              []Address       `json:"addresses,omitempty"`
	Accessibility          []Accessibility `json:"accessibility,omitempty"`
}

// Address is read from feeds only, for its postcode: we never publish an
// address, so it carries nothing else.
type Address struct {
	PostalCode string `json:"postal_code,omitempty"`
}

// Accessibility is one access feature of a location; accessibility holds
// our feature key (such as "step-free") and description its words.
type Accessibility struct {
	ID            string `json:"id"`
	LocationID    string `json:"location_id,omitempty"`
	Description   string `json:"description,omitempty"`
	Accessibility string `json:"accessibility,omitempty"`
}
