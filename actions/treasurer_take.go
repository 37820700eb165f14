package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// TakeTreasurer is the member the treasurer asked confirming the same pot
// and place: then the role is theirs and the timeline says who handed
// what to whom. Sent again once done, it changes nothing more.
func (a *Actions) TakeTreasurer(ctx context.Context, who Who, groupID, key string, shown community.Pence, confirmed bool) (community.Group, error) {
	g, _, err := a.memberGroup(ctx, who, groupID)
	if err != nil {
		return community.Group{}, err
	}
	me := who.Owner.ID
	_, keyErr := a.clientKey(who, "treasurer", key)
	if keyErr == nil && g.IsTreasurer(me) && g.Handover == nil {
		return g, nil
	}
	pot, err := a.potOf(ctx, g.ID)
	if err != nil {
		return community.Group{}, err
	}
	if h := g.Handover; h == nil || h.To != me {
		return community.Group{}, community.Conflict("error.treasurer.not_asked")
	}
	if err := confirmedPot(shown, pot, confirmed); err != nil {
		return community.Group{}, err
	}
	if keyErr != nil {
		return community.Group{}, keyErr
	}
	g, err = a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		if g.IsTreasurer(me) && g.Handover == nil {
			return store.Unchanged
		}
		return g.TakeTreasurer(me, pot, a.now())
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "take treasurer", g)
}
