package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// wished keeps the matching index current after a change to a wish and
// logs the change for the other replicas.
func (a *Actions) wished(ctx context.Context, action string, w community.Wish) error {
	a.Matching.PutWish(w)
	return a.logChange(ctx, action, "wish", w.ID)
}
