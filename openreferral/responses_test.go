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

// TestOneItemResponsesMatchProfileSchemas checks the endpoints that
// answer one thing by its id, and the organizations list, against the
// profile's compiled schemas.
func TestOneItemResponsesMatchProfileSchemas(t *testing.T) {
	c := profileCompiler(t)
	cat := catalogue(t)

	orgs, err := cat.Organizations(Params{})
	if err != nil {
		t.Fatal(err)
	}
	if orgs.TotalItems == 0 {
		t.Fatal("no organizations to check")
	}
	mustHavePaging(t, c, orgs)
	for _, o := range orgs.Contents {
		mustMatch(t, c, orgListSchema, o)
		full, ok := cat.Organization(o.ID)
		if !ok {
			t.Fatalf("organization %s is listed but not found", o.ID)
		}
		mustMatch(t, c, orgSchema, full)
	}

	sal, _ := cat.ServiceAtLocations(Params{})
	for _, item := range sal.Contents {
		one, ok := cat.ServiceAtLocation(item.ID)
		if !ok {
			t.Fatalf("service at location %s is listed but not found", item.ID)
		}
		mustMatch(t, c, salSchemaOne, one)
	}

	for _, tx := range cat.Taxonomies(Params{}).Contents {
		one, ok := cat.Taxonomy(tx.ID)
		if !ok {
			t.Fatalf("taxonomy %s is listed but not found", tx.ID)
		}
		mustMatch(t, c, taxonomySchema, one)
	}
	terms := cat.TaxonomyTerms(Params{PerPage: MaxPerPage})
	for _, term := range terms.Contents {
		one, ok := cat.TaxonomyTerm(term.ID)
		if !ok {
			t.Fatalf("taxonomy term %s is listed but not found", term.ID)
		}
		mustMatch(t, c, termSchema, one)
	}
}

// TestOneItemSchemasCatchMistakes makes sure those checks can fail.
func TestOneItemSchemasCatchMistakes(t *testing.T) {
	c := profileCompiler(t)
	for loc, bad := range map[string]map[string]any{
		orgSchema:     {"id": "c0797119-1e34-500f-ab79-cb57e6584967", "name": "x"},
		orgListSchema: {"id": lessonsID, "name": "x", "description": "y"},
		salSchemaOne:  {"id": "c0797119-1e34-500f-ab79-cb57e6584967", "location": map[string]any{"id": "c0797119-1e34-500f-ab79-cb57e6584967"}},
		termSchema:    {"id": "c0797119-1e34-500f-ab79-cb57e6584967"},
	} {
		sch, err := c.Compile(loc)
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(bad) == nil {
			t.Errorf("%s let %v through", loc, bad)
		}
	}
}
