package actions

import (
	"context"
	"crypto/rand"

	"github.com/clubtogether/clubtogether/community"
)

// MakeCalendarLink gives the member's calendar feed a new private link:
// the old link stops working at once, for anyone who had it. It makes the
// calendar the first time. Making it twice leaves the second link, which
// is what a member pressing twice sees.
func (a *Actions) MakeCalendarLink(ctx context.Context, who Who) (community.Calendar, error) {
	if err := who.may(); err != nil {
		return community.Calendar{}, err
	}
	c, err := a.Store.SetCalendarToken(ctx, who.Owner.ID, rand.Text(), a.now())
	if err != nil {
		return community.Calendar{}, err
	}
	return c, a.logChange(ctx, "new calendar link", "calendar", who.Owner.ID)
}

// renewCalendarLink gives a calendar the member has a new link, as
// signing out everywhere ends every way in that was given out; a member
// with no calendar gets none.
func (a *Actions) renewCalendarLink(ctx context.Context, who Who) error {
	if _, has, err := a.Store.Calendar(ctx, who.Owner.ID); err != nil || !has {
		return err
	}
	_, err := a.MakeCalendarLink(ctx, who)
	return err
}
