package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// AnswerWish records the owner's yes or no to the round n of a wish they
// were asked in. Only a yes commits: once everyone has answered, the wish
// is settled at once (see SettleWish). An answer to a round that is over,
// or to one they were not asked in, is refused and changes nothing; a
// changed mind before the round ends replaces the answer.
func (a *Actions) AnswerWish(ctx context.Context, who Who, wishID string, n int, yes bool) (community.Wish, error) {
	if err := who.may(); err != nil {
		return community.Wish{}, err
	}
	me := who.Owner.ID
	w, err := a.Store.ChangeWish(ctx, wishID, func(w *community.Wish) error {
		r := w.Round
		switch {
		case r == nil || r.N != n || !r.Open(a.now()):
			return community.Conflict("error.wish.round_over")
		case !slices.Contains(r.Asked, me):
			return community.Forbidden("error.wish.not_asked")
		}
		r.Answers[me] = yes
		return nil
	})
	if err != nil {
		return community.Wish{}, err
	}
	if err := a.wished(ctx, "answer wish", w); err != nil {
		return w, err
	}
	if w.Round != nil && w.Round.Answered() {
		return a.SettleWish(ctx, w.ID)
	}
	return w, nil
}
