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
	// DismissedBy and DismissedAt say a moderator looked and let it go.
	DismissedBy string
	DismissedAt time.Time
}

// ReportKinds are what can be reported.
func ReportKinds() []string { return []string{"person", "message", "group", "listing", "provider"} }

// ReportReasons are the reasons offered, in the order people see them.
func ReportReasons() []string { return []string{"unkind", "money", "unsafe", "wrong", "other"} }

// Open reports whether no moderator has dealt with it yet.
func (r Report) Open() bool { return r.DismissedAt.IsZero() }

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
