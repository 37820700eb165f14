package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Vote records a voting member's "yes" or "no"; they may change it until
// the proposal is decided. A rule change that is now approved becomes the
// group's rules. The same vote sent again after the proposal was decided
// by it finishes what it started.
func (a *Actions) Vote(ctx context.Context, who Who, groupID, key, proposalID, choice string) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if choice != "yes" && choice != "no" {
		return community.Proposal{}, community.Invalid(community.FieldError{Field: "vote", Key: "error.invalid"})
	}
	yes := choice == "yes"
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	_, keyErr := a.clientKey(who, "vote", key)
	p, err := a.Store.ChangeProposal(ctx, g.ID, proposalID, func(p *community.Proposal) error {
		if v, voted := p.VoteOf(who.Owner.ID); voted && keyErr == nil && v.Yes == yes && p.Status != community.ProposalOpen {
			return store.Unchanged
		}
		if err := p.Cast(community.Vote{PersonID: who.Owner.ID, Yes: yes, At: a.now()}); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.applyDecided(ctx, who, p); err != nil {
		return community.Proposal{}, err
	}
	return p, a.logChange(ctx, "vote", "proposal", p.ID)
}

// applyDecided carries out a proposal the group has just agreed: new
// rules, more time for a spend, closing the group, or buying out a
// leaver's share. Applying twice changes nothing more.
func (a *Actions) applyDecided(ctx context.Context, who Who, p community.Proposal) error {
	if err := a.applyRules(ctx, p); err != nil {
		return err
	}
	if err := a.applyMoreTime(ctx, p); err != nil {
		return err
	}
	if err := a.applyWindUp(ctx, p); err != nil {
		return err
	}
	return a.applyBuyOut(ctx, who, p)
}

// applyRules makes an approved rule change the group's rules and marks the
// proposal done. Applying twice changes nothing more.
func (a *Actions) applyRules(ctx context.Context, p community.Proposal) error {
	if p.Rules == nil || p.Status != community.ProposalApproved {
		return nil
	}
	g, err := a.Store.ChangeGroup(ctx, p.GroupID, func(g *community.Group) error {
		if community.SameRules(g.Rules, *p.Rules) {
			return store.Unchanged
		}
		g.Rules = *p.Rules
		return nil
	})
	if err != nil {
		return err
	}
	a.indexGroup(ctx, g)
	_, err = a.Store.ChangeProposal(ctx, p.GroupID, p.ID, markPaid)
	return err
}

// markPaid marks a proposal done: a spend paid, or a rule change applied.
func markPaid(p *community.Proposal) error {
	if p.Status == community.ProposalPaid {
		return store.Unchanged
	}
	p.Status = community.ProposalPaid
	return nil
}
