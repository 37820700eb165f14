package actions

import (
	"context"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
)

// PayUseFee is someone who uses a group's thing saying they paid their
// fee for the next period: the fee is charged to their account and goes
// to the common fund, and their payment waits for the treasurer to
// confirm it, like any other. It writes the payment (keyed by the form)
// and then the fee (keyed by the payment), so a retry records each once.
func (a *Actions) PayUseFee(ctx context.Context, who Who, groupID, key, method string) (community.Entry, error) {
	g, u, err := a.userGroup(ctx, who, groupID)
	if err != nil {
		return community.Entry{}, err
	}
	if err := stillRunning(g); err != nil {
		return community.Entry{}, err
	}
	t, _ := g.Thing(u.Uses)
	if t.UseFee <= 0 {
		return community.Entry{}, community.Forbidden("error.thing.not_offered")
	}
	if err := (community.Payment{Amount: t.UseFee, Method: method}).Validate(); err != nil {
		return community.Entry{}, err
	}
	k, err := a.clientKey(who, "use-fee", key)
	if err != nil {
		return community.Entry{}, err
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return community.Entry{}, err
	}
	n := strconv.Itoa(community.UseFeesPaid(entries, u.PersonID, t.ID) + 1)
	e, _, err := a.Store.Record(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: k, Kind: community.EntryPayment,
		PersonID: u.PersonID, RecordedBy: who.Actor.ID, Amount: t.UseFee, Method: method, Note: "use of " + t.Name + ", " + string(t.UseEvery) + " " + n})
	if err != nil {
		return community.Entry{}, err
	}
	if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: e.At, GroupID: g.ID, Key: community.UseFeeKey(e.ID), Kind: community.EntryFee,
		PersonID: u.PersonID, RecordedBy: who.Actor.ID, Amount: t.UseFee, Refers: t.ID, Note: e.Note}); err != nil {
		return community.Entry{}, err
	}
	return e, a.logChange(ctx, "pay use fee", "ledger", e.GroupID)
}
