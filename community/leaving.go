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

// HandOver gives a role ("organiser" or "treasurer") from one member to
// another; an organiser adds a fellow organiser, a treasurer is replaced.
func (g *Group) HandOver(from, to, role string) error {
	holds := role == "treasurer" && g.IsTreasurer(from) || role == "organiser" && g.IsOrganiser(from)
	if !holds {
		return Forbidden("error.group.not_your_role")
	}
	if _, in := g.Member(to); !in || from == to {
		return Invalid(FieldError{Field: "person", Key: "error.group.hand_over_to"})
	}
	if role == "treasurer" {
		g.Treasurer = to
		return nil
	}
	if !g.IsOrganiser(to) {
		g.Organisers = append(g.Organisers, to)
	}
	g.Organisers = slices.DeleteFunc(g.Organisers, func(id string) bool { return id == from })
	return nil
}

// LeaverRefund is what a leaver gets back under the group's rule: their
// share of what is left, in proportion to what they paid of everything
// paid in, rounded down to the penny; nothing when it stays in the pot.
func LeaverRefund(rule LeaverRule, theyPaid, paidIn, left Pence) Pence {
	if rule == StaysInPot || paidIn <= 0 || theyPaid <= 0 || left <= 0 {
		return 0
	}
	return min(theyPaid*left/paidIn, left)
}

// RefundOf is what a member leaving now gets back under the rule, from
// the group's entries: their share of what is left.
func RefundOf(rule LeaverRule, personID string, entries []Entry) Pence {
	st := Tally(entries)
	return LeaverRefund(rule, st.People[personID].Paid, st.Paid+st.Fees, st.Left())
}
