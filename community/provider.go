package community

import (
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on what a provider writes.
const (
	MaxProviderName    = 120
	MaxDescription     = 2000
	MaxEasyText        = 1000
	MaxDistrictsServed = 40
)

// Provider is an organisation that offers services: a swimming coach, a
// minibus company, a support agency, a community centre. A member manages
// it; a moderator checks it is real before it shows as verified.
type Provider struct {
	ID      string
	OwnerID string
	Name    string
	// Description is in plain English; EasyDescription in Easy Read.
	Description     string
	EasyDescription string
	Website         string
	Phone           string
	Email           string
	// Districts are the postcode districts served; Online that it works online.
	Districts []string
	Online    bool
	Interests []string
	// VerifiedAt is when a moderator checked it; zero means not checked yet.
	VerifiedAt time.Time
	VerifiedBy string
	Version    int64
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Verified reports whether a moderator has checked the provider.
func (p Provider) Verified() bool { return !p.VerifiedAt.IsZero() }

// Validate checks what the provider wrote. knownDistrict answers whether a
// normalised district exists.
func (p Provider) Validate(knownDistrict func(string) bool) error {
	var f fieldErrors
	f.length("name", p.Name, 1, MaxProviderName, "error.provider.name")
	f.length("description", p.Description, 1, MaxDescription, "error.provider.description")
	f.length("easy_description", p.EasyDescription, 1, MaxEasyText, "error.provider.easy_description")
	// A web address or email may pass its own checks and still carry a
	// right-to-left override that makes the link read as another one.
	if p.Website != "" && !isWebAddress(p.Website) {
		f.add("website", "error.provider.website")
	} else {
		f.hidden("website", p.Website, true)
	}
	if p.Phone != "" && !isPhone(p.Phone) {
		f.add("phone", "error.provider.phone")
	}
	if p.Email != "" {
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email || !strings.Contains(p.Email, ".") {
			f.add("email", "error.provider.email")
		} else {
			f.hidden("email", p.Email, true)
		}
	}
	switch {
	case len(p.Districts) == 0 && !p.Online:
		f.add("districts", "error.provider.districts_missing")
	case len(p.Districts) > MaxDistrictsServed:
		f.add("districts", "error.provider.districts_too_many")
	default:
		for _, d := range p.Districts {
			if !knownDistrict(d) {
				f.add("districts", "error.provider.districts_unknown")
				break
			}
		}
	}
	f.interests(p.Interests)
	return f.err()
}

func isWebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.Contains(u.Host, ".")
}

// isPhone accepts UK-style numbers: digits, spaces, brackets, a leading +.
func isPhone(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '(' || r == ')' || r == '-':
		case r == '+' && i == 0:
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15
}

// fieldErrors collects the problems of one form.
type fieldErrors []FieldError

func (f *fieldErrors) add(field, key string) { *f = append(*f, FieldError{Field: field, Key: key}) }

// length checks a required text is between min and max characters; key
// gets ".missing" or ".too_long".
// A text with a character that hides or reorders text is refused too
// (text.go), whatever its length.
func (f *fieldErrors) length(field, value string, min, max int, key string) {
	switch n := utf8.RuneCountInString(strings.TrimSpace(value)); {
	case n < min:
		f.add(field, key+".missing")
	case n > max:
		f.add(field, key+".too_long")
	default:
		f.hidden(field, value, oneLineField(field))
	}
}

// interests checks that at least one interest is chosen, all from the list.
func (f *fieldErrors) interests(slugs []string) {
	switch {
	case len(slugs) == 0:
		f.add("interests", "error.interests.missing")
	case !allKnown(slugs, InterestSlugs()):
		f.add("interests", "error.interests.unknown")
	}
}

func (f fieldErrors) err() error {
	if len(f) == 0 {
		return nil
	}
	return Invalid(f...)
}
