package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// ConfirmAll is the treasurer confirming several payments at once, as when
// a bank statement shows them all. Each is confirmed once, as Confirm
// does, so sending the form again, or a payment confirmed already, changes
// nothing more.
func (a *Actions) ConfirmAll(ctx context.Context, who Who, groupID, key string, paymentIDs []string) ([]community.Entry, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return nil, err
	}
	var payments []community.Entry
	for _, id := range paymentIDs {
		p, err := a.entry(ctx, g.ID, id, community.EntryPayment)
		if err != nil {
			return nil, err
		}
		payments = append(payments, p)
	}
	if len(payments) == 0 {
		return nil, community.Invalid(community.FieldError{Field: "entry", Key: "error.payment.none_ticked"})
	}
	if _, err := a.clientKey(who, "confirm-all", key); err != nil {
		return nil, err
	}
	var out []community.Entry
	for _, p := range payments {
		e, err := a.confirm(ctx, who, g, p)
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
	return out, a.logChange(ctx, "confirm all", "group", g.ID)
}
