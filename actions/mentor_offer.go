package actions

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// OfferMentor saves the owner's offer to mentor new members, or a change
// to it; m.Version must be the version edited (0 for a first offer). The
// same form sent twice saves once: a clash with a save that says the same
// things is that save, and it is returned. A clash with something else
// (another tab) saves nothing and returns the offer as it is now with a
// Conflict error. A change keeps a moderator's approval.
func (a *Actions) OfferMentor(ctx context.Context, who Who, key string, m community.Mentor) (community.Mentor, error) {
	if err := who.may(); err != nil {
		return community.Mentor{}, err
	}
	if !who.Owner.HasProfile() {
		return community.Mentor{}, community.Forbidden("error.mentor.profile_first")
	}
	m.PersonID, m.Why, m.Organisation = who.Owner.ID, strings.TrimSpace(m.Why), strings.TrimSpace(m.Organisation)
	if m.Kind == community.MentorVolunteer {
		// A volunteer works for nobody: what a staff form said before is
		// not kept.
		m.Organisation, m.OrganisationKind = "", ""
	}
	if err := m.Validate(); err != nil {
		return community.Mentor{}, err
	}
	if _, err := a.clientKey(who, "mentor-offer", key); err != nil {
		return community.Mentor{}, err
	}
	saved, err := a.Store.OfferMentor(ctx, m)
	if community.KindOf(err) == community.KindConflict {
		current, loadErr := a.Store.Mentor(ctx, m.PersonID)
		if loadErr != nil {
			return community.Mentor{}, loadErr
		}
		if !community.SameMentor(current, m) {
			return current, err
		}
		saved = current
	} else if err != nil {
		return community.Mentor{}, err
	}
	a.Matching.PutMentor(saved, who.Owner)
	return saved, a.logChange(ctx, "offer to mentor", "mentor", saved.PersonID)
}
