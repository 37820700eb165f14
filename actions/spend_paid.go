package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
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
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	p, err := a.Store.Proposal(ctx, g.ID, proposalID)
	if err != nil {
		return community.Proposal{}, err
	}
	switch {
	case p.IsSpend() && p.Status == community.ProposalLapsed:
		return community.Proposal{}, community.Conflict("error.proposal.lapsed")
	case !p.IsSpend() || p.Status != community.ProposalApproved && p.Status != community.ProposalPaid:
		return community.Proposal{}, community.Conflict("error.proposal.not_approved")
	}
	if _, err := a.clientKey(who, "paid", key); err != nil {
		return community.Proposal{}, err
	}
	// A spend paid, then reversed, is paid again under a new key.
	timesReversed, err := a.spendsReversed(ctx, g.ID, p.ID)
	if err != nil {
		return community.Proposal{}, err
	}
	spend := community.Entry{At: a.now(), GroupID: g.ID, Key: community.SpendKey(p.ID, timesReversed), Kind: community.EntrySpend,
		RecordedBy: who.Actor.ID, Amount: p.Amount, Note: p.To + ": " + p.For, Refers: p.ID}
	spend, _, err = a.Store.RecordSpend(ctx, spend)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.shareSpend(ctx, who, g, spend); err != nil {
		return community.Proposal{}, err
	}
	if err := a.keepThing(ctx, g, p, spend); err != nil {
		return community.Proposal{}, err
	}
	if p, err = a.Store.ChangeProposal(ctx, g.ID, p.ID, markPaid); err != nil {
		return community.Proposal{}, err
	}
	return p, a.logChange(ctx, "record paid", "proposal", p.ID)
}

// spendsReversed counts the spends of a proposal that were reversed.
func (a *Actions) spendsReversed(ctx context.Context, groupID, proposalID string) (int, error) {
	entries, err := a.Store.Entries(ctx, groupID)
	if err != nil {
		return 0, err
	}
	status := community.Statuses(entries)
	n := 0
	for _, e := range entries {
		if e.Kind == community.EntrySpend && e.Refers == proposalID && status[e.ID] == community.StatusReversed {
			n++
		}
	}
	return n, nil
}

// keepThing adds to the group's things what a paid spend bought to keep;
// a retry finds it kept.
func (a *Actions) keepThing(ctx context.Context, g community.Group, p community.Proposal, spend community.Entry) error {
	if p.Keep == "" {
		return nil
	}
	kept, err := a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		if !g.Keep(community.Thing{ID: p.ID, Name: p.Keep, BoughtAt: spend.At}) {
			return store.Unchanged
		}
		return nil
	})
	if err != nil {
		return err
	}
	a.indexGroup(ctx, kept)
	return nil
}
