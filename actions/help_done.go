package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// FinishHelp is the member who asked, or the mentor who took it, saying
// the help is done. Saying it twice keeps the first.
func (a *Actions) FinishHelp(ctx context.Context, who Who, key, id string) (community.Help, error) {
	if err := who.may(); err != nil {
		return community.Help{}, err
	}
	h, err := a.Store.Help(ctx, id)
	if err != nil {
		return community.Help{}, err
	}
	if err := h.CanFinish(who.Owner.ID); err != nil {
		return community.Help{}, err
	}
	if _, err := a.clientKey(who, "help-done", key); err != nil {
		return community.Help{}, err
	}
	if h.DoneAt.IsZero() {
		if h, err = a.Store.FinishHelp(ctx, id, who.Owner.ID); err != nil {
			return community.Help{}, err
		}
	}
	return h, a.logChange(ctx, "finish help request", "help", id)
}
