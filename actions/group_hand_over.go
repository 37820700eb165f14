package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// HandOver gives the owner's role ("organiser" or "treasurer") to another
// member. Sent again once done, it changes nothing more.
func (a *Actions) HandOver(ctx context.Context, who Who, groupID, key, to, role string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	_, keyErr := a.clientKey(who, "hand-over", key)
	me := who.Owner.ID
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if _, in := g.Member(me); !in {
			return community.Forbidden("error.group.members_only")
		}
		if keyErr == nil && handedOver(*g, me, to, role) {
			return store.Unchanged
		}
		if err := g.HandOver(me, to, role); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "hand over", g)
}

// handedOver reports whether the role is already with to and not with from.
func handedOver(g community.Group, from, to, role string) bool {
	switch role {
	case "treasurer":
		return g.IsTreasurer(to) && !g.IsTreasurer(from)
	case "organiser":
		return g.IsOrganiser(to) && !g.IsOrganiser(from)
	}
	return false
}
