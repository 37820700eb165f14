package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxReportWords bounds what a member writes in their own words.
const MaxReportWords = 1000

// Report is a member telling the moderators about a person, a message, a
// group, a listing or a provider. It waits in the moderators' queue until
// one of them deals with it.
type Report struct {
	ID     string
	By     string
	Kind   string
	Target string
	// Reason is one of ReportReasons; Words are the member's own.
	Reason string
	Words  string
	At     time.Time
	// HandledBy and HandledAt say a moderator dealt with it, and HandledAs
	// how: one of ReportOutcomes. HandledKey is the id of the log line the
	// moderator's form wrote, so a resend of that same form is known as
	// theirs and completes, while any other action on it is refused.
	HandledBy  string
	HandledAt  time.Time
	HandledAs  string
	HandledKey string
}

// ReportOutcomes are how a moderator deals with a report.
func ReportOutcomes() []string { return []string{"dismiss", "hide", "suspend"} }

// Handle checks that a moderator's action, whose log line will have the id
// key, may deal with the report: an open report, or one this same action
// dealt with already (a resend). Otherwise it is refused in words, and
// nothing changes.
func (r Report) Handle(key string) error {
	if r.Open() || r.HandledKey == key {
		return nil
	}
	return Conflict("error.report.handled")
}

// Hideable reports whether a moderator can hide what a report is about:
// a message or a listing. A person is suspended instead.
func (r Report) Hideable() bool { return r.Kind == "message" || r.Kind == "listing" }

// ReportKinds are what can be reported.
func ReportKinds() []string { return []string{"person", "message", "group", "listing", "provider"} }

// ReportReasons are the reasons offered, in the order people see them.
func ReportReasons() []string { return []string{"unkind", "money", "unsafe", "wrong", "other"} }

// Open reports whether no moderator has dealt with it yet.
func (r Report) Open() bool { return r.HandledAt.IsZero() }

// Validate checks a report: a known kind and reason, and the member's own
// words (needed for "something else") short enough and free of characters
// that hide text.
func (r Report) Validate() error {
	var f fieldErrors
	if !slices.Contains(ReportKinds(), r.Kind) || r.Target == "" {
		f.add("kind", "error.report.kind")
	}
	if !slices.Contains(ReportReasons(), r.Reason) {
		f.add("reason", "error.report.reason")
	}
	words := strings.TrimSpace(r.Words)
	switch {
	case r.Reason == "other" && words == "":
		f.add("words", "error.report.words_needed")
	case utf8.RuneCountInString(words) > MaxReportWords:
		f.add("words", "error.report.words_too_long")
	case strings.ContainsFunc(words, hidesText):
		f.add("words", "error.message.hidden_characters")
	}
	return f.err()
}
