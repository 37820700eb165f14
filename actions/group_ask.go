package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Ask records that the owner would like to join a group that asks first;
// asking twice changes nothing.
func (a *Actions) Ask(ctx context.Context, who Who, groupID, key string) (community.Group, error) {
	if err := a.mayFor(ctx, who, community.ScopeGroups); err != nil {
		return community.Group{}, err
	}
	k, keyErr := a.clientKey(who, "ask", key)
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if err := g.Ask(who.Owner.ID); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	if err := a.noteAct(ctx, who, k, community.Act{Kind: community.ActAsk, GroupID: g.ID, GroupName: g.Name}); err != nil {
		return community.Group{}, err
	}
	return g, a.logChange(ctx, "ask", "group", g.ID)
}
