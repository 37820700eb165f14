package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxThingName bounds the name of a thing the group keeps.
const MaxThingName = 80

// Thing is something the group bought and keeps, such as a mini-gym: the
// members who shared the spend own it, in their shares. The group can let
// people who are not owners use it for a fee.
type Thing struct {
	// ID is the id of the spend's proposal; Name what the group calls it.
	ID       string
	Name     string
	BoughtAt time.Time
	// UseFee, paid every UseEvery, lets someone who is not an owner use
	// it; zero while the group does not offer that.
	UseFee   Pence
	UseEvery Period
	// Fate is what happens to it when the group winds up; empty until then.
	Fate ThingFate
	// FateTo is the member it is given to, or who it is given away to, in
	// the group's words; FateDone says the treasurer recorded it done.
	FateTo   string
	FateDone bool
}

// ThingFate is what happens to a thing when the group winds up.
type ThingFate string

// The fates a group can choose.
const (
	// FateSold: it is sold and the money goes to the common fund, which is
	// shared out among the members.
	FateSold ThingFate = "sold"
	// FateToMember: it is given to one member.
	FateToMember ThingFate = "to_member"
	// FateGivenAway: it is given away, to a charity say.
	FateGivenAway ThingFate = "given_away"
)

// ThingPlan is what a wind-up proposes for one thing: its fate, and for
// one given to a member or away, to whom.
type ThingPlan struct {
	ThingID string
	Fate    ThingFate
	To      string
}

// ThingFates lists the fates in the order people see them.
func ThingFates() []string {
	return []string{string(FateSold), string(FateToMember), string(FateGivenAway)}
}

// UsePeriods are how often a use fee can be paid.
func UsePeriods() []string { return []string{string(EveryWeek), string(EveryMonth)} }

// Thing returns the thing with the id, and whether the group has it.
func (g Group) Thing(id string) (Thing, bool) {
	i := slices.IndexFunc(g.Things, func(t Thing) bool { return t.ID == id })
	if i < 0 {
		return Thing{}, false
	}
	return g.Things[i], true
}

// Keep adds a thing bought by a paid spend; keeping it twice keeps one.
func (g *Group) Keep(t Thing) bool {
	if _, has := g.Thing(t.ID); has || strings.TrimSpace(t.Name) == "" {
		return false
	}
	g.Things = append(g.Things, t)
	return true
}

// SetUseFee is an organiser letting people who are not owners use a thing
// for a fee every week or month; a fee of nothing stops offering it (those
// using it already keep their place).
func (g *Group) SetUseFee(organiser, thingID string, fee Pence, every Period) error {
	if !g.IsOrganiser(organiser) {
		return Forbidden("error.group.organisers_only")
	}
	i := slices.IndexFunc(g.Things, func(t Thing) bool { return t.ID == thingID })
	if i < 0 {
		return NotFound("error.thing.not_found")
	}
	if every != EveryWeek && every != EveryMonth {
		return Invalid(FieldError{Field: "use_every", Key: "error.thing.use_every"})
	}
	g.Things[i].UseFee, g.Things[i].UseEvery = fee, every
	return nil
}

// User returns the use of a person who uses one of the group's things and
// is not an owner, and whether they do.
func (g Group) User(personID string) (Membership, bool) {
	i := slices.IndexFunc(g.Users, func(m Membership) bool { return m.PersonID == personID && m.LeftAt.IsZero() })
	if i < 0 {
		return Membership{}, false
	}
	return g.Users[i], true
}

// UseThing is someone who is not an owner starting to use a thing the group
// offers for a fee. They do not vote, pledge, or share what is bought.
func (g *Group) UseThing(m Membership) error {
	t, has := g.Thing(m.Uses)
	_, member := g.Member(m.PersonID)
	_, user := g.User(m.PersonID)
	switch {
	case !has:
		return NotFound("error.thing.not_found")
	case g.Closed || g.WindingUp:
		return Forbidden("error.group.closed")
	case member:
		return Conflict("error.thing.owner_already")
	case user:
		return Conflict("error.thing.user_already")
	case t.UseFee <= 0 || t.Fate != "":
		return Forbidden("error.thing.not_offered")
	}
	g.Users = append(g.Users, m)
	return nil
}

// StopUsing ends someone's use of a thing, keeping the use among the
// group's users with when and the form's key, as a leave is kept.
func (g *Group) StopUsing(personID, key string, at time.Time) error {
	i := slices.IndexFunc(g.Users, func(m Membership) bool { return m.PersonID == personID && m.LeftAt.IsZero() })
	if i < 0 {
		return Conflict("error.thing.not_user")
	}
	g.Users[i].LeftAt, g.Users[i].LeaveKey = at, key
	return nil
}

// UsedBy reports whether the person ever used a thing of the group: they
// can still read their own statement.
func (g Group) UsedBy(personID string) bool {
	return slices.ContainsFunc(g.Users, func(m Membership) bool { return m.PersonID == personID })
}

// ValidateKeep checks the name of a thing a spend would keep.
func ValidateKeep(name string) *FieldError {
	name = strings.TrimSpace(name)
	switch {
	case utf8.RuneCountInString(name) > MaxThingName:
		return &FieldError{Field: "keep", Key: "error.thing.name_too_long"}
	}
	return HiddenCharacterProblem("keep", name, true)
}

// ThingMoney is what a thing cost and who paid for it: the spends that
// bought it (a spend corrected away counts nothing) and each sharer's
// share of them.
type ThingMoney struct {
	Cost   Pence
	Shares map[string]Pence
	// Odd is what the shares do not cover, paid from the common fund.
	Odd Pence
}

// MoneyOfThing works the cost and shares of a thing out of the ledger, in
// whatever order its entries are listed (a share is recorded at the time
// of its spend).
func MoneyOfThing(entries []Entry, thingID string) ThingMoney {
	status := Statuses(entries)
	out := ThingMoney{Shares: map[string]Pence{}}
	spends := map[string]bool{}
	for _, e := range entries {
		if e.Kind == EntrySpend && e.Refers == thingID && status[e.ID] != StatusReversed {
			spends[e.ID] = true
			out.Cost += e.Amount
		}
	}
	out.Odd = out.Cost
	for _, e := range entries {
		if e.Kind == EntryShare && spends[e.Refers] && status[e.ID] != StatusReversed {
			out.Shares[e.PersonID] += e.Amount
			out.Odd -= e.Amount
		}
	}
	return out
}

// UseFeesPaid counts the use fees a person has been charged for a thing
// (a use fee refers to the thing): the next one is for the period after.
func UseFeesPaid(entries []Entry, personID, thingID string) int {
	status := Statuses(entries)
	n := 0
	for _, e := range entries {
		if e.Kind == EntryFee && e.PersonID == personID && e.Refers == thingID && status[e.ID] != StatusReversed {
			n++
		}
	}
	return n
}

// UseFeeDue is the day the use fee after n paid ones is due: the first on
// the day they started using it, each later one a week or a month on.
func UseFeeDue(u Membership, t Thing, n int) time.Time {
	start := Day(u.JoinedAt)
	if t.UseEvery == EveryWeek {
		return start.AddDate(0, 0, 7*n)
	}
	return start.AddDate(0, n, 0)
}
