package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// EndConnection is the owner ending their connection with another member:
// both hellos are taken back, so neither can message the other until they
// both say hello again. Their messages so far stay for each to read.
func (a *Actions) EndConnection(ctx context.Context, who Who, key, with string) error {
	if err := who.may(); err != nil {
		return err
	}
	me := who.Owner.ID
	_, keyErr := a.clientKey(who, "end-connection", key)
	if !a.Matching.SaidHello(me, with) && !a.Matching.SaidHello(with, me) {
		if keyErr == nil {
			return a.logChange(ctx, "end connection", "mark", me+"/"+with) // ended already: the same form again
		}
		return community.NotFound("error.connection.none")
	}
	if keyErr != nil {
		return keyErr
	}
	for _, m := range []community.Mark{{From: me, To: with, Kind: community.MarkHello}, {From: with, To: me, Kind: community.MarkHello}} {
		if _, err := a.Store.DeleteMark(ctx, m); err != nil {
			return err
		}
		a.Matching.Unmark(m)
	}
	return a.logChange(ctx, "end connection", "mark", me+"/"+with)
}
