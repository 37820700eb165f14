package openreferral

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/places"
)

// Paging and search limits. The profile sets no default page size; 50 is
// a common choice among Open Referral UK feeds, and 100 keeps one answer
// small enough to build on every request.
const (
	DefaultPerPage = 50
	MaxPerPage     = 100
	MaxSearch      = 200
)

// Params are the query parameters of the list endpoints, already checked.
// Postcode is a normalised postcode district ("OX4"); Proximity is metres
// and zero when not given; TaxonomyTermID is a term's UUID (an interest's
// slug, such as "swimming", works too). The zero Params means page 1 of
// DefaultPerPage.
type Params struct {
	Search, TaxonomyTermID, Postcode string
	Proximity                        float64
	Page, PerPage                    int
}

// ParamError is a query parameter the caller got wrong: the web layer
// answers it with 400 Bad Request and the message, which names the
// parameter in plain words.
type ParamError struct {
	Param   string
	Problem string
}

func (e *ParamError) Error() string { return e.Param + ": " + e.Problem }

// ParseParams reads the query string of a list endpoint. Whether the
// postcode district exists is checked by the Catalogue, which has the
// directory of districts; here it only has to look like one. A full
// postcode is cut to its district at once, so nothing finer is kept.
func ParseParams(q url.Values) (Params, error) {
	p := Params{Page: 1, PerPage: DefaultPerPage}
	p.Search = strings.TrimSpace(q.Get("search"))
	if utf8.RuneCountInString(p.Search) > MaxSearch {
		return Params{}, &ParamError{"search", fmt.Sprintf("must be at most %d characters", MaxSearch)}
	}
	p.TaxonomyTermID = strings.TrimSpace(q.Get("taxonomy_term_id"))
	var err error
	if p.Page, err = whole(q, "page", math.MaxInt, 1, "must be a whole number, 1 or more"); err != nil {
		return Params{}, err
	}
	perPage := fmt.Sprintf("must be a whole number from 1 to %d", MaxPerPage)
	if p.PerPage, err = whole(q, "per_page", MaxPerPage, DefaultPerPage, perPage); err != nil {
		return Params{}, err
	}
	if s := strings.TrimSpace(q.Get("proximity")); s != "" {
		m, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(m) || math.IsInf(m, 0) || m <= 0 {
			return Params{}, &ParamError{"proximity", "must be a distance in metres, a number above 0, such as 8000"}
		}
		p.Proximity = m
	}
	if typed := strings.TrimSpace(q.Get("postcode")); typed != "" {
		p.Postcode = places.Normalise(typed)
		if !looksLikeDistrict(p.Postcode) {
			return Params{}, &ParamError{"postcode", "must be a UK postcode or postcode district, such as OX4 or OX4 1AA"}
		}
	}
	if p.Proximity > 0 && p.Postcode == "" {
		return Params{}, &ParamError{"proximity", "needs a postcode to measure the distance from"}
	}
	return p, nil
}

// whole reads an optional whole-number parameter from 1 to max.
func whole(q url.Values, name string, max, fallback int, problem string) (int, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return fallback, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, &ParamError{name, problem}
	}
	return n, nil
}

// looksLikeDistrict checks the shape of an outward code: one or two
// letters, a digit, then at most one more letter or digit ("E1", "OX4",
// "SW1A", "M60").
func looksLikeDistrict(s string) bool {
	letters := 0
	for letters < len(s) && isUpper(s[letters]) {
		letters++
	}
	rest := s[letters:]
	if letters < 1 || letters > 2 || len(rest) < 1 || len(rest) > 2 || !isDigit(rest[0]) {
		return false
	}
	return len(rest) == 1 || isDigit(rest[1]) || isUpper(rest[1])
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// normalised fills in the defaults, so that a Params built by hand (or
// the zero Params) pages sensibly.
func (p Params) normalised() Params {
	if p.Page < 1 {
		p.Page = 1
	}
	if p.PerPage < 1 {
		p.PerPage = DefaultPerPage
	}
	p.PerPage = min(p.PerPage, MaxPerPage)
	return p
}
