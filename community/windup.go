package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxFateTo bounds who a thing is given away to, in the group's words.
const MaxFateTo = 120

// Payout is what one member gets back when the group winds up: what is in
// their account, and their equal part of the common fund. A total below
// zero is what they still owe the group.
type Payout struct {
	PersonID string
	Account  Pence
	FundPart Pence
	// Shared says the money has been shared out: the figures are recorded;
	// PaidBack that the treasurer has paid this member what they get back.
	Shared, PaidBack bool
}

// Total is what they get back (or, below zero, owe).
func (p Payout) Total() Pence { return p.Account + p.FundPart }

// EqualParts splits an amount into n parts that differ by at most a penny
// and add up to it exactly: the first parts take the odd pence.
func EqualParts(amount Pence, n int) []Pence {
	if n <= 0 {
		return nil
	}
	out := make([]Pence, n)
	base, rest := amount/Pence(n), amount%Pence(n)
	step := Pence(1)
	if rest < 0 {
		step, rest = -1, -rest
	}
	for i := range out {
		out[i] = base
		if Pence(i) < rest {
			out[i] += step
		}
	}
	return out
}

// FundSharers, the sharers of the common fund at a wind-up, are the members who vote (the
// owners), in joining order; a group of only watching members shares it
// among them all.
func (g Group) FundSharers() []Membership {
	var out []Membership
	for _, m := range g.Members {
		if !m.Watching {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return g.Members
	}
	return out
}

// WindUpRefers marks the refunds owed when a group winds up: what each
// member gets back.
const WindUpRefers = "wind-up"

// Payouts works out what each member gets back at a wind-up: their
// account, and for each member who votes an equal part of the common fund.
// Until the money is shared out and the group closed, the figures are
// what it would be now; after, they are what was recorded, and PaidBack says whether the
// treasurer has paid it.
func Payouts(g Group, entries []Entry) []Payout {
	st := Tally(entries)
	if !g.Closed {
		sharers := g.FundSharers()
		parts := EqualParts(st.Fund(), len(sharers))
		part := map[string]Pence{}
		for i, m := range sharers {
			part[m.PersonID] = parts[i]
		}
		var out []Payout
		for _, m := range g.Members {
			out = append(out, Payout{PersonID: m.PersonID, Account: st.People[m.PersonID].Balance(), FundPart: part[m.PersonID]})
		}
		return out
	}
	owed := map[string]Pence{}
	stillOwed, unpaid := map[string]bool{}, map[string]bool{}
	for _, e := range st.Owing {
		stillOwed[e.ID] = true
	}
	status := Statuses(entries)
	for _, e := range entries {
		if e.Kind == EntryRefundOwed && e.Refers == WindUpRefers && status[e.ID] != StatusReversed {
			owed[e.PersonID] += e.Amount
			if stillOwed[e.ID] {
				unpaid[e.PersonID] = true
			}
		}
	}
	var out []Payout
	for _, m := range g.Members {
		money := st.People[m.PersonID]
		total := owed[m.PersonID] - money.Owes()
		out = append(out, Payout{PersonID: m.PersonID, Account: total - money.FromFund, FundPart: money.FromFund,
			Shared: true, PaidBack: owed[m.PersonID] > 0 && !unpaid[m.PersonID]})
	}
	return out
}

// MayWindUp says why the group cannot be put to a vote on closing now, if
// it cannot: only an organiser proposes it, not while it is winding up or
// a wind-up vote is open, and not while a spend is agreed and not paid
// (it must be paid or withdrawn first, so that no money is promised).
func (g Group) MayWindUp(organiser string, proposals []Proposal, now time.Time) error {
	switch {
	case !g.IsOrganiser(organiser):
		return Forbidden("error.group.organisers_only")
	case g.Closed || g.WindingUp:
		return Conflict("error.windup.already")
	}
	for _, p := range proposals {
		switch status := p.AsOf(now); {
		case p.WindUp && status == ProposalOpen:
			return Conflict("error.windup.one_at_a_time")
		case p.IsSpend() && status == ProposalApproved:
			return Conflict("error.windup.spend_agreed")
		}
	}
	return nil
}

// ValidatePlan checks what a wind-up says happens to each thing the group
// owns: every thing has one fate; one given to a member names a member;
// one given away says who to.
func (g Group) ValidatePlan(plan []ThingPlan) error {
	var f fieldErrors
	for _, t := range g.Things {
		field := "fate-" + t.ID
		i := slices.IndexFunc(plan, func(p ThingPlan) bool { return p.ThingID == t.ID })
		if i < 0 {
			f = append(f, FieldError{Field: field, Key: "error.windup.fate", Args: []string{t.Name}})
			continue
		}
		p := plan[i]
		switch p.Fate {
		case FateSold:
		case FateToMember:
			if _, in := g.Member(p.To); !in || p.To == "" {
				f = append(f, FieldError{Field: "to-" + t.ID, Key: "error.windup.to_member", Args: []string{t.Name}})
			}
		case FateGivenAway:
			switch n := utf8.RuneCountInString(strings.TrimSpace(p.To)); {
			case n == 0:
				f = append(f, FieldError{Field: "away-" + t.ID, Key: "error.windup.given_to", Args: []string{t.Name}})
			case n > MaxFateTo:
				f = append(f, FieldError{Field: "away-" + t.ID, Key: "error.windup.given_to_long", Args: []string{t.Name}})
			default:
				f.hidden("away-"+t.ID, p.To, true)
			}
		default:
			f = append(f, FieldError{Field: field, Key: "error.windup.fate", Args: []string{t.Name}})
		}
	}
	return f.err()
}

// StartWindUp is the agreed wind-up taking effect: the group takes no one
// new and no new money, and each thing has its fate.
func (g *Group) StartWindUp(plan []ThingPlan, at time.Time) {
	g.WindingUp = true
	g.Notes = append(g.Notes, Note{At: at, Key: "timeline.winding_up"})
	for i, t := range g.Things {
		if j := slices.IndexFunc(plan, func(p ThingPlan) bool { return p.ThingID == t.ID }); j >= 0 {
			g.Things[i].Fate, g.Things[i].FateTo = plan[j].Fate, plan[j].To
		}
	}
}

// ThingDone is the treasurer recording a thing's fate carried out: sold
// (and the sale recorded), given to the member, or given away.
func (g *Group) ThingDone(thingID string) error {
	i := slices.IndexFunc(g.Things, func(t Thing) bool { return t.ID == thingID })
	switch {
	case !g.WindingUp:
		return Conflict("error.windup.not_agreed")
	case i < 0:
		return NotFound("error.thing.not_found")
	}
	g.Things[i].FateDone = true
	return nil
}

// ReadyToShareOut reports whether every thing's fate is carried out, so
// the common fund is what it will be and can be shared out.
func (g Group) ReadyToShareOut() bool {
	if !g.WindingUp || g.Closed {
		return false
	}
	return !slices.ContainsFunc(g.Things, func(t Thing) bool { return !t.FateDone })
}

// Close is the last step of a wind-up: the money is shared out and the
// group is closed for good; its statements stay readable.
func (g *Group) Close(at time.Time) {
	g.Closed = true
	g.Notes = append(g.Notes, Note{At: at, Key: "timeline.closed"})
}
