package community

import "time"

// ActKind is what was done for a member, or about the consent itself;
// words live in the catalogue under "act.<kind>".
type ActKind string

const (
	ActProfile ActKind = "profile"
	ActJoin    ActKind = "join"
	ActAsk     ActKind = "ask"
	ActLeave   ActKind = "leave"
	ActPay     ActKind = "pay"
	// ActGrant and ActEnd are the member giving and taking back a
	// permission: the log says when consent began and ended, not only
	// what was done under it.
	ActGrant ActKind = "grant"
	ActEnd   ActKind = "end"
	// ActRecovery is a way back in made for the member: a passkey added
	// through a recovery invite, every other sign-in ended. It is always
	// shown as new, so that someone it was not meant for sees it.
	ActRecovery ActKind = "recovery"
)

// Act is one line of the log a member reads of what a mentor did for
// them. Its ID comes from the key of the action that did it, so a retried
// action logs once.
type Act struct {
	ID         string
	MemberID   string
	MentorID   string
	MentorName string
	Kind       ActKind
	// GroupID and GroupName name the group, for acts in a group.
	GroupID, GroupName string
	// Amount is a payment's amount.
	Amount Pence
	At     time.Time
}

// ByMentor reports whether the act was done by the mentor for the member,
// rather than by the member about their consent.
func (a Act) ByMentor() bool { return a.Kind != ActGrant && a.Kind != ActEnd }
