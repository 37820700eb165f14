package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// UseThing is someone who is not an owner starting to use a thing the
// group offers for a fee: they become a user of it, not a member. They
// pay their first fee on the thing's page. Sent again, it starts once.
func (a *Actions) UseThing(ctx context.Context, who Who, groupID, key, thingID string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	k, keyErr := a.clientKey(who, "use", key)
	me := who.Owner
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if u, user := g.User(me.ID); user && keyErr == nil && u.JoinKey == k {
			return store.Unchanged
		}
		if err := g.UseThing(community.Membership{PersonID: me.ID, Name: me.Name, JoinedAt: a.now(), JoinKey: k, Uses: thingID}); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "use", g)
}
