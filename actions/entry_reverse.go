package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Reverse is the treasurer correcting a mistake: a new entry that cancels
// an earlier one, which stays in the ledger for all to see. The reversal's
// key names the entry, so reversing twice records one reversal.
func (a *Actions) Reverse(ctx context.Context, who Who, groupID, key, entryID string) (community.Entry, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	e, err := a.entry(ctx, g.ID, entryID, community.EntryPayment, community.EntrySpend, community.EntryRefund, community.EntryFee)
	if err != nil {
		return community.Entry{}, err
	}
	if _, err := a.clientKey(who, "reverse", key); err != nil {
		return community.Entry{}, err
	}
	r, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: community.ReverseKey(e.ID), Kind: community.EntryReversal,
		PersonID: e.PersonID, RecordedBy: who.Actor.ID, Amount: e.Amount, Refers: e.ID, Note: "correction",
	})
	if err != nil {
		return community.Entry{}, err
	}
	return r, a.logChange(ctx, "reverse", "ledger", r.ID)
}
