package openreferral

// The types below carry the profile's field names exactly (see
// testdata/service.json and friends). The same types read feeds, so every
// optional field has omitempty and pointers mark what may be missing.

// APIInfo answers GET /openreferral/: which version and profile we follow.
type APIInfo struct {
	Version    string `json:"version"`
	Profile    string `json:"profile"`
	OpenAPIURL string `json:"openapi_url"`
}

// Organization is a provider.
type Organization struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Email       string `json:"email,omitempty"`
	Website     string `json:"website,omitempty"`
}

// OrganizationWithServices is an organization fully nested, as in
// organization.json, for GET /organizations/{id}. Services is always
// present, perhaps empty.
type OrganizationWithServices struct {
	Organization
	Services []Service `json:"services"`
}

// ServiceSummary holds a service's one-to-one fields, as in
// service_list.json and the service inside service_at_location_list.json.
type ServiceSummary struct {
	ID             string        `json:"id"`
	OrganizationID string        `json:"organization_id,omitempty"`
	Name           string        `json:"name"`
	Description    string        `json:"description,omitempty"`
	URL            string        `json:"url,omitempty"`
	Email          string        `json:"email,omitempty"`
	Status         string        `json:"status"`
	AssuredDate    string        `json:"assured_date,omitempty"`
	LastModified   string        `json:"last_modified,omitempty"`
	Organization   *Organization `json:"organization,omitempty"`
}

// Service is a listing, fully nested as in service.json. The arrays are
// always present (perhaps empty) so that readers need not test for null.
type Service struct {
	ServiceSummary
	Schedules          []Schedule          `json:"schedules"`
	ServiceAreas       []ServiceArea       `json:"service_areas"`
	ServiceAtLocations []ServiceAtLocation `json:"service_at_locations"`
	CostOptions        []CostOption        `json:"cost_options"`
	Contacts           []Contact           `json:"contacts"`
	Attributes         []Attribute         `json:"attributes"`
}

// Schedule is when a service runs, in iCal terms (freq, byday).
type Schedule struct {
	ID          string `json:"id"`
	ServiceID   string `json:"service_id,omitempty"`
	Freq        string `json:"freq,omitempty"`
	ByDay       string `json:"byday,omitempty"`
	OpensAt     string `json:"opens_at,omitempty"`
	ClosesAt    string `json:"closes_at,omitempty"`
	Description string `json:"description,omitempty"`
}

// CostOption is one price: for us, one price tier.
type CostOption struct {
	ID                string  `json:"id"`
	ServiceID         string  `json:"service_id,omitempty"`
	Option            string  `json:"option,omitempty"`
	Amount            *Amount `json:"amount,omitempty"`
	AmountDescription string  `json:"amount_description,omitempty"`
}

// Contact is a way to reach the provider. The UK profile's contact has no
// phone field of its own; phones follow HSDS 3 (contact.phones, using the
// profile's phone definition), which the schemas allow.
type Contact struct {
	ID        string  `json:"id"`
	ServiceID string  `json:"service_id,omitempty"`
	Name      string  `json:"name,omitempty"`
	Phones    []Phone `json:"phones,omitempty"`
}

// Phone is a telephone number of a contact.
type Phone struct {
	ID        string `json:"id"`
	ContactID string `json:"contact_id,omitempty"`
	Number    string `json:"number"`
}

// Attribute links a service to a taxonomy term: for us, an interest.
type Attribute struct {
	ID             string        `json:"id"`
	LinkID         string        `json:"link_id,omitempty"`
	TaxonomyTermID string        `json:"taxonomy_term_id,omitempty"`
	TaxonomyTerm   *TaxonomyTerm `json:"taxonomy_term,omitempty"`
}

// TaxonomyTerm is one interest.
type TaxonomyTerm struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Taxonomy    string `json:"taxonomy,omitempty"`
	TaxonomyID  string `json:"taxonomy_id,omitempty"`
	TermURI     string `json:"term_uri,omitempty"`
	Term        string `json:"term,omitempty"`
}

// Taxonomy is a list of terms: for us, only "ClubTogether interests".
type Taxonomy struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	URI         string `json:"uri,omitempty"`
}
