package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// forgetWishes takes a member whose account is deleted out of wishes:
// their own wishes are deleted (a group a wish started lives on without
// it), and their "Me too" and promises are taken out of the others'.
// Each step can be done again without harm.
func (a *Actions) forgetWishes(ctx context.Context, me string) error {
	wishes, err := a.Store.WishesOf(ctx, me)
	if err != nil {
		return err
	}
	for _, w := range wishes {
		if w.PersonID == me {
			if err := a.Store.DeleteWish(ctx, w.ID); err != nil {
				return err
			}
			a.Matching.RemoveWish(w.ID)
			if err := a.logChange(ctx, "delete wish", "wish", w.ID); err != nil {
				return err
			}
			continue
		}
		changed, err := a.Store.ChangeWish(ctx, w.ID, func(w *community.Wish) error {
			if _, backs := w.Backer(me); !backs {
				return store.Unchanged
			}
			w.Forget(me)
			return nil
		})
		if err != nil {
			return err
		}
		if err := a.wished(ctx, "forget backer", changed); err != nil {
			return err
		}
	}
	return nil
}
