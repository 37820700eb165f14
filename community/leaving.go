package community

import (
	"slices"
	"time"
)

// MayLeave says why a member cannot leave yet, if they cannot: someone
// who holds a role must hand it to another member first, so a group never
// has nobody in charge.
func (g Group) MayLeave(personID string) error {
	if _, in := g.Member(personID); !in {
		return Conflict("error.group.not_member")
	}
	if g.WindingUp || g.Closed {
		return Conflict("error.windup.no_leaving")
	}
	if len(g.Members) > 1 && (g.IsTreasurer(personID) || g.IsOrganiser(personID) && len(g.Organisers) == 1) {
		return Forbidden("error.group.hand_over_first")
	}
	return nil
}

// Leave takes a member out, keeping their membership among the former
// ones with the key of the form they left with; the last member leaving
// closes the group.
func (g *Group) Leave(personID, key string, at time.Time) error {
	if err := g.MayLeave(personID); err != nil {
		return err
	}
	others := len(g.Members) > 1
	m, _ := g.Member(personID)
	m.LeftAt, m.LeaveKey = at, key
	g.Former = append(g.Former, m)
	g.Members = slices.DeleteFunc(g.Members, func(m Membership) bool { return m.PersonID == personID })
	g.Organisers = slices.DeleteFunc(g.Organisers, func(id string) bool { return id == personID })
	if !others {
		g.Closed = true
	}
	return nil
}

// LeftWith returns the former membership that was ended with key, if any:
// a leave sent again finds the leave it already made.
func (g Group) LeftWith(personID, key string) (Membership, bool) {
	for _, m := range slices.Backward(g.Former) {
		if m.PersonID == personID && key != "" && m.LeaveKey == key {
			return m, true
		}
	}
	return Membership{}, false
}

// HandOver gives the organiser's role from one member to another: an
// organiser adds a fellow organiser and steps down. The treasurer's role
// is not handed over like this: it moves only when both the treasurer and
// the new one confirm the money (see OfferTreasurer).
func (g *Group) HandOver(from, to, role string) error {
	if role == "treasurer" {
		return Conflict("error.treasurer.both_confirm")
	}
	if role != "organiser" || !g.IsOrganiser(from) {
		return Forbidden("error.group.not_your_role")
	}
	if m, in := g.Member(to); !in || m.Watching || from == to {
		return Invalid(FieldError{Field: "person", Key: "error.group.hand_over_to"})
	}
	if !g.IsOrganiser(to) {
		g.Organisers = append(g.Organisers, to)
	}
	g.Organisers = slices.DeleteFunc(g.Organisers, func(id string) bool { return id == from })
	return nil
}

// Leaving is what leaving does to a member's money, with the working, so
// the leave page can show it in numbers before they confirm.
type Leaving struct {
	Rule LeaverRule
	// The working: what they put in, what was charged to their account,
	// and what is in it now.
	PaidIn, Fees, Shares, Balance Pence
	// Held is their share of spends agreed but not paid yet, held back in
	// their account; it comes back to them if a spend lapses or is
	// withdrawn.
	Held Pence
	// Refund is owed back to them; Moved stays in the pot, in the common
	// fund; Owes is what they owe the group and still owe after leaving.
	Refund, Moved, Owes Pence
}

// LeavingOf works out a member's leaving under the rule from their account
// and what is held back for agreed spends. It depends on nothing but their
// own account, so people who paid the same get the same, whoever leaves
// first.
func LeavingOf(rule LeaverRule, m PersonMoney, held Pence) Leaving {
	l := Leaving{Rule: rule, PaidIn: m.Paid, Fees: m.Fees, Shares: m.Shares, Balance: m.Balance(), Owes: m.Owes()}
	free := max(l.Balance, 0)
	l.Held = min(held, free)
	free -= l.Held
	if rule == StaysInPot {
		l.Moved = free
	} else {
		l.Refund = free
	}
	return l
}

// HeldFor is a leaver's share of the spends agreed but not paid yet: for
// each, an equal share among the members who voted on it when it was
// agreed. That number is fixed once a spend is agreed, so what is held
// back does not depend on who leaves first.
func HeldFor(g Group, personID string, proposals []Proposal) Pence {
	m, in := g.Member(personID)
	if !in || m.Watching {
		return 0
	}
	var held Pence
	for _, p := range proposals {
		held += HeldShare(p)
	}
	return held
}

// HeldShare is one voting member's share of an agreed spend not paid yet.
func HeldShare(p Proposal) Pence {
	if !p.IsSpend() || p.Status != ProposalApproved || p.Voters <= 0 {
		return 0
	}
	return p.Amount / Pence(p.Voters)
}

// Shares splits a spend among the members who share it, in equal whole
// pence (or in proportion to what each paid in, when the group's rules say
// so); what the shares do not cover, the odd pence, is the common fund's.
// sharers are in the order the shares are listed; paidIn says what each
// paid in, for proportional shares.
func Shares(amount Pence, sharers []string, proportional bool, paidIn map[string]Pence) map[string]Pence {
	out := make(map[string]Pence, len(sharers))
	if len(sharers) == 0 || amount <= 0 {
		return out
	}
	var total Pence
	for _, id := range sharers {
		total += max(paidIn[id], 0)
	}
	for _, id := range sharers {
		if proportional && total > 0 {
			out[id] = amount * max(paidIn[id], 0) / total
		} else {
			out[id] = amount / Pence(len(sharers))
		}
	}
	return out
}
