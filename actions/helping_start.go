package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// StartHelping checks that the mentor may start helping the member: an
// approved mentor, not blocked, holding a live permission for at least
// one of the acting scopes. It changes nothing kept (the session records
// who is being helped); each action checks its own scope again when done.
func (a *Actions) StartHelping(ctx context.Context, mentor community.Person, memberID string) (community.Person, error) {
	if mentor.ID == "" || mentor.ID == memberID {
		return community.Person{}, community.Forbidden("error.acting.no_live_permission")
	}
	if err := a.mayHelp(ctx, mentor.ID, memberID); err != nil {
		return community.Person{}, err
	}
	for _, scope := range community.ActingScopes() {
		_, err := a.Store.LivePermission(ctx, memberID, mentor.ID, scope, a.Now())
		if err == nil {
			return a.Store.Person(ctx, memberID)
		}
		if community.KindOf(err) != community.KindNotFound {
			return community.Person{}, err
		}
	}
	return community.Person{}, community.Forbidden("error.acting.no_live_permission")
}
