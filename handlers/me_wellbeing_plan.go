package handlers

import (
	"net/http"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// wellbeingOff is the plan form's choice that turns check-ins off.
const wellbeingOff = "off"

// wellbeingPlanPage says who sees what, and asks whether and how often
// to ask the member to check in.
type wellbeingPlanPage struct {
	On      bool
	Every   string
	Choices []string
	Done    string
}

// meWellbeingPlan shows the plan form.
func (s *Server) meWellbeingPlan(c *gin.Context) {
	plan, err := s.Store.WellbeingPlan(c.Request.Context(), current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.showWellbeingPlan(c, http.StatusOK, plan, "", nil)
}

// showWellbeingPlan shows the plan form with what was chosen (or the
// plan's own choice) and any problem.
func (s *Server) showWellbeingPlan(c *gin.Context, status int, plan community.WellbeingPlan, chosen string, problems []community.FieldError) {
	page := wellbeingPlanPage{On: plan.On(), Every: chosen, Done: knownDone(c, "off")}
	for _, months := range community.WellbeingIntervals() {
		page.Choices = append(page.Choices, strconv.Itoa(months))
	}
	switch {
	case chosen != "":
	case plan.On():
		page.Every = strconv.Itoa(plan.EveryMonths)
	default:
		page.Every = "6"
	}
	if plan.On() {
		page.Choices = append(page.Choices, wellbeingOff)
	}
	s.render(c, status, "me_wellbeing_plan", "wellbeing.plan_title", page, summaryWith(problems, map[string]string{"every": "every-3"})...)
}

// meWellbeingPlanSave turns check-ins on with how often to ask, or off.
func (s *Server) meWellbeingPlanSave(c *gin.Context) {
	chosen := c.PostForm("every")
	on := chosen != wellbeingOff
	months, err := strconv.Atoi(chosen)
	if on && err != nil {
		months = -1 // refused below, in plain words
	}
	_, err = s.Actions.ChangeWellbeingPlan(c.Request.Context(), who(c), on, months)
	switch {
	case err == nil && on:
		c.Redirect(http.StatusSeeOther, "/me/wellbeing?done=plan")
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/me/wellbeing/plan?done=off")
	case community.KindOf(err) == community.KindInvalid:
		plan, _ := s.Store.WellbeingPlan(c.Request.Context(), current(c).me.ID)
		s.showWellbeingPlan(c, http.StatusBadRequest, plan, chosen, community.FieldErrors(err))
	default:
		s.fail(c, err)
	}
}
