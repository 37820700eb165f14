package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// Confirm is the treasurer confirming that a payment arrived. The
// confirmation's key names the payment, so confirming twice, or two at
// once, records one confirmation.
func (a *Actions) Confirm(ctx context.Context, who Who, groupID, key, paymentID string) (community.Entry, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	payment, err := a.entry(ctx, g.ID, paymentID, community.EntryPayment)
	if err != nil {
		return community.Entry{}, err
	}
	if _, err := a.clientKey(who, "confirm", key); err != nil {
		return community.Entry{}, err
	}
	e, err := a.confirm(ctx, who, g, payment)
	if err != nil {
		return community.Entry{}, err
	}
	return e, a.logChange(ctx, "confirm", "ledger", e.GroupID)
}

// confirm records the confirmation of one payment, keyed by the payment.
// A payment from someone who has left since counts in their account now,
// so what it adds is settled for them as their leaving was: owed back, or
// left in the common fund.
func (a *Actions) confirm(ctx context.Context, who Who, g community.Group, payment community.Entry) (community.Entry, error) {
	e, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: community.ConfirmKey(payment.ID), Kind: community.EntryConfirm,
		PersonID: payment.PersonID, RecordedBy: who.Actor.ID, Amount: payment.Amount, Refers: payment.ID,
	})
	if err != nil {
		return community.Entry{}, err
	}
	if _, in := g.Member(payment.PersonID); !in && slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == payment.PersonID }) {
		if err := a.settleFormer(ctx, who, g, payment.PersonID, payment.ID); err != nil {
			return community.Entry{}, err
		}
	}
	return e, nil
}

// entry finds an entry of one of the kinds in the group's ledger.
func (a *Actions) entry(ctx context.Context, groupID, id string, kinds ...community.EntryKind) (community.Entry, error) {
	entries, err := a.Store.Entries(ctx, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	i := slices.IndexFunc(entries, func(e community.Entry) bool { return e.ID == id && slices.Contains(kinds, e.Kind) })
	if i < 0 {
		return community.Entry{}, community.NotFound("error.payment.not_found")
	}
	return entries[i], nil
}
