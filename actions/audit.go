package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// audit writes the line of the moderators' log for an action, last of its
// writes. Its id comes from the action's key, so a retry of the same form
// (after a failure here or before) writes the line exactly once, and the
// time is the first try's.
func (a *Actions) audit(ctx context.Context, who Who, key string, line community.Audit) error {
	line.ID = auditID(key)
	line.By, line.Note, line.At = who.Actor.ID, community.CutNote(line.Note), a.now()
	return a.Store.RecordAudit(ctx, line)
}

// auditID is the id of the log line an action with key k writes.
func auditID(k string) string { return community.DocID("audit:" + k) }

// mayModerate checks that the actor, acting for themselves, is one of the
// moderators.
func (a *Actions) mayModerate(who Who) error {
	if err := who.may(); err != nil {
		return err
	}
	if !community.IsModerator(who.Actor, a.Moderators) {
		return community.Forbidden("error.moderation.only")
	}
	return nil
}
