package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// BackWish says "Me too" to a wish for the owner, with a promise or
// without; a promise to someone who said "Me too" already adds it. When
// the promises now meet their thresholds, the same save opens the round
// that asks those promisers yes or no, or asks them in the open one. A second "Me too" is refused and
// changes nothing, so a form sent twice backs the wish once.
func (a *Actions) BackWish(ctx context.Context, who Who, wishID string, promise community.Pence, threshold int) (community.Wish, error) {
	if err := who.may(); err != nil {
		return community.Wish{}, err
	}
	me := who.Owner
	b := community.Backer{PersonID: me.ID, Name: me.Name, Promise: promise, Threshold: threshold, At: a.now()}
	if err := community.CheckBacker(b); err != nil {
		return community.Wish{}, err
	}
	found, err := a.Store.Wish(ctx, wishID)
	if err != nil {
		return community.Wish{}, err
	}
	if a.Matching.Blocked(me.ID, found.PersonID) {
		return community.Wish{}, community.NotFound("error.wish.not_found")
	}
	w, err := a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
		if w.Started() {
			return community.Conflict("error.wish.started")
		}
		switch old, backs := w.Backer(me.ID); {
		case !backs:
			w.Backers = append(w.Backers, b)
		case !old.Promised() && b.Promised():
			for i := range w.Backers {
				if w.Backers[i].PersonID == me.ID {
					w.Backers[i].Promise, w.Backers[i].Threshold = b.Promise, b.Threshold
				}
			}
		case old.Promised():
			return community.Conflict("error.wish.already_promised")
		default:
			return community.Conflict("error.wish.already_backed")
		}
		w.Ask(a.now())
		return nil
	})
	if err != nil {
		return community.Wish{}, err
	}
	return w, a.wished(ctx, "back wish", w)
}
