package actions

import (
	"context"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// GrantPermission records the owner's consent for a mentor to do the
// named things for them for length (or, for ScopeRecovery alone, until
// taken back). The mentor must be approved, not blocked either way, and
// not the owner. Only a member acting for themselves gives consent: a
// mentor cannot give themselves more. The permission's id comes from the
// form's key, so the same form sent twice gives one.
func (a *Actions) GrantPermission(ctx context.Context, who Who, key, mentorID string, scopes []community.Scope, length time.Duration) (community.Permission, error) {
	if err := who.may(); err != nil {
		return community.Permission{}, err
	}
	p, err := community.GrantOf(who.Owner.ID, mentorID, scopes, length, a.now())
	if err != nil {
		return community.Permission{}, err
	}
	if err := a.mayHelp(ctx, mentorID, who.Owner.ID); err != nil {
		return community.Permission{}, community.Invalid(community.FieldError{Field: "mentor", Key: community.KeyOf(err)})
	}
	mentor, err := a.Store.Person(ctx, mentorID)
	if err != nil {
		return community.Permission{}, err
	}
	form := "permission"
	if scopes[0] == community.ScopeRecovery {
		form = "permission-recovery"
	}
	k, err := a.clientKey(who, form, key)
	if err != nil {
		return community.Permission{}, err
	}
	p.ID = community.DocID(k)
	saved, err := a.Store.GrantPermission(ctx, p)
	if err != nil {
		return community.Permission{}, err
	}
	if saved.MemberID != who.Owner.ID {
		return community.Permission{}, community.Forbidden("error.ledger.key_taken")
	}
	if err := a.recordAct(ctx, community.Act{ID: community.DocID("act:" + k), MemberID: saved.MemberID,
		MentorID: saved.MentorID, MentorName: mentor.Name, Kind: community.ActGrant, At: saved.GivenAt}); err != nil {
		return community.Permission{}, err
	}
	return saved, a.logChange(ctx, "grant permission", "permission", saved.ID)
}
