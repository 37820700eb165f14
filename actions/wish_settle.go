package actions

import (
	"context"
	"errors"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// SettleWish ends the wish's round once everyone has answered or its
// days are over. When the yeses still meet their thresholds, the group
// starts with each of them joined, pledging their own promise; otherwise
// the wish waits, and the promises of those who said no or did not answer
// are taken back. Nothing happens to a wish whose round is still open.
//
// The round is closed first, in one save of the wish as the database
// holds it, which fixes who joins: no answer changes it after, and a
// replica that had not yet heard the last answers cannot close it
// another way. The group's id comes from the wish and the round, its
// pledges are keyed by membership, and the wish is marked started last,
// so a retry after a failure at any step starts the one group and records
// each pledge once.
func (a *Actions) SettleWish(ctx context.Context, wishID string) (community.Wish, error) {
	w, err := a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
		if !w.Close(a.now(), a.Matching.Blocked) {
			return store.Unchanged // open still, closed already, or started
		}
		return nil
	})
	if err != nil || w.Closing == nil {
		if err == nil {
			err = a.wished(ctx, "settle wish", w)
		}
		return w, err
	}
	g, err := a.startWishGroup(ctx, w, *w.Closing)
	if community.KindOf(err) == community.KindInvalid {
		// The group cannot start as wished (its district is no longer
		// known, say): the wish waits, for a round that can.
		a.Log.Warn("a wish's group could not start", "wish", w.ID, "err", err)
		return a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
			w.Closing = nil
			return nil
		})
	}
	if err != nil {
		return community.Wish{}, err
	}
	w, err = a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
		if w.Closing == nil {
			return store.Unchanged
		}
		w.Closing, w.GroupID = nil, g.ID
		return nil
	})
	if err != nil {
		return community.Wish{}, err
	}
	// An offer sent while the group started is moved now.
	if err := a.moveOffers(ctx, w.ID, g.ID); err != nil {
		return w, err
	}
	return w, a.wished(ctx, "settle wish", w)
}

// startWishGroup starts the group of a closed round with those who join.
func (a *Actions) startWishGroup(ctx context.Context, w community.Wish, c community.Closing) (community.Group, error) {
	g := w.GroupFor(c.Join, a.now())
	g.ID, g.CreatedAt = community.DocID(fmt.Sprintf("wish/%s/round/%d", w.ID, c.N)), a.now()
	if err := g.Validate(a.Places.Known, community.Day(a.Now())); err != nil {
		return community.Group{}, err
	}
	created, err := a.Store.CreateGroup(ctx, g)
	if err != nil {
		return community.Group{}, err
	}
	for _, m := range created.Members {
		if err := a.pledge(ctx, created, m); err != nil {
			return community.Group{}, err
		}
	}
	// The providers who answered the wish now answer the group.
	if err := a.moveOffers(ctx, w.ID, created.ID); err != nil {
		return community.Group{}, err
	}
	return created, a.changed(ctx, "start group from wish", created)
}

// moveOffers gives the wish's offers to the group it started.
func (a *Actions) moveOffers(ctx context.Context, wishID, groupID string) error {
	offers, err := a.Store.OffersTo(ctx, wishID)
	if err != nil {
		return err
	}
	for _, o := range offers {
		if o.GroupID == "" {
			if err := a.Store.MoveOffer(ctx, o.ID, groupID); err != nil {
				return err
			}
			if err := a.logChange(ctx, "move offer", "offer", o.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// SettleDueWishes settles every wish whose round's days are over, for the
// replica's clock to run now and then: a round nobody answers still ends.
// A wish that fails to settle is logged and tried again next time; the
// others are settled all the same.
func (a *Actions) SettleDueWishes(ctx context.Context) (int, error) {
	wishes, err := a.Store.AllWishes(ctx)
	if err != nil {
		return 0, err
	}
	settled := 0
	var first error
	for _, w := range wishes {
		if (w.Round == nil || w.Round.Open(a.now())) && w.Closing == nil {
			continue
		}
		if _, err := a.SettleWish(ctx, w.ID); err != nil {
			a.Log.Warn("settle a wish", "wish", w.ID, "err", err)
			first = errors.Join(first, err)
			continue
		}
		settled++
	}
	return settled, first
}
