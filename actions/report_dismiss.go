package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// DismissReport is a moderator looking at a report and letting it go,
// with a note if they wrote one. The same form sent again completes once;
// a report already dealt with otherwise is refused, and nothing changes.
func (a *Actions) DismissReport(ctx context.Context, who Who, key, id, note string) error {
	if err := a.mayModerate(who); err != nil {
		return err
	}
	k, err := a.clientKey(who, "dismiss", key)
	if err != nil {
		return err
	}
	r, err := a.openReport(ctx, k, id)
	if err != nil {
		return err
	}
	if err := a.handleReport(ctx, who, k, r, "dismiss"); err != nil {
		return err
	}
	if err := a.audit(ctx, who, k, community.Audit{Action: "dismiss", Kind: r.Kind, Target: r.Target, Report: r.ID, Note: note}); err != nil {
		return err
	}
	return a.logChange(ctx, "dismiss report", "report", id)
}
