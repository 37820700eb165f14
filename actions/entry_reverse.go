package actions

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Reverse is the treasurer correcting a mistake, with a reason: a new
// entry that cancels an earlier one, which stays in the ledger for all to
// see. The reversal's key names the entry, so reversing twice records one
// reversal. A paid spend reversed is agreed and waiting to be paid again,
// and its shares are cancelled with it.
func (a *Actions) Reverse(ctx context.Context, who Who, groupID, key, entryID, reason string) (community.Entry, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	e, err := a.entry(ctx, g.ID, entryID, community.EntryPayment, community.EntrySpend, community.EntryRefund, community.EntryFee)
	if err != nil {
		return community.Entry{}, err
	}
	if reason = strings.TrimSpace(reason); reason == "" || utf8.RuneCountInString(reason) > community.MaxNote {
		return community.Entry{}, community.Invalid(community.FieldError{Field: "reason", Key: "error.reverse.reason"})
	}
	if _, err := a.clientKey(who, "reverse", key); err != nil {
		return community.Entry{}, err
	}
	r, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: community.ReverseKey(e.ID), Kind: community.EntryReversal,
		PersonID: e.PersonID, RecordedBy: who.Actor.ID, Amount: e.Amount, Refers: e.ID, Note: reason,
	})
	if err != nil {
		return community.Entry{}, err
	}
	if e.Kind == community.EntrySpend && e.Refers != "" {
		if _, err := a.Store.ChangeProposal(ctx, g.ID, e.Refers, func(p *community.Proposal) error {
			if p.Status != community.ProposalPaid {
				return store.Unchanged
			}
			p.Status = community.ProposalApproved
			return nil
		}); err != nil {
			return community.Entry{}, err
		}
	}
	return r, a.logChange(ctx, "reverse", "ledger", r.GroupID)
}
