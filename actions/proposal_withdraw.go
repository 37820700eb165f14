package actions

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Withdraw takes a proposal back: its proposer may until it is agreed;
// after that only the treasurer, with a reason the members read. Shares
// held back for a withdrawn spend go back to the leavers who held them.
func (a *Actions) Withdraw(ctx context.Context, who Who, groupID, key, proposalID, reason string) (community.Proposal, error) {
	g, _, err := a.memberGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	p, err := a.Store.Proposal(ctx, g.ID, proposalID)
	if err != nil {
		return community.Proposal{}, err
	}
	reason = strings.TrimSpace(reason)
	switch {
	case p.Status == community.ProposalWithdrawn:
	case p.Status == community.ProposalOpen && p.By != who.Owner.ID:
		return community.Proposal{}, community.Forbidden("error.proposal.withdraw_proposer_only")
	case p.Status == community.ProposalApproved && !g.IsTreasurer(who.Owner.ID):
		return community.Proposal{}, community.Forbidden("error.proposal.withdraw_treasurer_only")
	case p.Status == community.ProposalApproved && (reason == "" || utf8.RuneCountInString(reason) > community.MaxNote):
		return community.Proposal{}, community.Invalid(community.FieldError{Field: "reason", Key: "error.proposal.reason"})
	case p.Status != community.ProposalOpen && p.Status != community.ProposalApproved:
		return community.Proposal{}, community.Conflict("error.proposal.not_withdrawable")
	}
	if _, err := a.clientKey(who, "withdraw", key); err != nil {
		return community.Proposal{}, err
	}
	wasAgreed := p.Status == community.ProposalApproved
	p, err = a.Store.ChangeProposal(ctx, g.ID, p.ID, func(q *community.Proposal) error {
		if q.Status == community.ProposalWithdrawn {
			return store.Unchanged
		}
		q.Status, q.Reason = community.ProposalWithdrawn, reason
		return nil
	})
	if err != nil {
		return community.Proposal{}, err
	}
	if wasAgreed {
		if err := a.releaseHolds(ctx, who, g, p.ID); err != nil {
			return community.Proposal{}, err
		}
	}
	return p, a.logChange(ctx, "withdraw", "proposal", p.ID)
}
