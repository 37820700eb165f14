package openreferral

import (
	"slices"
	"strings"
	"testing"
)

func orgNames(t *testing.T, cat *Catalogue, p Params) []string {
	t.Helper()
	page, err := cat.Organizations(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range page.Contents {
		out = append(out, o.Name)
	}
	return out
}

func TestOrganizationsAreTheVerifiedProviders(t *testing.T) {
	cat := catalogue(t)
	if got, want := orgNames(t, cat, Params{}), []string{"Cowley Swim School", "Manchester Games Club"}; !slices.Equal(got, want) {
		t.Fatalf("organizations %q, want %q", got, want)
	}
	if _, ok := cat.Organization(OrganizationUUID(yogaID)); ok {
		t.Error("the unverified provider can be fetched as an organization")
	}
	for p, want := range map[Params][]string{
		{Search: "EAST oxford"}:            {"Cowley Swim School"},
		{Search: "board games"}:            {"Manchester Games Club"},
		{Search: "nothing like this"}:      nil,
		{TaxonomyTermID: "board-games"}:    {"Manchester Games Club"},
		{TaxonomyTermID: "yoga"}:           nil,
		{Postcode: "M1", Proximity: 2000}:  {"Manchester Games Club"},
		{Postcode: "OX4", Proximity: 2000}: {"Cowley Swim School"},
	} {
		if got := orgNames(t, cat, p); !slices.Equal(got, want) {
			t.Errorf("%+v: %q, want %q", p, got, want)
		}
	}
	if _, err := cat.Organizations(Params{Postcode: "ZZ99"}); err == nil {
		t.Error("an unknown district was not refused")
	}
}

func TestOrganizationNestsItsPublishedServices(t *testing.T) {
	cat := catalogue(t)
	full, ok := cat.Organization(strings.ToUpper(OrganizationUUID(swimID)))
	if !ok {
		t.Fatal("the swim school is not found by its UUID in capitals")
	}
	var got []string
	for _, s := range full.Services {
		got = append(got, s.Name)
		if s.Organization != nil {
			t.Errorf("%s repeats its organization inside it", s.Name)
		}
		if s.OrganizationID != full.ID {
			t.Errorf("%s has organization_id %s, want %s", s.Name, s.OrganizationID, full.ID)
		}
	}
	// The hidden lane hire is not published.
	if want := []string{"Adult swimming lessons", "Swimming theory online"}; !slices.Equal(got, want) {
		t.Errorf("services %q, want %q", got, want)
	}
	if svc, _ := cat.Service(ServiceUUID(lessonsID)); svc.Organization == nil {
		t.Error("nesting the services in the organization took the organization out of /services")
	}
}

func TestOneItemByID(t *testing.T) {
	cat := catalogue(t)
	sal, _ := cat.ServiceAtLocations(Params{Search: "adult swimming"})
	if len(sal.Contents) != 1 {
		t.Fatalf("service at locations for the lessons: %d", len(sal.Contents))
	}
	one, ok := cat.ServiceAtLocation(" " + strings.ToUpper(sal.Contents[0].ID) + " ")
	if !ok || one.Service == nil || one.Service.Name != "Adult swimming lessons" || len(one.Service.CostOptions) != 3 ||
		one.Location == nil || one.Location.ExternalIdentifier != "OX4" {
		t.Errorf("service at location %+v (found %v)", one, ok)
	}
	tx := cat.Taxonomies(Params{}).Contents[0]
	if got, ok := cat.Taxonomy(tx.ID); !ok || got != tx {
		t.Errorf("taxonomy by id: %+v %v", got, ok)
	}
	if got, ok := cat.TaxonomyTerm(TaxonomyTermUUID("swimming")); !ok || got.Term != "swimming" {
		t.Errorf("term by id: %+v %v", got, ok)
	}
	unknown := "00000000-0000-4000-8000-000000000000"
	if _, ok := cat.ServiceAtLocation(unknown); ok {
		t.Error("an unknown service at location was found")
	}
	if _, ok := cat.Taxonomy(unknown); ok {
		t.Error("an unknown taxonomy was found")
	}
	if _, ok := cat.TaxonomyTerm("swimming"); ok {
		t.Error("a term was found by its slug: the path takes its UUID")
	}
	if _, ok := cat.Organization(unknown); ok {
		t.Error("an unknown organization was found")
	}
}
