package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// LetIn is an organiser inviting someone who asked; they then see the
// rules and join like anyone invited. Letting the same person in again
// changes nothing.
func (a *Actions) LetIn(ctx context.Context, who Who, groupID, key, personID string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	_, keyErr := a.clientKey(who, "let-in", key)
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if g.IsOrganiser(who.Owner.ID) && slices.Contains(g.Invited, personID) && !slices.Contains(g.Asking, personID) {
			return store.Unchanged
		}
		if err := g.LetIn(who.Owner.ID, personID); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "let in", g)
}
