package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// StopUsing ends the owner's use of a group's thing. Their fees stay in
// the ledger; they can still read their statement. Sent again, it stops
// once.
func (a *Actions) StopUsing(ctx context.Context, who Who, groupID, key string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	k, keyErr := a.clientKey(who, "stop-using", key)
	me := who.Owner.ID
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if keyErr == nil && slices.ContainsFunc(g.Users, func(m community.Membership) bool { return m.PersonID == me && m.LeaveKey == k }) {
			return store.Unchanged
		}
		if err := g.StopUsing(me, k, a.now()); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "stop using", g)
}
