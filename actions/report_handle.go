package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// openReport loads the report a moderator's action deals with and checks
// it is still theirs to deal with: open, or dealt with by this same form
// (a resend, which then completes). k is the action's key.
func (a *Actions) openReport(ctx context.Context, k, id string) (community.Report, error) {
	r, err := a.Store.Report(ctx, id)
	if err != nil {
		return community.Report{}, err
	}
	return r, r.Handle(auditID(k))
}

// handleReport records how the moderator dealt with the report, after the
// change itself, so that a failure in between leaves it open for the
// retry. Another moderator dealing with it in the meantime is a conflict.
func (a *Actions) handleReport(ctx context.Context, who Who, k string, r community.Report, as string) error {
	if !r.Open() {
		// Dealt with by this same form already (openReport let nothing
		// else through): a resend keeps the first time.
		return nil
	}
	r.HandledBy, r.HandledAt, r.HandledAs, r.HandledKey = who.Actor.ID, a.now(), as, auditID(k)
	ok, err := a.Store.HandleReport(ctx, r)
	if err != nil {
		return err
	}
	if !ok {
		return community.Conflict("error.report.handled")
	}
	a.inbox.report(r)
	return nil
}
