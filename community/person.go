package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on what a person writes about themselves.
const (
	MaxNameLength  = 80
	MaxAboutLength = 1000
	MaxTags        = 5
	MaxTagLength   = 30
)

// Person is a member of the site. Only the postcode district is kept as a
// place, never a full postcode or an address.
type Person struct {
	ID    string
	Name  string
	About string
	// District is a postcode district such as "OX4", already normalised.
	District string
	// Interests are slugs from the curated list; Tags are the person's own words.
	Interests   []string
	Tags        []string
	FreeTimes   Availability
	AccessNeeds []string
	// Languages are the languages the person speaks, in their own words;
	// mentors who speak one of them are suggested first.
	Languages    []string
	Visibility   Visibility
	OpenToBuying bool
	Display      Display
	// Identities link the person to the sign-in providers they use.
	Identities []Identity
	// Email comes from a sign-in provider; it is never shown to others.
	Email string
	// Demo marks the generated demo members, the only ones demo sign-in offers.
	Demo bool
	// SessionsFrom ends every sign-in made before it ("sign out
	// everywhere", or a suspension); EndedSessions are the ids of sign-ins
	// ended one by one (signing out), newest last.
	SessionsFrom  time.Time
	EndedSessions []string
	// SuspendedAt, when set, is when a moderator suspended the member: they
	// cannot use the site until a moderator lifts it; SuspendedBy is who.
	SuspendedAt time.Time
	SuspendedBy string
	// Version counts saves of the profile, so that a second submit of the
	// same form (a double click) is noticed and saved once.
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Identity is an account at a sign-in provider.
type Identity struct {
	Provider string
	Subject  string
}

// HasProfile reports whether the person has told us enough to be matched.
func (p Person) HasProfile() bool { return p.District != "" }

// Visible reports whether other members may see the person.
func (p Person) Visible() bool { return p.Visibility == VisibleToMembers }

// Validate checks what the person wrote about themselves. knownDistrict
// answers whether a normalised district exists; the domain knows no map.
func (p Person) Validate(knownDistrict func(string) bool) error {
	var fields []FieldError
	add := func(field, key string) { fields = append(fields, FieldError{Field: field, Key: key}) }

	switch n := utf8.RuneCountInString(strings.TrimSpace(p.Name)); {
	case n == 0:
		add("name", "error.name.missing")
	case n > MaxNameLength:
		add("name", "error.name.too_long")
	default:
		if e := HiddenCharacterProblem("name", p.Name, true); e != nil {
			fields = append(fields, *e)
		}
	}
	if utf8.RuneCountInString(p.About) > MaxAboutLength {
		add("about", "error.about.too_long")
	} else if e := HiddenCharacterProblem("about", p.About, false); e != nil {
		fields = append(fields, *e)
	}
	switch {
	case p.District == "":
		add("district", "error.district.missing")
	case !knownDistrict(p.District):
		add("district", "error.district.unknown")
	}
	if !allKnown(p.Interests, InterestSlugs()) {
		add("interests", "error.interests.unknown")
	}
	if key := checkTags(p.Tags); key != "" {
		add("tags", key)
	}
	if !p.FreeTimes.Valid() {
		add("free_times", "error.free_times.unknown")
	}
	needs := make(map[string]bool)
	for _, n := range AccessNeeds() {
		needs[n] = true
	}
	if !allKnown(p.AccessNeeds, needs) {
		add("access_needs", "error.access_needs.unknown")
	}
	if !languagesOK(p.Languages) {
		add("languages", "error.languages")
	} else if e := hiddenInList("languages", p.Languages); e != nil {
		fields = append(fields, *e)
	}
	if p.Visibility != VisibleToMembers && p.Visibility != VisibleToNobody {
		add("visibility", "error.visibility.unknown")
	}
	if len(fields) > 0 {
		return Invalid(fields...)
	}
	return nil
}

func allKnown(values []string, known map[string]bool) bool {
	for _, v := range values {
		if !known[v] {
			return false
		}
	}
	return true
}

// checkTags returns the message key for what is wrong with the tags, or "".
func checkTags(tags []string) string {
	if len(tags) > MaxTags {
		return "error.tags.too_many"
	}
	for _, t := range tags {
		if utf8.RuneCountInString(t) > MaxTagLength {
			return "error.tags.too_long"
		}
		if _, hidden := hiddenCharacter(t, true); hidden {
			return "error.tags.hidden_character"
		}
	}
	return ""
}

// ParseTags splits what someone typed into tags: commas separate them,
// spaces are tidied, case is folded, empties and repeats are dropped.
func ParseTags(typed string) []string {
	var tags []string
	seen := make(map[string]bool)
	for _, part := range strings.Split(typed, ",") {
		t := strings.ToLower(strings.Join(strings.Fields(part), " "))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		tags = append(tags, t)
	}
	return tags
}

// SharedInterests returns the curated interests both people like, in the
// order of the curated list.
func SharedInterests(a, b Person) []string {
	theirs := make(map[string]bool, len(b.Interests))
	for _, s := range b.Interests {
		theirs[s] = true
	}
	var shared []string
	for _, in := range Interests() {
		if theirs[in.Slug] && contains(a.Interests, in.Slug) {
			shared = append(shared, in.Slug)
		}
	}
	return shared
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// MaxEndedSessions bounds the sign-ins kept as ended one by one: a session
// lasts 30 days, and anyone who signs out more than this often in that time
// has the oldest forgotten, which can only sign them out sooner.
const MaxEndedSessions = 50

// SessionEnded reports whether the sign-in with this id, made at issued,
// has been ended on the server: signed out, or signed out everywhere since.
func (p Person) SessionEnded(id string, issued time.Time) bool {
	return issued.Before(p.SessionsFrom) || id != "" && slices.Contains(p.EndedSessions, id)
}

// Suspended reports whether a moderator has suspended the member.
func (p Person) Suspended() bool { return !p.SuspendedAt.IsZero() }

// ParseLanguages reads languages typed as a list ("English, Polish"):
// trimmed, empty ones dropped, each once whatever its case.
func ParseLanguages(typed string) []string {
	var out []string
	for _, l := range strings.Split(typed, ",") {
		l = strings.Join(strings.Fields(l), " ")
		if l != "" && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, l) }) {
			out = append(out, l)
		}
	}
	return out
}

// languagesOK says whether a list of languages is within the limits.
func languagesOK(languages []string) bool {
	if len(languages) > MaxMentorLanguages {
		return false
	}
	for _, l := range languages {
		if utf8.RuneCountInString(l) > MaxMentorLanguageName {
			return false
		}
	}
	return true
}
