package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// recordDates records what the calendar decided since the group last
// changed: votes that closed without being agreed, and agreed spends that
// lapsed unpaid, whose shares held back go back to the leavers who held
// them. Pages work these out when they are read; the first change after
// writes them down, so no job has to run on the day.
func (a *Actions) recordDates(ctx context.Context, who Who, g community.Group) error {
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	now := a.Now()
	for _, p := range proposals {
		if p.AsOf(now) == p.Status {
			continue
		}
		changed, err := a.Store.ChangeProposal(ctx, g.ID, p.ID, func(q *community.Proposal) error {
			if q.AsOf(now) == q.Status {
				return store.Unchanged
			}
			q.Status = q.AsOf(now)
			return nil
		})
		if err != nil {
			return err
		}
		if changed.Status == community.ProposalLapsed {
			if err := a.releaseHolds(ctx, who, g, changed.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// releaseHolds gives back the shares held for a spend that will not go
// ahead to the leavers who held them.
func (a *Actions) releaseHolds(ctx context.Context, who Who, g community.Group, proposalID string) error {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Kind == community.EntryHold && e.Refers == proposalID {
			if err := a.settleFormer(ctx, who, g, e.PersonID, proposalID); err != nil {
				return err
			}
		}
	}
	return nil
}
