package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// ownedBy is a member's share, at cost, of the things the group owns.
func (a *Actions) ownedBy(ctx context.Context, g community.Group, personID string) (community.Pence, error) {
	if len(g.Things) == 0 {
		return 0, nil
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return 0, err
	}
	var owned community.Pence
	for _, t := range g.Things {
		owned += community.MoneyOfThing(entries, t.ID).Shares[personID]
	}
	return owned, nil
}

// proposeBuyOut opens, under the buy-out rule, the vote of the members
// who stay on buying out a leaver's share of what the group owns, at the
// value the leaver asked. It is open for BuyOutWithin; if it is not agreed
// by then, the leaver keeps only the unspent money already owed to them.
// The leaver does not vote. Its id comes from the leave form's key, so a
// retry opens the same vote.
func (a *Actions) proposeBuyOut(ctx context.Context, g community.Group, m community.Membership, leaveKey string, value, owned community.Pence) error {
	voters := g.Voters()
	if g.Rules.Leaver != community.BuyOut || owned <= 0 || value <= 0 || voters == 0 {
		return nil
	}
	var names []string
	for _, t := range g.Things {
		names = append(names, t.Name)
	}
	p := community.Proposal{ID: community.DocID(leaveKey + ":buy-out"), GroupID: g.ID, By: m.PersonID, BuysOut: m.PersonID,
		Amount: value, To: m.Name, For: strings.Join(names, ", "), Voters: voters, Needed: g.Rules.YesNeeded(voters),
		Status: community.ProposalOpen, CreatedAt: a.now(), ClosesAt: a.now().Add(community.BuyOutWithin)}
	if _, err := a.Store.CreateProposal(ctx, p); err != nil {
		return err
	}
	return a.logChange(ctx, "propose buy-out", "proposal", p.ID)
}

// applyBuyOut carries out an agreed buy-out: the value into the leaver's
// account from the group's common fund (where late fees and use fees go),
// and owed back to the leaver, for the treasurer to pay. It is the group
// that buys the share, not the members there that day, so two who leave
// get the same whichever goes first; what the fund lacks is shared among
// whoever is a member when the group winds up. Each entry is keyed by the
// vote, so applying twice records each once.
func (a *Actions) applyBuyOut(ctx context.Context, who Who, p community.Proposal) error {
	if p.BuysOut == "" || p.Status != community.ProposalApproved {
		return nil
	}
	record := func(e community.Entry) (community.Entry, error) {
		e.At, e.GroupID, e.RecordedBy = a.now(), p.GroupID, who.Actor.ID
		e, _, err := a.Store.RecordOnce(ctx, e)
		return e, err
	}
	note := "buying out a share of " + p.For
	if _, err := record(community.Entry{Key: community.BuyOutKey(p.ID), Kind: community.EntryBuyOut, PersonID: p.BuysOut,
		Amount: p.Amount, Refers: p.ID, Note: note}); err != nil {
		return err
	}
	if _, err := record(community.Entry{Key: community.BuyOutRefundKey(p.ID), Kind: community.EntryRefundOwed, PersonID: p.BuysOut,
		Amount: p.Amount, Refers: p.ID, Note: note}); err != nil {
		return err
	}
	_, err := a.Store.ChangeProposal(ctx, p.GroupID, p.ID, markPaid)
	return err
}
