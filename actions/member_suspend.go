package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Suspend is a moderator suspending a member: every sign-in of theirs ends
// at once, and signing in again shows them why they cannot use the site.
// Suspending twice keeps the first. From a report (reportID not ""), the
// report is dealt with too, after the suspension, so a retry of the same
// form completes it; a report already dealt with otherwise is refused
// before anything changes.
func (a *Actions) Suspend(ctx context.Context, who Who, key, personID, reportID, note string) error {
	if err := a.mayModerate(who); err != nil {
		return err
	}
	p, err := a.Store.Person(ctx, personID)
	if err != nil {
		return err
	}
	if p.ID == who.Actor.ID {
		return community.Invalid(community.FieldError{Field: "person", Key: "error.suspend.yourself"})
	}
	k, err := a.clientKey(who, "suspend", key)
	if err != nil {
		return err
	}
	var r community.Report
	if reportID != "" {
		if r, err = a.openReport(ctx, k, reportID); err != nil {
			return err
		}
	}
	if !p.Suspended() {
		if err := a.Store.Suspend(ctx, p.ID, who.Actor.ID, a.now()); err != nil {
			return err
		}
	}
	// A suspended mentor is suggested to nobody from now on.
	a.Matching.RemoveMentor(p.ID)
	if r.ID != "" {
		if err := a.handleReport(ctx, who, k, r, "suspend"); err != nil {
			return err
		}
	}
	if err := a.audit(ctx, who, k, community.Audit{Action: "suspend", Kind: "person", Target: p.ID, Report: r.ID, Note: note}); err != nil {
		return err
	}
	return a.logChange(ctx, "suspend", "person", p.ID)
}
