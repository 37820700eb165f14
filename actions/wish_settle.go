package actions

import (
	"context"
	"fmt"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// SettleWish ends the wish's round once everyone has answered or its
// days are over. When the yeses still meet their thresholds, the group
// starts with each of them joined, pledging their own promise; otherwise
// the wish waits, and the promises of those who said no or did not answer
// are taken back. Nothing happens to a wish whose round is still open.
//
// The group's id comes from the wish and the round, its pledges are keyed
// by membership, and the wish is marked last, so a retry after a failure
// at any step starts the one group and records each pledge once.
func (a *Actions) SettleWish(ctx context.Context, wishID string) (community.Wish, error) {
	w, err := a.Store.Wish(ctx, wishID)
	if err != nil {
		return community.Wish{}, err
	}
	out, done := w.RoundOutcome(a.now())
	if !done {
		return w, nil
	}
	n := w.Round.N
	groupID := ""
	if len(out.Join) > 0 {
		g, err := a.startWishGroup(ctx, w, n, out.Join)
		if err != nil {
			return community.Wish{}, err
		}
		groupID = g.ID
	}
	w, err = a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
		if w.Round == nil || w.Round.N != n {
			return store.Unchanged // settled already
		}
		w.Round, w.GroupID = nil, groupID
		for i, b := range w.Backers {
			if slices.Contains(out.Withdrawn, b.PersonID) {
				w.Backers[i].Promise, w.Backers[i].Threshold = 0, 0
			}
		}
		return nil
	})
	if err != nil {
		return community.Wish{}, err
	}
	return w, a.wished(ctx, "settle wish", w)
}

// startWishGroup starts the group of round n with the backers who join.
func (a *Actions) startWishGroup(ctx context.Context, w community.Wish, n int, join []community.Backer) (community.Group, error) {
	g := w.GroupFor(join, a.now())
	g.ID, g.CreatedAt = community.DocID(fmt.Sprintf("wish/%s/round/%d", w.ID, n)), a.now()
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
	offers, err := a.Store.OffersTo(ctx, w.ID)
	if err != nil {
		return community.Group{}, err
	}
	for _, o := range offers {
		if o.GroupID == "" {
			if err := a.Store.MoveOffer(ctx, o.ID, created.ID); err != nil {
				return community.Group{}, err
			}
		}
	}
	return created, a.changed(ctx, "start group from wish", created)
}

// SettleDueWishes settles every wish whose round's days are over, for the
// replica's clock to run now and then: a round nobody answers still ends.
func (a *Actions) SettleDueWishes(ctx context.Context) (int, error) {
	wishes, err := a.Store.AllWishes(ctx)
	if err != nil {
		return 0, err
	}
	settled := 0
	for _, w := range wishes {
		if w.Round == nil || w.Round.Open(a.now()) {
			continue
		}
		if _, err := a.SettleWish(ctx, w.ID); err != nil {
			return settled, err
		}
		settled++
	}
	return settled, nil
}
