package community

import (
	"slices"
	"time"
)

// Limits on groups.
const (
	MaxGroupName = 120
	MaxGroupSize = 200
	MaxTimes     = 520
)

// Group is a buying group: people who pool money to buy together what
// costs too much alone. The site records the money and the decisions; it
// never moves money itself.
type Group struct {
	ID          string
	Name        string
	Purpose     string
	EasySummary string
	Interests   []string
	District    string
	// Open groups take anyone who asks; the others ask an organiser first.
	Open bool
	// MaxSize is the most members the group takes, organisers included.
	MaxSize int
	// ListingID is the listing the group buys from, if any.
	ListingID  string
	Organisers []string
	Treasurer  string
	Rules      PotRules
	Members    []Membership
	// Former are the memberships of people who left, newest last: the
	// treasurer can still name them, and they can still read their own
	// statement.
	Former []Membership
	// Invited are people asked to join (by the group that a suggestion
	// found for them); they may join even a group that asks first.
	Invited []string
	// Asking are people who asked to join a group that asks first; an
	// organiser lets them in by inviting them.
	Asking []string
	// Notes are lines for the group's timeline about changes no member
	// made themselves, such as an old rule read in a new way.
	Notes []Note
	// Handover, when set, is the treasurer's role waiting for the member
	// asked to take it over to confirm.
	Handover *Handover
	// Things are what the group bought and keeps; Users the people who
	// use one for a fee and are not owners, newest last (those who stopped
	// keep their use, with when they stopped).
	Things []Thing
	Users  []Membership
	// WindingUp is set once the members agreed to close the group: it
	// takes no one new and no new money while its money is shared out.
	WindingUp bool
	Closed    bool
	// BlockedProviders are the providers an organiser blocked for the
	// group: their offers are refused and hidden.
	BlockedProviders []string
	Version          int64
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// Note is a line on a group's timeline, by catalogue key.
type Note struct {
	At   time.Time
	Key  string
	Args []string
}

// Membership is one person in a group. Watching members see everything
// members see but do not vote.
type Membership struct {
	PersonID string
	Name     string
	Watching bool
	JoinedAt time.Time
	// JoinKey is the key of the form they joined with, and LeaveKey of the
	// one they left with (at LeftAt), so the same form sent again is known
	// for what it is: the same join or leave, not a second one.
	JoinKey  string
	LeftAt   time.Time
	LeaveKey string
	// Uses is the thing a user uses, for someone who is not an owner.
	Uses string
	// Contribution is what this member pays each time, when they promised
	// their own amount (joining from a wish); zero for the group's own.
	Contribution Pence
}

// ContributionUnder is what the member pays each time under the rules.
func (m Membership) ContributionUnder(r PotRules) Pence {
	if m.Contribution > 0 {
		return m.Contribution
	}
	return r.Contribution
}

// PledgeUnder is what the member promises in all under the rules, before
// any fees: their contribution each time, for every time.
func (m Membership) PledgeUnder(r PotRules) Pence { return m.ContributionUnder(r) * Pence(r.Times) }

// Member returns the membership of a person and whether they are in.
func (g Group) Member(personID string) (Membership, bool) {
	i := slices.IndexFunc(g.Members, func(m Membership) bool { return m.PersonID == personID })
	if i < 0 {
		return Membership{}, false
	}
	return g.Members[i], true
}

// IsOrganiser and IsTreasurer say who is in charge of what.
func (g Group) IsOrganiser(personID string) bool { return slices.Contains(g.Organisers, personID) }
func (g Group) IsTreasurer(personID string) bool { return g.Treasurer == personID }

// PlacesLeft is how many more can join.
func (g Group) PlacesLeft() int { return max(g.MaxSize-len(g.Members), 0) }

// MemberIDs lists the members' ids in joining order.
func (g Group) MemberIDs() []string {
	out := make([]string, 0, len(g.Members))
	for _, m := range g.Members {
		out = append(out, m.PersonID)
	}
	return out
}

// Join adds a person, or says why not: the group is closed, full, asks
// first (and they were not invited), or they are in it already.
func (g *Group) Join(m Membership) error {
	_, user := g.User(m.PersonID)
	switch _, in := g.Member(m.PersonID); {
	case g.Closed || g.WindingUp:
		return Forbidden("error.group.closed")
	case user:
		return Conflict("error.thing.user_already")
	case in:
		return Conflict("error.group.already_member")
	case g.PlacesLeft() == 0:
		return Conflict("error.group.full")
	case !g.Open && !slices.Contains(g.Invited, m.PersonID):
		return Forbidden("error.group.ask_first")
	}
	g.Members = append(g.Members, m)
	g.Invited = slices.DeleteFunc(g.Invited, func(id string) bool { return id == m.PersonID })
	g.Asking = slices.DeleteFunc(g.Asking, func(id string) bool { return id == m.PersonID })
	return nil
}

// Ask records that someone would like to join a group that asks first;
// asking twice changes nothing.
func (g *Group) Ask(personID string) error {
	_, in := g.Member(personID)
	switch {
	case g.Closed:
		return Forbidden("error.group.closed")
	case in:
		return Conflict("error.group.already_member")
	case g.Open || slices.Contains(g.Invited, personID):
		return Conflict("error.group.no_need_to_ask")
	}
	if !slices.Contains(g.Asking, personID) {
		g.Asking = append(g.Asking, personID)
	}
	return nil
}

// LetIn is an organiser inviting someone who asked.
func (g *Group) LetIn(organiser, personID string) error {
	if !g.IsOrganiser(organiser) {
		return Forbidden("error.group.organisers_only")
	}
	if !slices.Contains(g.Asking, personID) {
		return NotFound("error.group.not_asking")
	}
	g.Asking = slices.DeleteFunc(g.Asking, func(id string) bool { return id == personID })
	g.Invited = append(g.Invited, personID)
	return nil
}

// Validate checks what the organiser wrote and the pot's rules, on the day
// today: a set number of yes votes is one the group's size can reach, and
// a first payment is due today or later.
func (g Group) Validate(knownDistrict func(string) bool, today time.Time) error {
	var f fieldErrors
	f.length("name", g.Name, 1, MaxGroupName, "error.group.name")
	f.length("purpose", g.Purpose, 1, MaxDescription, "error.group.purpose")
	f.length("easy_summary", g.EasySummary, 1, MaxEasyText, "error.group.easy_summary")
	f.interests(g.Interests)
	switch {
	case g.District == "":
		f.add("district", "error.district.missing")
	case !knownDistrict(g.District):
		f.add("district", "error.district.unknown")
	}
	if g.MaxSize < 2 || g.MaxSize > MaxGroupSize {
		f.add("max_size", "error.group.max_size")
	} else if len(g.Members) > g.MaxSize {
		f.add("max_size", "error.group.max_size_below_members")
	}
	g.Rules.check(&f, g.MaxSize, today)
	return f.err()
}
