package app

import (
	"context"
	"log/slog"
	"time"

	"github.com/clubtogether/clubtogether/actions"
)

// settleEvery is how often wishes whose days to answer are over are
// settled: a round nobody opens again still ends within a minute of its
// last day. Every replica may do it; settling twice starts one group.
const settleEvery = time.Minute

// settleWishes settles due wishes now and then until ctx ends.
func settleWishes(ctx context.Context, a *actions.Actions, log *slog.Logger) {
	tick := time.NewTicker(settleEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if n, err := a.SettleDueWishes(ctx); err != nil {
				log.Warn("settle wishes", "settled", n, "err", err)
			}
		}
	}
}
