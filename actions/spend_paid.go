package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// RecordPaid is the treasurer recording an approved spend as paid, with
// each sharer's share of it charged to their account. The spend's key
// names the proposal, so recording it twice, or by two people at once,
// records it once; a spend larger than what may be spent now is refused.
func (a *Actions) RecordPaid(ctx context.Context, who Who, groupID, key, proposalID string) (community.Proposal, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	p, err := a.Store.Proposal(ctx, g.ID, proposalID)
	if err != nil {
		return community.Proposal{}, err
	}
	if p.Rules != nil || p.Status != community.ProposalApproved && p.Status != community.ProposalPaid {
		return community.Proposal{}, community.Conflict("error.proposal.not_approved")
	}
	if _, err := a.clientKey(who, "paid", key); err != nil {
		return community.Proposal{}, err
	}
	spend := community.Entry{At: a.now(), GroupID: g.ID, Key: community.SpendKey(p.ID), Kind: community.EntrySpend,
		RecordedBy: who.Actor.ID, Amount: p.Amount, Note: p.To + ": " + p.For, Refers: p.ID}
	spend, _, err = a.Store.RecordSpend(ctx, spend)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.shareSpend(ctx, who, g, spend); err != nil {
		return community.Proposal{}, err
	}
	if p, err = a.Store.ChangeProposal(ctx, g.ID, p.ID, markPaid); err != nil {
		return community.Proposal{}, err
	}
	return p, a.logChange(ctx, "record paid", "proposal", p.ID)
}
