package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// SetUseFee is an organiser letting people who are not owners use one of
// the group's things for a fee every week or month ("£3 a month for other
// tenants"). The fee goes to the common fund. Set again to the same, it
// changes nothing.
func (a *Actions) SetUseFee(ctx context.Context, who Who, groupID, key, thingID string, fee community.Pence, every community.Period) (community.Group, error) {
	if _, _, err := a.memberGroup(ctx, who, groupID); err != nil {
		return community.Group{}, err
	}
	_, keyErr := a.clientKey(who, "use-price", key)
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if t, has := g.Thing(thingID); has && keyErr == nil && t.UseFee == fee && t.UseEvery == every {
			return store.Unchanged
		}
		if err := g.SetUseFee(who.Owner.ID, thingID, fee, every); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "set use fee", g)
}
