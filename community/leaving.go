package community

import "slices"

// Leave takes a member out. Someone who holds a role must hand it to
// another member first, so a group never has nobody in charge; the last
// member leaving closes the group.
func (g *Group) Leave(personID string) error {
	if _, in := g.Member(personID); !in {
		return Conflict("error.group.not_member")
	}
	others := len(g.Members) > 1
	if others && (g.IsTreasurer(personID) || g.IsOrganiser(personID) && len(g.Organisers) == 1) {
		return Forbidden("error.group.hand_over_first")
	}
	g.Members = slices.DeleteFunc(g.Members, func(m Membership) bool { return m.PersonID == personID })
	g.Organisers = slices.DeleteFunc(g.Organisers, func(id string) bool { return id == personID })
	if !others {
		g.Closed = true
	}
	return nil
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
