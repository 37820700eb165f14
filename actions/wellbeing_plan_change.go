package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// ChangeWellbeingPlan turns the member's wellbeing check-ins on, with how
// often to ask, or off with on false. Only the member may: nobody helping
// them, as their answers are theirs alone. Turning them on again keeps
// the day they first agreed. Turning them off keeps the answers given;
// deleting the account deletes them.
func (a *Actions) ChangeWellbeingPlan(ctx context.Context, who Who, on bool, everyMonths int) (community.WellbeingPlan, error) {
	if err := who.may(); err != nil {
		return community.WellbeingPlan{}, err
	}
	plan, err := a.Store.WellbeingPlan(ctx, who.Owner.ID)
	if err != nil {
		return community.WellbeingPlan{}, err
	}
	switch {
	case !on:
		plan = community.WellbeingPlan{}
	case !plan.On():
		plan.AgreedAt = a.now()
	}
	if on {
		plan.EveryMonths = everyMonths
		if err := plan.Validate(); err != nil {
			return community.WellbeingPlan{}, err
		}
	}
	if err := a.Store.SetWellbeingPlan(ctx, who.Owner.ID, plan); err != nil {
		return community.WellbeingPlan{}, err
	}
	return plan, a.logChange(ctx, "wellbeing plan", "wellbeing plan", who.Owner.ID)
}
