package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Suspend is a moderator suspending a member: every sign-in of theirs ends
// at once, and signing in again shows them why they cannot use the site.
// Suspending twice keeps the first.
func (a *Actions) Suspend(ctx context.Context, who Who, key, personID string) error {
	if err := who.may(); err != nil {
		return err
	}
	if !community.IsModerator(who.Actor, a.Moderators) {
		return community.Forbidden("error.forbidden")
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
	if !p.Suspended() {
		if err := a.Store.Suspend(ctx, p.ID, who.Actor.ID, a.now()); err != nil {
			return err
		}
	}
	// A suspended mentor is suggested to nobody from now on.
	a.Matching.RemoveMentor(p.ID)
	if err := a.audit(ctx, who, k, community.Audit{Action: "suspend", Kind: "person", Target: p.ID}); err != nil {
		return err
	}
	return a.logChange(ctx, "suspend", "person", p.ID)
}
