package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Join adds the owner to the group, after they have seen its rules, and
// records their pledge. Joining twice, a full group, a closed one or one
// that asks first are refused; the same join form sent again (a retry
// after a failure) finishes the join it started.
func (a *Actions) Join(ctx context.Context, who Who, groupID, key string, watching bool) (community.Group, error) {
	if err := a.mayFor(ctx, who, community.ScopeGroups); err != nil {
		return community.Group{}, err
	}
	// The key is checked after the group's own refusals (full, joined
	// already), which say more to someone with an old form.
	k, keyErr := a.clientKey(who, "join", key)
	me := who.Owner
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if m, in := g.Member(me.ID); in && keyErr == nil && m.JoinKey == k {
			return store.Unchanged
		}
		if err := g.Join(community.Membership{PersonID: me.ID, Name: me.Name, Watching: watching, JoinedAt: a.now(), JoinKey: k}); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	m, _ := g.Member(me.ID)
	if err := a.pledge(ctx, g, m); err != nil {
		return community.Group{}, err
	}
	if err := a.noteAct(ctx, who, k, community.Act{Kind: community.ActJoin, GroupID: g.ID, GroupName: g.Name}); err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "join", g)
}
