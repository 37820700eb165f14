package openreferral

import (
	"testing"
)

// TestResponsesMatchProfileSchemas checks every kind of answer against
// the profile's own API description and compiled schemas.
func TestResponsesMatchProfileSchemas(t *testing.T) {
	c := profileCompiler(t)
	cat := catalogue(t)
	mustMatch(t, c, rootSchema, cat.Root())

	services, err := cat.Services(Params{})
	if err != nil {
		t.Fatal(err)
	}
	if services.TotalItems == 0 {
		t.Fatal("no services to check")
	}
	mustMatch(t, c, servicesSchema, services)
	mustHavePaging(t, c, services)
	for _, s := range services.Contents {
		mustMatch(t, c, serviceListSchema, s)
		full, ok := cat.Service(s.ID)
		if !ok {
			t.Fatalf("service %s is listed but not found", s.ID)
		}
		mustMatch(t, c, serviceSchema, full)
		for _, contact := range full.Contacts {
			for _, phone := range contact.Phones {
				mustMatch(t, c, phoneSchema, phone)
			}
		}
	}

	sal, err := cat.ServiceAtLocations(Params{})
	if err != nil {
		t.Fatal(err)
	}
	if sal.TotalItems == 0 {
		t.Fatal("no service at locations to check")
	}
	mustMatch(t, c, salSchema, sal)
	mustHavePaging(t, c, sal)

	taxonomies := cat.Taxonomies(Params{})
	mustMatch(t, c, taxonomiesSchema, taxonomies)
	mustHavePaging(t, c, taxonomies)
	terms := cat.TaxonomyTerms(Params{PerPage: MaxPerPage})
	mustMatch(t, c, termsSchema, terms)
	mustHavePaging(t, c, terms)

	empty, err := cat.Services(Params{Search: "nothing matches this"})
	if err != nil {
		t.Fatal(err)
	}
	if !empty.Empty || empty.TotalItems != 0 {
		t.Fatalf("expected an empty page, got %+v", empty)
	}
	mustMatch(t, c, servicesSchema, empty)
	mustHavePaging(t, c, empty)
	emptySAL, _ := cat.ServiceAtLocations(Params{Search: "nothing matches this"})
	mustHavePaging(t, c, emptySAL)
}

// TestSchemaCheckCatchesMistakes makes sure the schema test can fail:
// a service without a status, or with an id that is not a UUID, is
// refused.
func TestSchemaCheckCatchesMistakes(t *testing.T) {
	c := profileCompiler(t)
	sch, err := c.Compile(serviceSchema)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]map[string]any{
		"no status":   {"id": "c0797119-1e34-500f-ab79-cb57e6584967", "name": "x"},
		"hex id":      {"id": lessonsID, "name": "x", "status": "active"},
		"status word": {"id": "c0797119-1e34-500f-ab79-cb57e6584967", "name": "x", "status": "open"},
	} {
		if sch.Validate(bad) == nil {
			t.Errorf("%s: the schema check let it through", name)
		}
	}
}
