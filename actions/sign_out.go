package actions

import "context"

// SignOut ends one sign-in of the owner on the server, so that its cookie,
// replayed, is signed out. Signing out twice ends it once.
func (a *Actions) SignOut(ctx context.Context, who Who, sessionID string) error {
	if err := who.may(); err != nil {
		return err
	}
	if sessionID == "" {
		return nil // a sign-in from before sessions were named: its cookie is cleared
	}
	if err := a.Store.EndSession(ctx, who.Owner.ID, sessionID); err != nil {
		return err
	}
	return a.logChange(ctx, "sign out", "person", who.Owner.ID)
}

// SignOutEverywhere ends every sign-in of the owner, on every device, and
// gives their calendar a new link, so that a lost phone's calendar app
// reads their sessions no more. The link is renewed first: a retry after
// a failure renews it again, harmlessly, and then ends the sign-ins.
func (a *Actions) SignOutEverywhere(ctx context.Context, who Who) error {
	if err := who.may(); err != nil {
		return err
	}
	if err := a.renewCalendarLink(ctx, who); err != nil {
		return err
	}
	if err := a.Store.EndSessionsBefore(ctx, who.Owner.ID, a.now()); err != nil {
		return err
	}
	return a.logChange(ctx, "sign out everywhere", "person", who.Owner.ID)
}
