package openreferral

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// names lists the names of the services on the page p asks for.
func names(t *testing.T, cat *Catalogue, p Params) []string {
	t.Helper()
	page, err := cat.Services(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range page.Contents {
		out = append(out, s.Name)
	}
	return out
}

func TestOnlyVerifiedProvidersVisibleListingsArePublished(t *testing.T) {
	cat := catalogue(t)
	got := names(t, cat, Params{})
	want := []string{"Adult swimming lessons", "Board games night", "Swimming theory online"}
	if !slices.Equal(got, want) {
		t.Fatalf("published %q, want %q", got, want)
	}
	for _, id := range []string{laneHireID, parkYogaID} {
		if _, ok := cat.Service(ServiceUUID(id)); ok {
			t.Errorf("listing %s is hidden or unverified but can be fetched", id)
		}
	}
	sal, _ := cat.ServiceAtLocations(Params{})
	for _, s := range sal.Contents {
		if s.Service.Name == "Private lane hire" || s.Service.Name == "Yoga in the park" {
			t.Errorf("%s is in service_at_locations", s.Service.Name)
		}
	}
	body, _ := json.Marshal(cat.TaxonomyTerms(Params{PerPage: MaxPerPage}))
	all, _ := cat.Services(Params{})
	body2, _ := json.Marshal(all)
	for _, word := range []string{"Unchecked Yoga", "Private lane hire", "lane"} {
		if strings.Contains(string(body2), word) {
			t.Errorf("the services feed mentions %q", word)
		}
	}
	if !strings.Contains(string(body), `"term":"yoga"`) {
		t.Error("the vocabulary should still list every interest, yoga included")
	}
}

func TestUUIDsAreStableVersion5(t *testing.T) {
	// Worked out independently with Python's uuid.uuid5.
	if got := ServiceUUID(lessonsID); got != "c0797119-1e34-500f-ab79-cb57e6584967" {
		t.Errorf("ServiceUUID = %s", got)
	}
	if got := TaxonomyTermUUID("swimming"); got != "391c9c5e-63a7-58be-8877-1cdce5e80d20" {
		t.Errorf("TaxonomyTermUUID = %s", got)
	}
	one, two := catalogue(t), catalogue(t)
	a, _ := one.Services(Params{})
	b, _ := two.Services(Params{})
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	if string(x) != string(y) {
		t.Error("two catalogues of the same data publish different JSON")
	}
	for _, id := range []string{ServiceUUID(lessonsID), strings.ToUpper(ServiceUUID(lessonsID)), " " + ServiceUUID(lessonsID)} {
		if s, ok := one.Service(id); !ok || s.Name != "Adult swimming lessons" {
			t.Errorf("Service(%q) = %q, %v", id, s.Name, ok)
		}
	}
	if _, ok := one.Service(lessonsID); ok {
		t.Error("our own hex id should not be accepted in place of the UUID")
	}
}

func TestSearchAndTaxonomyTerm(t *testing.T) {
	cat := catalogue(t)
	for _, tc := range []struct {
		p    Params
		want []string
	}{
		{Params{Search: "SWIM"}, []string{"Adult swimming lessons", "Swimming theory online"}},
		{Params{Search: "friend games"}, []string{"Board games night"}},
		{Params{Search: "cowley"}, []string{"Adult swimming lessons", "Swimming theory online"}},
		{Params{Search: "swimming manchester"}, nil},
		{Params{Search: "video, call!"}, []string{"Swimming theory online"}},
		{Params{TaxonomyTermID: TaxonomyTermUUID("board-games")}, []string{"Board games night"}},
		{Params{TaxonomyTermID: strings.ToUpper(TaxonomyTermUUID("swimming")), Search: "pool"}, []string{"Adult swimming lessons"}},
		{Params{TaxonomyTermID: "board-games"}, []string{"Board games night"}},
		{Params{TaxonomyTermID: TaxonomyTermUUID("yoga")}, nil},
		{Params{TaxonomyTermID: "not-a-term"}, nil},
	} {
		if got := names(t, cat, tc.p); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.p, got, tc.want)
		}
	}
}

func TestPostcodeAndProximity(t *testing.T) {
	cat := catalogue(t)
	for _, tc := range []struct {
		p    Params
		want []string
	}{
		// Within 5 km of OX4's centre: the OX4 listing, not the online one.
		{Params{Postcode: "OX4", Proximity: 5000}, []string{"Adult swimming lessons"}},
		{Params{Postcode: "OX4 1AA", Proximity: 5000}, []string{"Adult swimming lessons"}},
		// Oxford to Manchester is about 200 km.
		{Params{Postcode: "OX4", Proximity: 150_000}, []string{"Adult swimming lessons"}},
		{Params{Postcode: "OX4", Proximity: 250_000}, []string{"Adult swimming lessons", "Board games night"}},
		// Without proximity, the postcode must be in the service areas.
		{Params{Postcode: "OX3"}, []string{"Adult swimming lessons", "Swimming theory online"}},
		{Params{Postcode: "M1"}, []string{"Board games night"}},
		{Params{Postcode: "L36"}, nil},
	} {
		if got := names(t, cat, tc.p); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.p, got, tc.want)
		}
	}
	sal, err := cat.ServiceAtLocations(Params{Postcode: "OX4", Proximity: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sal.Contents {
		if s.Location.LocationType != "physical" {
			t.Errorf("%s is %s but has no distance", s.Service.Name, s.Location.LocationType)
		}
	}
	if sal.TotalItems != 2 {
		t.Errorf("got %d places within 1000 km, want 2", sal.TotalItems)
	}
	for _, fn := range []func() error{
		func() error { _, err := cat.Services(Params{Postcode: "ZZ9"}); return err },
		func() error { _, err := cat.ServiceAtLocations(Params{Postcode: "ZZ9 9ZZ", Proximity: 10}); return err },
	} {
		var pe *ParamError
		if err := fn(); !errors.As(err, &pe) || pe.Param != "postcode" || !strings.Contains(pe.Error(), "ZZ9") {
			t.Errorf("unknown district: got %v", err)
		}
	}
}
