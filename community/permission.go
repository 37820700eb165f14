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
