package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// HideMessage is a moderator hiding a reported message, from the report:
// it then shows as removed by a moderator to everyone but the moderators,
// and the report is dealt with. Hiding writes first and the report is
// marked after, so a retry of the same form completes exactly once; any
// other action on a report already dealt with is refused.
func (a *Actions) HideMessage(ctx context.Context, who Who, key, reportID, note string) error {
	if err := a.mayModerate(who); err != nil {
		return err
	}
	k, err := a.clientKey(who, "hide", key)
	if err != nil {
		return err
	}
	r, err := a.openReport(ctx, k, reportID)
	if err != nil {
		return err
	}
	if !r.Hideable() {
		return community.Invalid(community.FieldError{Field: "report", Key: "error.hide.kind"})
	}
	m, err := a.Store.Message(ctx, r.Target)
	if err != nil {
		return err
	}
	if err := a.Store.HideMessage(ctx, m.ID, who.Actor.ID, a.now()); err != nil {
		return err
	}
	if err := a.handleReport(ctx, who, k, r, "hide"); err != nil {
		return err
	}
	if err := a.audit(ctx, who, k, community.Audit{Action: "hide", Kind: "message", Target: m.ID, Report: r.ID, Note: note}); err != nil {
		return err
	}
	return a.logChange(ctx, "hide message", "message", m.ID)
}
