package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// TakeHelp is an approved mentor taking a member's help request. Only one
// mentor ever takes it; the same mentor taking it again (a retry) is that
// first taking. Someone the member blocked, or who blocked them, sees no
// request of theirs.
func (a *Actions) TakeHelp(ctx context.Context, who Who, key, id string) (community.Help, error) {
	if err := who.may(); err != nil {
		return community.Help{}, err
	}
	h, err := a.Store.Help(ctx, id)
	if err != nil {
		return community.Help{}, err
	}
	if a.Matching.Blocked(h.By, who.Owner.ID) {
		return community.Help{}, community.NotFound("error.help.not_found")
	}
	m, err := a.Store.Mentor(ctx, who.Owner.ID)
	if community.KindOf(err) == community.KindNotFound {
		return community.Help{}, community.Forbidden("error.help.not_a_mentor")
	} else if err != nil {
		return community.Help{}, err
	}
	if err := h.CanTake(m); err != nil {
		return community.Help{}, err
	}
	if _, err := a.clientKey(who, "help-take", key); err != nil {
		return community.Help{}, err
	}
	if h, err = a.Store.TakeHelp(ctx, id, m.PersonID); err != nil {
		return community.Help{}, err
	}
	return h, a.logChange(ctx, "take help request", "help", id)
}
