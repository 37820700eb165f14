package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Acting reports whether a mentor acts for someone else. Actions that a
// permission can never cover (adding a passkey, voting) refuse it.
func (w Who) Acting() bool { return w.Actor.ID != w.Owner.ID }

// mayFor checks that the actor may do what scope names for the owner: as
// themselves, or as an approved mentor the owner has not blocked, holding
// the owner's live permission for scope. The permission is read from the
// store now, never trusted from the session: it may have been taken back
// or ended by time since the page was shown.
func (a *Actions) mayFor(ctx context.Context, who Who, scope community.Scope) error {
	if who.Actor.ID == "" || who.Owner.ID == "" {
		return community.Forbidden("error.forbidden")
	}
	if !who.Acting() {
		return nil
	}
	if err := a.mayHelp(ctx, who.Actor.ID, who.Owner.ID); err != nil {
		return err
	}
	if _, err := a.Store.LivePermission(ctx, who.Owner.ID, who.Actor.ID, scope, a.Now()); err != nil {
		if community.KindOf(err) == community.KindNotFound {
			return community.Forbidden("error.acting.no_live_permission")
		}
		return err
	}
	return nil
}

// mayHelp checks that mentorID may be given, or use, a member's
// permission: an approved mentor, with no block between them.
func (a *Actions) mayHelp(ctx context.Context, mentorID, memberID string) error {
	m, err := a.Store.Mentor(ctx, mentorID)
	if community.KindOf(err) == community.KindNotFound || (err == nil && !m.Approved()) {
		return community.Forbidden("error.permission.not_approved")
	}
	if err != nil {
		return err
	}
	if a.Matching.Blocked(memberID, mentorID) {
		return community.Forbidden("error.permission.blocked")
	}
	return nil
}

// noteAct writes, for an action done by a mentor for a member, the line
// of the member's log. Its id comes from the action's key, so a retry of
// the action (after a failure here or before) writes it once. Acting for
// oneself logs nothing here.
func (a *Actions) noteAct(ctx context.Context, who Who, key string, act community.Act) error {
	if !who.Acting() {
		return nil
	}
	act.ID = community.DocID("act:" + key)
	act.MemberID, act.MentorID, act.MentorName, act.At = who.Owner.ID, who.Actor.ID, who.Actor.Name, a.now()
	return a.recordAct(ctx, act)
}

// formFor is the name a form's key is made and checked under: while a
// mentor acts for someone, the member's id is part of it, so a form shown
// while helping Sam cannot change the mentor's own account once they stop
// (nor the other way round), and is refused instead.
func formFor(who Who, form string) string {
	if who.Acting() {
		return form + "@" + who.Owner.ID
	}
	return form
}

// FormKeyFor makes the key a form carries, for who will send it.
func (a *Actions) FormKeyFor(who Who, form string) string {
	return a.FormKey(who.Actor.ID, formFor(who, form))
}

// recordAct keeps a line of a member's log and names it in the change log,
// so that the other replicas show it too.
func (a *Actions) recordAct(ctx context.Context, act community.Act) error {
	if err := a.Store.RecordAct(ctx, act); err != nil {
		return err
	}
	return a.logChange(ctx, "note act", "act", act.ID)
}
