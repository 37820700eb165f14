package community

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
)

// InviteKind says what an invite makes: a new member, or a way back in for
// a member who lost theirs.
type InviteKind string

const (
	InviteNewMember InviteKind = "new"
	InviteRecovery  InviteKind = "recovery"
)

// Invite limits.
const (
	InviteLifetime = 7 * 24 * time.Hour
	MaxInviteNote  = 80
)

// Invite is a one-time link a mentor makes: a new member follows it,
// chooses a name and signs up with a passkey made on their own device.
// A recovery invite adds a passkey to an existing member instead, and
// needs a moderator's approval first.
//
// The link carries a secret token; only its hash is kept (ID), so that a
// copy of the database opens nobody's account.
type Invite struct {
	ID   string
	Kind InviteKind
	// By made it: a mentor, or a moderator. For is the member a recovery
	// invite lets back in. Note is the maker's reminder of who it is for.
	By, For, Note string
	MadeAt        time.Time
	Expires       time.Time
	// ApprovedAt and ApprovedBy record the moderator's approval of a
	// recovery invite; a moderator's own invite is approved as it is made.
	ApprovedAt time.Time
	ApprovedBy string
	// UsedAt and UsedBy say when it was used, and by (or for) whom.
	UsedAt time.Time
	UsedBy string
}

// InviteID is the id kept for the invite whose link carries token.
func InviteID(token string) string {
	sum := sha256.Sum256([]byte("clubtogether invite\x00" + token))
	return hex.EncodeToString(sum[:])
}

// Used reports whether the invite has been used.
func (i Invite) Used() bool { return !i.UsedAt.IsZero() }

// NeedsApproval reports whether a moderator must approve the invite before
// it works.
func (i Invite) NeedsApproval() bool { return i.Kind == InviteRecovery && i.ApprovedAt.IsZero() }

// Problem is the message key for why the invite cannot be used at now, or
// "" when it can.
func (i Invite) Problem(now time.Time) string {
	switch {
	case i.Used():
		return "error.invite.used"
	case !now.Before(i.Expires):
		return "error.invite.expired"
	case i.NeedsApproval():
		return "error.invite.not_approved"
	}
	return ""
}

// ValidateInviteNote checks the maker's reminder of who an invite is for.
func ValidateInviteNote(note string) error {
	var f fieldErrors
	switch {
	case utf8.RuneCountInString(strings.TrimSpace(note)) > MaxInviteNote:
		f.add("note", "error.invite.note.too_long")
	case strings.ContainsFunc(note, hidesText):
		f.add("note", "error.invite.note.hidden_characters")
	}
	return f.err()
}

// ValidateNewName checks the name a new member chooses for themselves: as
// on a profile, and with no character that hides or reorders text, so a
// name cannot pretend to be someone else's.
func ValidateNewName(name string) error {
	var f fieldErrors
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		f.add("name", "error.name.missing")
	case utf8.RuneCountInString(name) > MaxNameLength:
		f.add("name", "error.name.too_long")
	case strings.ContainsFunc(name, hidesText) || strings.ContainsFunc(name, isInvisible):
		f.add("name", "error.name.hidden_characters")
	}
	return f.err()
}

// isInvisible reports the zero-width characters that show as nothing.
func isInvisible(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF
}
