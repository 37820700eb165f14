package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// ProposeWindUp is an organiser putting closing the group to a vote, with
// what happens to each thing it owns: sold and the money shared, given to
// a member, or given away. Refused while a spend is agreed and not paid,
// or while another wind-up vote is open. The proposer's own yes counts.
func (a *Actions) ProposeWindUp(ctx context.Context, who Who, groupID, key string, plan []community.ThingPlan) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return community.Proposal{}, err
	}
	k, keyErr := a.clientKey(who, "wind-up", key)
	id := community.DocID(k)
	if keyErr == nil {
		for _, p := range proposals {
			if p.ID == id {
				return p, nil // the same form sent again
			}
		}
	}
	if err := g.MayWindUp(who.Owner.ID, proposals, a.Now()); err != nil {
		return community.Proposal{}, err
	}
	if err := g.ValidatePlan(plan); err != nil {
		return community.Proposal{}, err
	}
	if keyErr != nil {
		return community.Proposal{}, keyErr
	}
	return a.createProposal(ctx, who, community.Proposal{ID: id, GroupID: g.ID, By: who.Owner.ID, For: "closing the group",
		WindUp: true, Fates: plan, Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())})
}

// applyWindUp makes an agreed wind-up take effect: the group takes no one
// new and no new money, each thing gets its fate, and the votes still open
// are withdrawn, since the group is closing. Applying twice changes
// nothing more.
func (a *Actions) applyWindUp(ctx context.Context, p community.Proposal) error {
	if !p.WindUp || p.Status != community.ProposalApproved {
		return nil
	}
	g, err := a.Store.ChangeGroup(ctx, p.GroupID, func(g *community.Group) error {
		if g.WindingUp || g.Closed {
			return store.Unchanged
		}
		g.StartWindUp(p.Fates, a.now())
		return nil
	})
	if err != nil {
		return err
	}
	a.indexGroup(ctx, g)
	if err := a.cancelPledges(ctx, g, p.By); err != nil {
		return err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	for _, open := range proposals {
		if open.Status != community.ProposalOpen || open.ID == p.ID {
			continue
		}
		if _, err := a.Store.ChangeProposal(ctx, g.ID, open.ID, func(q *community.Proposal) error {
			if q.Status != community.ProposalOpen {
				return store.Unchanged
			}
			q.Status, q.Reason = community.ProposalWithdrawn, "the group is closing"
			return nil
		}); err != nil {
			return err
		}
	}
	_, err = a.Store.ChangeProposal(ctx, p.GroupID, p.ID, markPaid)
	return err
}

// cancelPledges reverses what members pledged and have not paid: a group
// that is closing asks no one for more money. Each reversal is keyed by
// its pledge, so a retry reverses each once.
func (a *Actions) cancelPledges(ctx context.Context, g community.Group, by string) error {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	status := community.Statuses(entries)
	for _, e := range entries {
		if e.Kind != community.EntryPledge || status[e.ID] == community.StatusReversed {
			continue
		}
		if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: community.ReverseKey(e.ID),
			Kind: community.EntryReversal, PersonID: e.PersonID, RecordedBy: by, Amount: e.Amount, Refers: e.ID,
			Note: "the group is closing"}); err != nil {
			return err
		}
	}
	return nil
}

// stillRunning refuses new money and new votes in a group that is closing
// or closed.
func stillRunning(g community.Group) error {
	if g.WindingUp || g.Closed {
		return community.Conflict("error.windup.closing")
	}
	return nil
}
