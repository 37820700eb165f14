package actions

import (
	"context"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// pledge records what a voting member promises under the pot's rules, once for
// each time they join: the contributions and the fees, and it charges the
// fees to their account, for the common fund: the joining fee, and the
// late fee when the group had already bought something when they joined.
// The keys name the membership, and what is charged depends only on the
// ledger before they joined, so a retry charges the same, once.
func (a *Actions) pledge(ctx context.Context, g community.Group, m community.Membership) error {
	if m.Watching {
		return nil // watching members pledge nothing and pay no fees
	}
	fees := []community.Entry{{Key: community.FeeKey(m, "joining"), Amount: g.Rules.JoiningFee, Note: "joining fee"}}
	if g.Rules.LateFee > 0 {
		entries, err := a.Store.Entries(ctx, g.ID)
		if err != nil {
			return err
		}
		if boughtBefore(entries, m.JoinedAt) {
			fees = append(fees, community.Entry{Key: community.FeeKey(m, "late"), Amount: g.Rules.LateFee, Note: "late fee"})
		}
	}
	if _, done, err := a.Store.Recorded(ctx, g.ID, community.PledgeKey(m)); err != nil || done {
		return err
	}
	promise := m.PledgeUnder(g.Rules)
	for _, f := range fees {
		if f.Amount <= 0 {
			continue
		}
		promise += f.Amount
		f.At, f.GroupID, f.Kind, f.PersonID, f.RecordedBy = a.now(), g.ID, community.EntryFee, m.PersonID, m.PersonID
		if _, _, err := a.Store.RecordOnce(ctx, f); err != nil {
			return err
		}
	}
	if promise <= 0 {
		return nil
	}
	_, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: community.PledgeKey(m), Kind: community.EntryPledge, PersonID: m.PersonID,
		RecordedBy: m.PersonID, Amount: promise,
	})
	return err
}

// boughtBefore reports whether the group had spent money before t.
func boughtBefore(entries []community.Entry, t time.Time) bool {
	status := community.Statuses(entries)
	for _, e := range entries {
		if e.Kind == community.EntrySpend && status[e.ID] != community.StatusReversed && !e.At.After(t) {
			return true
		}
	}
	return false
}
