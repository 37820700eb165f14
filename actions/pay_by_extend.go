package actions

import (
	"context"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// ProposeMoreTime puts to a vote giving an agreed spend more time to be
// paid: until newPayBy, a later day than it has now. Once agreed, the spend
// is payable until then instead of lapsing. One such vote at a time for a
// spend; the proposer's own yes counts.
func (a *Actions) ProposeMoreTime(ctx context.Context, who Who, groupID, key, spendID string, newPayBy time.Time) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	if err := stillRunning(g); err != nil {
		return community.Proposal{}, err
	}
	spend, err := a.Store.Proposal(ctx, g.ID, spendID)
	if err != nil {
		return community.Proposal{}, err
	}
	if !spend.IsSpend() || spend.Status != community.ProposalApproved {
		return community.Proposal{}, community.Conflict("error.extend.not_agreed")
	}
	// To the end of the day chosen, in London.
	until := community.EndOfDay(community.Day(newPayBy))
	if !until.After(spend.PayBy) {
		return community.Proposal{}, community.Invalid(community.FieldError{Field: "pay_by", Key: "error.extend.later",
			Args: []string{community.InLondon(spend.PayBy).Format("Monday 2 January 2006")}})
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return community.Proposal{}, err
	}
	k, err := a.clientKey(who, "more-time", key)
	if err != nil {
		return community.Proposal{}, err
	}
	id := community.DocID(k)
	for _, p := range proposals {
		if p.Extends == spend.ID && p.ID != id && p.AsOf(a.Now()) == community.ProposalOpen {
			return community.Proposal{}, community.Conflict("error.extend.one_at_a_time")
		}
	}
	return a.createProposal(ctx, who, community.Proposal{ID: id, GroupID: g.ID, By: who.Owner.ID, For: spend.For, To: spend.To,
		Extends: spend.ID, NewPayBy: until, Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())})
}

// applyMoreTime gives an agreed spend the pay-by date an agreed vote for
// more time chose, and marks that vote done. Applying twice changes
// nothing more.
func (a *Actions) applyMoreTime(ctx context.Context, p community.Proposal) error {
	if p.Extends == "" || p.Status != community.ProposalApproved {
		return nil
	}
	if _, err := a.Store.ChangeProposal(ctx, p.GroupID, p.Extends, func(spend *community.Proposal) error {
		if spend.Status != community.ProposalApproved || !p.NewPayBy.After(spend.PayBy) {
			return store.Unchanged
		}
		spend.PayBy = p.NewPayBy
		return nil
	}); err != nil {
		return err
	}
	_, err := a.Store.ChangeProposal(ctx, p.GroupID, p.ID, markPaid)
	return err
}
