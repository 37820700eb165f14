package community

import (
	"slices"
	"time"
)

// Scope is one thing a member lets a mentor do for them.
type Scope string

const (
	// ScopeProfile lets the mentor edit the member's profile.
	ScopeProfile Scope = "profile"
	// ScopeGroups lets the mentor join or leave groups for the member.
	ScopeGroups Scope = "groups"
	// ScopePayments lets the mentor record the member's payments into a
	// group (never confirm them).
	ScopePayments Scope = "payments"
	// ScopeRecovery is "help me get back in": the mentor may ask for a
	// recovery invite, which a moderator must approve. It has no end date.
	ScopeRecovery Scope = "recovery"
)

// ActingScopes are the scopes given for a time, in the order a form shows
// them; words live in the catalogue under "permission.scope.<scope>".
func ActingScopes() []Scope { return []Scope{ScopeProfile, ScopeGroups, ScopePayments} }

// How long a permission to act may last.
const (
	MinPermission = 24 * time.Hour
	MaxPermission = 92 * 24 * time.Hour
)

// Permission is a member's recorded consent for a mentor to do named
// things for them, until a time they chose. The member can take it back at
// any time; it also ends by itself.
type Permission struct {
	ID       string
	MemberID string
	MentorID string
	Scopes   []Scope
	GivenAt  time.Time
	// Until is when it ends by itself; zero for ScopeRecovery, which lasts
	// until taken back.
	Until time.Time
	// EndedAt is when it was taken back, by EndedBy; zero while it stands.
	EndedAt time.Time
	EndedBy string
}

// Live reports whether the permission stands at now.
func (p Permission) Live(now time.Time) bool {
	if !p.EndedAt.IsZero() {
		return false
	}
	return p.Until.IsZero() || now.Before(p.Until)
}

// Allows reports whether the permission lets the mentor do what scope
// names, at now.
func (p Permission) Allows(scope Scope, now time.Time) bool {
	return p.Live(now) && slices.Contains(p.Scopes, scope)
}

// PermissionLength is one length of time a member may choose for a
// permission; its words live in the catalogue under
// "permission.length.<key>".
type PermissionLength struct {
	Key string
	For time.Duration
}

// PermissionLengths are the choices a form offers, shortest first. Each is
// within MinPermission and MaxPermission.
func PermissionLengths() []PermissionLength {
	day := 24 * time.Hour
	return []PermissionLength{{"day", day}, {"week", 7 * day}, {"two_weeks", 14 * day}, {"month", 31 * day}, {"three_months", 92 * day}}
}

// PermissionLengthOf is the length a form's choice names; false for a
// choice the form does not offer.
func PermissionLengthOf(key string) (time.Duration, bool) {
	for _, l := range PermissionLengths() {
		if l.Key == key {
			return l.For, true
		}
	}
	return 0, false
}

// GrantOf checks a member's grant of scopes to a mentor for length, from
// now, and makes the permission. The acting scopes are given for a time;
// ScopeRecovery is given alone, with no end. Whether the mentor is
// approved and not blocked is for the caller, which can read them.
func GrantOf(memberID, mentorID string, scopes []Scope, length time.Duration, now time.Time) (Permission, error) {
	var f fieldErrors
	if mentorID == "" {
		f.add("mentor", "error.permission.mentor")
	} else if mentorID == memberID {
		f.add("mentor", "error.permission.self")
	}
	p := Permission{MemberID: memberID, MentorID: mentorID, GivenAt: now}
	if slices.Equal(scopes, []Scope{ScopeRecovery}) {
		p.Scopes = scopes
		return p, f.err()
	}
	if len(scopes) == 0 || slices.ContainsFunc(scopes, func(s Scope) bool { return !slices.Contains(ActingScopes(), s) }) {
		f.add("scopes", "error.permission.scope")
	}
	if length < MinPermission || length > MaxPermission {
		f.add("length", "error.permission.length")
	}
	p.Scopes = slices.Compact(slices.Sorted(slices.Values(scopes)))
	p.Until = now.Add(length)
	return p, f.err()
}

// Acting reports whether the permission lets the mentor act for the member
// at all at now: recovery alone does not.
func (p Permission) Acting(now time.Time) bool {
	return slices.ContainsFunc(ActingScopes(), func(s Scope) bool { return p.Allows(s, now) })
}
