package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// UnapproveMentor is a moderator withdrawing a mentor's approval, with a
// note if they wrote one: from then on they are suggested to nobody, take
// no request, and cannot use a permission a member gave them (that is
// checked when it is used). A retry of the same form completes once.
func (a *Actions) UnapproveMentor(ctx context.Context, who Who, key, personID, note string) (community.Mentor, error) {
	if err := a.mayModerate(who); err != nil {
		return community.Mentor{}, err
	}
	m, err := a.Store.Mentor(ctx, personID)
	if err != nil {
		return community.Mentor{}, err
	}
	k, err := a.clientKey(who, "mentor-unapprove", key)
	if err != nil {
		return community.Mentor{}, err
	}
	if m.Approved() {
		if m, err = a.Store.UnapproveMentor(ctx, personID); err != nil {
			return community.Mentor{}, err
		}
	}
	a.Matching.RemoveMentor(personID)
	if err := a.audit(ctx, who, k, community.Audit{Action: "mentor_unapprove", Kind: "mentor", Target: personID, Note: note}); err != nil {
		return community.Mentor{}, err
	}
	return m, a.logChange(ctx, "unapprove mentor", "mentor", personID)
}
