package actions

import "context"

// SeeActs records that the owner has read the log of what mentors did for
// them, so the home page stops saying there is something new. A mentor
// reading it for them would hide what they did, so it is the owner's own.
func (a *Actions) SeeActs(ctx context.Context, who Who) error {
	if err := who.may(); err != nil {
		return err
	}
	if err := a.Store.SeeActs(ctx, who.Owner.ID, a.now()); err != nil {
		return err
	}
	return a.logChange(ctx, "see acts", "person", who.Owner.ID)
}
