package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Hide is a moderator hiding what a report is about, from the report: a
// message then reads as removed by a moderator, and a listing is shown to
// nobody, to everyone but the moderators; the report is dealt with.
// Hiding writes first and the report is marked after, so a retry of the
// same form completes exactly once; any other action on a report already
// dealt with is refused before anything changes.
func (a *Actions) Hide(ctx context.Context, who Who, key, reportID, note string) error {
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
	switch r.Kind {
	case "message":
		if _, err := a.Store.Message(ctx, r.Target); err != nil {
			return err
		}
		err = a.Store.HideMessage(ctx, r.Target, who.Actor.ID, a.now())
	case "listing":
		err = a.removeListing(ctx, who, r.Target)
	default:
		return community.Invalid(community.FieldError{Field: "report", Key: "error.hide.kind"})
	}
	if err != nil {
		return err
	}
	if err := a.handleReport(ctx, who, k, r, "hide"); err != nil {
		return err
	}
	if err := a.audit(ctx, who, k, community.Audit{Action: "hide", Kind: r.Kind, Target: r.Target, Report: r.ID, Note: note}); err != nil {
		return err
	}
	return a.logChange(ctx, "hide "+r.Kind, r.Kind, r.Target)
}

// removeListing hides a listing and takes it out of search and matching.
func (a *Actions) removeListing(ctx context.Context, who Who, id string) error {
	l, err := a.Store.Listing(ctx, id)
	if err != nil {
		return err
	}
	if l, err = a.Store.RemoveListing(ctx, l.ID, who.Actor.ID, a.now()); err != nil {
		return err
	}
	p, err := a.Store.Provider(ctx, l.ProviderID)
	if err != nil {
		return err
	}
	a.Discovery.Listing(ctx, l, p)
	a.Matching.PutListing(l)
	return nil
}
