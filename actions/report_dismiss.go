package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// DismissReport is a moderator looking at a report and letting it go.
// Dismissing twice keeps the first.
func (a *Actions) DismissReport(ctx context.Context, who Who, key, id string) error {
	if err := who.may(); err != nil {
		return err
	}
	if !community.IsModerator(who.Actor, a.Moderators) {
		return community.Forbidden("error.forbidden")
	}
	r, err := a.Store.Report(ctx, id)
	if err != nil {
		return err
	}
	k, err := a.clientKey(who, "dismiss", key)
	if err != nil {
		return err
	}
	if err := a.Store.DismissReport(ctx, id, who.Actor.ID, a.now()); err != nil {
		return err
	}
	r.DismissedAt = a.now()
	a.inbox.report(r)
	if err := a.audit(ctx, who, k, community.Audit{Action: "dismiss", Kind: r.Kind, Target: r.Target, Report: r.ID}); err != nil {
		return err
	}
	return a.logChange(ctx, "dismiss report", "report", id)
}
