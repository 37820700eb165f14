package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// CheckIn keeps the member's answers to the four wellbeing questions, and
// what helped. Only a member who agreed to check-ins may, and only for
// themselves. The check-in's id comes from the form's key, so sending it
// twice keeps it once.
func (a *Actions) CheckIn(ctx context.Context, who Who, key string, c community.CheckIn) (community.CheckIn, error) {
	if err := who.may(); err != nil {
		return community.CheckIn{}, err
	}
	plan, err := a.Store.WellbeingPlan(ctx, who.Owner.ID)
	if err != nil {
		return community.CheckIn{}, err
	}
	if !plan.On() {
		return community.CheckIn{}, community.Conflict("error.wellbeing.not_agreed")
	}
	if err := c.Validate(); err != nil {
		return community.CheckIn{}, err
	}
	k, err := a.clientKey(who, "check-in", key)
	if err != nil {
		return community.CheckIn{}, err
	}
	c.ID, c.PersonID, c.At = community.DocID(k), who.Owner.ID, a.now()
	saved, err := a.Store.AddCheckIn(ctx, c)
	if err != nil {
		return community.CheckIn{}, err
	}
	return saved, a.logChange(ctx, "check in", "check-in", saved.ID)
}
