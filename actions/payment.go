package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Pay records "I paid": a member's payment into the pot, waiting for the
// treasurer to confirm it. Only the treasurer records a payment for
// someone else (cash handed to them, say); forPerson is that member, or
// "" for the owner's own payment. The entry's key comes from the form's,
// so the same form sent twice records once.
func (a *Actions) Pay(ctx context.Context, who Who, groupID, key, forPerson string, p community.Payment) (community.Entry, error) {
	if err := a.mayFor(ctx, who, community.ScopePayments); err != nil {
		return community.Entry{}, err
	}
	g, _, err := a.groupOfMember(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	if err := stillRunning(g); err != nil {
		return community.Entry{}, err
	}
	payer := who.Owner.ID
	if forPerson != "" && forPerson != payer {
		// A treasurer's record for someone else is its own confirmation,
		// which a mentor never gives for them.
		if who.Acting() {
			return community.Entry{}, community.Forbidden("error.acting.no_permission")
		}
		if !g.IsTreasurer(who.Owner.ID) {
			return community.Entry{}, community.Forbidden("error.payment.for_someone_else")
		}
		if _, in := g.Member(forPerson); !in {
			return community.Entry{}, community.NotFound("error.payment.not_a_member")
		}
		payer = forPerson
	}
	if err := p.Validate(); err != nil {
		return community.Entry{}, err
	}
	k, err := a.clientKey(who, "pay", key)
	if err != nil {
		return community.Entry{}, err
	}
	e, _, err := a.Store.Record(ctx, community.Entry{At: a.now(),
		GroupID: g.ID, Key: k, Kind: community.EntryPayment, PersonID: payer, RecordedBy: who.Actor.ID,
		Amount: p.Amount, Method: p.Method, Note: p.Note,
	})
	if err != nil {
		return community.Entry{}, err
	}
	// Money handed to the treasurer needs no second look: their record of
	// it is its confirmation.
	if payer != who.Owner.ID {
		if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: community.ConfirmKey(e.ID),
			Kind: community.EntryConfirm, PersonID: payer, RecordedBy: who.Actor.ID, Amount: e.Amount, Refers: e.ID}); err != nil {
			return community.Entry{}, err
		}
	}
	if err := a.noteAct(ctx, who, k, community.Act{Kind: community.ActPay, GroupID: g.ID, GroupName: g.Name, Amount: e.Amount}); err != nil {
		return community.Entry{}, err
	}
	return e, a.logChange(ctx, "pay", "ledger", e.GroupID)
}
