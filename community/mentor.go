package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on what a mentor writes about themselves.
const (
	MaxMentorWhy          = 1000
	MaxOrganisationName   = 120
	MaxMentorLanguages    = 6
	MaxMentorLanguageName = 40
	MaxMentorChecks       = 500
)

// MentorKind says whether a mentor is a volunteer or works for an
// organisation that supports people.
type MentorKind string

const (
	MentorVolunteer MentorKind = "volunteer"
	MentorStaff     MentorKind = "staff"
)

// OrganisationKinds are the kinds of organisation whose staff mentor:
// words for each live in the catalogue under "mentor.org.<kind>".
func OrganisationKinds() []string {
	return []string{"housing_association", "council", "user_led"}
}

// MentorHelps are the things a mentor can help with; words for each live in
// the catalogue under "mentor.help.<key>".
func MentorHelps() []string {
	return []string{"find_group", "sign_up", "profile", "money", "travel", "talking"}
}

// Mentor is a member's offer to help new members, and what a moderator
// checked before approving it. Its id is the member's id: a member makes
// one offer, and changes it.
type Mentor struct {
	PersonID string
	HelpWith []string
	// FreeTimes are when the mentor can help, as on a profile.
	FreeTimes Availability
	// Languages are the languages the mentor speaks, in their own words.
	Languages []string
	Why       string
	Kind      MentorKind
	// Organisation and OrganisationKind name who a staff mentor works for.
	Organisation     string
	OrganisationKind string
	OfferedAt        time.Time
	// ApprovedAt is when a moderator approved the offer; zero means not
	// yet. Checks says, in the moderator's words, what was checked, and
	// DBSCheckedOn the date of a DBS check where one was seen.
	ApprovedAt   time.Time
	ApprovedBy   string
	Checks       string
	DBSCheckedOn time.Time
	Version      int64
}

// Approved reports whether a moderator has approved the mentor.
func (m Mentor) Approved() bool { return !m.ApprovedAt.IsZero() }

// Speaks reports whether the mentor speaks the language, ignoring case.
func (m Mentor) Speaks(language string) bool {
	return slices.ContainsFunc(m.Languages, func(l string) bool { return strings.EqualFold(l, language) })
}

// Validate checks the mentor's offer.
func (m Mentor) Validate() error {
	var f fieldErrors
	if len(m.HelpWith) == 0 {
		f.add("help_with", "error.mentor.help_with")
	} else if !allKnown(m.HelpWith, setOf(MentorHelps())) {
		f.add("help_with", "error.mentor.help_with")
	}
	if m.FreeTimes == 0 || !m.FreeTimes.Valid() {
		f.add("free_times", "error.mentor.free_times")
	}
	if len(m.Languages) == 0 || len(m.Languages) > MaxMentorLanguages {
		f.add("languages", "error.mentor.languages")
	}
	for _, l := range m.Languages {
		if utf8.RuneCountInString(l) > MaxMentorLanguageName {
			f.add("languages", "error.mentor.languages")
			break
		}
	}
	if e := hiddenInList("languages", m.Languages); e != nil {
		f = append(f, *e)
	}
	f.length("why", m.Why, 1, MaxMentorWhy, "error.mentor.why")
	switch m.Kind {
	case MentorVolunteer:
	case MentorStaff:
		f.length("organisation", m.Organisation, 1, MaxOrganisationName, "error.mentor.organisation")
		if !slices.Contains(OrganisationKinds(), m.OrganisationKind) {
			f.add("organisation_kind", "error.mentor.organisation_kind")
		}
	default:
		f.add("kind", "error.mentor.kind")
	}
	return f.err()
}

// MentorApproval is what a moderator records when approving a mentor:
// what they checked, in their words, and the date of a DBS check if one
// was seen.
type MentorApproval struct {
	Checks       string
	DBSCheckedOn time.Time
}

// Validate checks the approval: something must be said about what was
// checked, and a DBS check cannot be dated after today.
func (a MentorApproval) Validate(today time.Time) error {
	var f fieldErrors
	f.length("checks", a.Checks, 1, MaxMentorChecks, "error.mentor.checks")
	if !a.DBSCheckedOn.IsZero() && a.DBSCheckedOn.After(today) {
		f.add("dbs_date", "error.mentor.dbs_future")
	}
	return f.err()
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}
