package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// PayBack is the treasurer recording that a refund owed to a former member
// was paid back to them, out of the pot. Its key names what was owed, so
// recording it twice records it once; a refund the pot cannot pay is
// refused with that reason.
func (a *Actions) PayBack(ctx context.Context, who Who, groupID, key, owedID string) (community.Entry, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	owed, err := a.entry(ctx, g.ID, owedID, community.EntryRefundOwed)
	if err != nil {
		return community.Entry{}, err
	}
	if _, err := a.clientKey(who, "pay-back", key); err != nil {
		return community.Entry{}, err
	}
	e, _, err := a.Store.RecordRefund(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: community.PayBackKey(owed.ID),
		Kind: community.EntryRefund, PersonID: owed.PersonID, RecordedBy: who.Actor.ID, Amount: owed.Amount, Refers: owed.ID})
	if err != nil {
		return community.Entry{}, err
	}
	if err := a.forgetOnceRepaid(ctx, g.ID, owed.PersonID); err != nil {
		return community.Entry{}, err
	}
	return e, a.logChange(ctx, "pay back", "ledger", e.GroupID)
}

// forgetOnceRepaid takes the name of someone who deleted their account out
// of the group's records once nothing more is owed back to them: it was
// kept only so that the treasurer could pay them.
func (a *Actions) forgetOnceRepaid(ctx context.Context, groupID, personID string) error {
	switch _, err := a.Store.Person(ctx, personID); {
	case err == nil:
		return nil // still a member of the site
	case community.KindOf(err) != community.KindNotFound:
		return err
	}
	entries, err := a.Store.Entries(ctx, groupID)
	if err != nil {
		return err
	}
	if community.Tally(entries).People[personID].RefundOwed > 0 {
		return nil
	}
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if !g.ForgetName(personID) {
			return store.Unchanged
		}
		return nil
	})
	if err != nil {
		return err
	}
	return a.changed(ctx, "forget name", g)
}
