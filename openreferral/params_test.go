package openreferral

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestParseParams(t *testing.T) {
	p, err := ParseParams(url.Values{})
	if err != nil || p != (Params{Page: 1, PerPage: DefaultPerPage}) {
		t.Fatalf("no parameters: %+v, %v", p, err)
	}
	q := url.Values{"search": {"  swim  "}, "page": {"2"}, "per_page": {"100"}, "taxonomy_term_id": {"abc"},
		"postcode": {"ox4 1aa"}, "proximity": {"8046.7"}}
	p, err = ParseParams(q)
	want := Params{Search: "swim", TaxonomyTermID: "abc", Postcode: "OX4", Proximity: 8046.7, Page: 2, PerPage: 100}
	if err != nil || p != want {
		t.Fatalf("got %+v, %v; want %+v", p, err, want)
	}
	if p, _ := ParseParams(url.Values{"postcode": {"SW1A"}}); p.Postcode != "SW1A" {
		t.Errorf("SW1A became %q", p.Postcode)
	}
	for _, tc := range []struct {
		q     url.Values
		param string
	}{
		{url.Values{"page": {"two"}}, "page"},
		{url.Values{"page": {"0"}}, "page"},
		{url.Values{"page": {"-1"}}, "page"},
		{url.Values{"page": {"1.5"}}, "page"},
		{url.Values{"page": {"99999999999999999999"}}, "page"},
		{url.Values{"per_page": {"101"}}, "per_page"},
		{url.Values{"per_page": {"0"}}, "per_page"},
		{url.Values{"per_page": {"lots"}}, "per_page"},
		{url.Values{"postcode": {"OX4"}, "proximity": {"far"}}, "proximity"},
		{url.Values{"postcode": {"OX4"}, "proximity": {"-5"}}, "proximity"},
		{url.Values{"postcode": {"OX4"}, "proximity": {"NaN"}}, "proximity"},
		{url.Values{"postcode": {"OX4"}, "proximity": {"Inf"}}, "proximity"},
		{url.Values{"proximity": {"5000"}}, "proximity"},
		{url.Values{"postcode": {"Oxford"}}, "postcode"},
		{url.Values{"postcode": {"12345"}}, "postcode"},
		{url.Values{"search": {strings.Repeat("a", 10_000)}}, "search"},
	} {
		_, err := ParseParams(tc.q)
		var pe *ParamError
		if !errors.As(err, &pe) || pe.Param != tc.param || !strings.HasPrefix(err.Error(), tc.param+": ") {
			t.Errorf("%v: got %v, want an error about %s", tc.q, err, tc.param)
		}
	}
	_, err = ParseParams(url.Values{"per_page": {"500"}})
	if err == nil || err.Error() != "per_page: must be a whole number from 1 to 100" {
		t.Errorf("per_page message: %v", err)
	}
}

// An unknown district has the right shape, so only the catalogue, which
// has the directory, can refuse it.
func TestUnknownDistrictIsRefusedByTheCatalogue(t *testing.T) {
	p, err := ParseParams(url.Values{"postcode": {"ZZ99 9ZZ"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = catalogue(t).Services(p)
	if err == nil || err.Error() != "postcode: ZZ99 is not a postcode district we know" {
		t.Errorf("got %v", err)
	}
}
