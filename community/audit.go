package community

import (
	"slices"
	"strings"
	"time"
)

// MaxAuditNote bounds a moderator's note; the form says so too.
const MaxAuditNote = 500

// CutNote is a moderator's note as the log keeps it: trimmed, and cut to
// MaxAuditNote characters, so a note is never a reason to refuse an
// action that is already done.
func CutNote(note string) string {
	r := []rune(strings.TrimSpace(note))
	if len(r) > MaxAuditNote {
		r = r[:MaxAuditNote]
	}
	return string(r)
}

// AuditPage is how many lines of the moderators' log one page shows.
const AuditPage = 20

// Audit is one thing a moderator did, kept so that moderators can answer
// for each other's decisions: who, what, on what, when, the report that
// led to it if any, and a note.
type Audit struct {
	ID     string
	By     string
	Action string
	// Kind and Target name what it was done to, as a report names it
	// ("person", "message", "provider", "mentor", "invite").
	Kind, Target string
	Report       string
	Note         string
	At           time.Time
}

// AuditActions are the kinds of moderator action, in the order the log's
// filter offers them.
func AuditActions() []string {
	return []string{"dismiss", "hide", "suspend", "verify", "unverify", "mentor_approve", "mentor_unapprove", "recovery_approve"}
}

// KnownAuditAction reports whether a filter names a kind of action; any
// other value shows every kind.
func KnownAuditAction(a string) bool { return slices.Contains(AuditActions(), a) }
