package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// EndPermission is the owner taking back a permission they gave, at any
// time. Ending it twice, or one that ended by itself, changes nothing
// more; the log says when it was taken back, once.
func (a *Actions) EndPermission(ctx context.Context, who Who, permissionID string) (community.Permission, error) {
	if err := who.may(); err != nil {
		return community.Permission{}, err
	}
	p, err := a.Store.Permission(ctx, permissionID)
	if err != nil {
		return community.Permission{}, err
	}
	if p.MemberID != who.Owner.ID {
		return community.Permission{}, community.NotFound("error.permission.not_found")
	}
	if p.EndedAt.IsZero() {
		if p, err = a.Store.EndPermission(ctx, p.ID, who.Actor.ID, a.now()); err != nil {
			return community.Permission{}, err
		}
	}
	mentor, err := a.Store.Person(ctx, p.MentorID)
	if err != nil && community.KindOf(err) != community.KindNotFound {
		return community.Permission{}, err
	}
	if err := a.recordAct(ctx, community.Act{ID: community.DocID("act:end:" + p.ID), MemberID: p.MemberID,
		MentorID: p.MentorID, MentorName: mentor.Name, Kind: community.ActEnd, At: p.EndedAt}); err != nil {
		return community.Permission{}, err
	}
	return p, a.logChange(ctx, "end permission", "permission", p.ID)
}
