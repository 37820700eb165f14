package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// ApproveMentor is a moderator approving a member's offer to mentor, with
// what they checked. Only then can the mentor take help requests and be
// suggested. Approving twice keeps the first approval and what it said.
// Nobody approves their own offer.
func (a *Actions) ApproveMentor(ctx context.Context, who Who, key, personID string, approval community.MentorApproval) (community.Mentor, error) {
	if err := a.mayModerate(who); err != nil {
		return community.Mentor{}, err
	}
	if personID == who.Actor.ID {
		return community.Mentor{}, community.Forbidden("error.mentor.own_offer")
	}
	approval.Checks = strings.TrimSpace(approval.Checks)
	if err := approval.Validate(community.InLondon(a.Now())); err != nil {
		return community.Mentor{}, err
	}
	m, err := a.Store.Mentor(ctx, personID)
	if err != nil {
		return community.Mentor{}, err
	}
	k, err := a.clientKey(who, "mentor-approve", key)
	if err != nil {
		return community.Mentor{}, err
	}
	if !m.Approved() {
		if m, err = a.Store.ApproveMentor(ctx, personID, who.Actor.ID, approval.Checks, approval.DBSCheckedOn); err != nil {
			return community.Mentor{}, err
		}
	}
	p, err := a.Store.Person(ctx, personID)
	if err != nil {
		return community.Mentor{}, err
	}
	a.Matching.PutMentor(m, p)
	if err := a.audit(ctx, who, k, community.Audit{Action: "mentor_approve", Kind: "mentor", Target: personID, Note: m.Checks}); err != nil {
		return community.Mentor{}, err
	}
	return m, a.logChange(ctx, "approve mentor", "mentor", personID)
}
