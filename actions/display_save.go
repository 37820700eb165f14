package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// SaveDisplay keeps on the owner's profile how they like pages shown, so
// that Easy Read follows them to another device.
func (a *Actions) SaveDisplay(ctx context.Context, who Who, d community.Display) error {
	if err := who.may(); err != nil {
		return err
	}
	if err := a.Store.SaveDisplay(ctx, who.Owner.ID, d); err != nil {
		return err
	}
	return a.logChange(ctx, "save display", "person", who.Owner.ID)
}
