package community

// Deleting is what deleting a member's account would do, worked out before
// they confirm it: what must be done first (Blockers), and what happens in
// each group whose records hold something of theirs.
type Deleting struct {
	Blockers []DeleteBlocker
	Groups   []DeletingGroup
}

// DeleteBlocker is one thing to do before an account can be deleted: Key
// is its message (a role to hand over, a group closing, a provider to
// hand over), in the group or provider named.
type DeleteBlocker struct {
	Key, ID, Name string
}

// DeletingGroup is what deleting does in one group: they leave it (an open
// group they are in) under its rule, with the money that works out
// (Leaving); a group that closed, or that they left or only use a thing
// of, keeps their entries by no name. KeepsName is a refund owed to them
// and not yet paid: their name stays with the treasurer until it is.
type DeletingGroup struct {
	ID, Name  string
	Leaves    bool
	Closed    bool
	Leaving   Leaving
	KeepsName bool
}

// Blocked says an account cannot be deleted yet.
func (d Deleting) Blocked() bool { return len(d.Blockers) > 0 }

// DeletingOf works out deleting the member's account from the groups they
// are, were or use a thing in (with each one's ledger and proposals) and
// the providers they manage. Someone who holds a role in a group must hand
// it over, as leaving asks; a group winding up must close first; a
// provider must be handed over, as nobody else could change it.
func DeletingOf(me string, groups []Group, entries map[string][]Entry, proposals map[string][]Proposal, providers []Provider) Deleting {
	var d Deleting
	for _, p := range providers {
		d.Blockers = append(d.Blockers, DeleteBlocker{Key: "delete.blocked.provider", ID: p.ID, Name: p.Name})
	}
	for _, g := range groups {
		money := Tally(entries[g.ID]).People[me]
		_, member := g.Member(me)
		dg := DeletingGroup{ID: g.ID, Name: g.Name, Leaves: member && !g.Closed, Closed: g.Closed}
		if dg.Leaves {
			if err := g.MayLeave(me); err != nil {
				key := "delete.blocked.role"
				if g.WindingUp {
					key = "delete.blocked.winding_up"
				}
				d.Blockers = append(d.Blockers, DeleteBlocker{Key: key, ID: g.ID, Name: g.Name})
				continue
			}
			dg.Leaving = LeavingOf(g.Rules.Leaver, money, HeldFor(g, me, proposals[g.ID]))
			dg.KeepsName = dg.Leaving.Refund > 0
		} else {
			dg.KeepsName = money.RefundOwed > 0
		}
		d.Groups = append(d.Groups, dg)
	}
	return d
}

// ForgetName takes a member's name out of the group's records, for one
// who deleted their account: the ledger keeps their entries, under "a
// former member", and so do the notes of its story that named them (a
// note keeps names, not ids, so any name they had there goes). It reports
// whether there was a name to take out.
func (g *Group) ForgetName(personID string) bool {
	names := map[string]bool{}
	for _, list := range [][]Membership{g.Members, g.Former, g.Users} {
		for i := range list {
			if list[i].PersonID == personID && list[i].Name != "" {
				names[list[i].Name] = true
				list[i].Name = ""
			}
		}
	}
	for i := range g.Notes {
		for j, a := range g.Notes[i].Args {
			if names[a] {
				g.Notes[i].Args[j] = ""
			}
		}
	}
	return len(names) > 0
}
