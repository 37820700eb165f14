package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type interestGroup struct {
	Slug, Picto string
	Interests   []string
}

type editPage struct {
	Form        profileForm
	Categories  []interestGroup
	Days, Slots []string
	AccessNeeds []string
	// Step is the one part of the form a short page asks (Easy Read),
	// and Category the one interest category of the interests step; nil
	// for the whole form.
	Step     *profileStep
	Category *interestGroup
	// Tasks are the buttons of a start page: the steps, or the interest
	// categories; Saved says a step was just saved.
	Tasks []task
	Saved bool
}

func newEditPage(f profileForm) editPage {
	return editPage{Form: f, Categories: interestGroups(), Days: community.Days(), Slots: community.Slots(), AccessNeeds: community.AccessNeeds()}
}

// meEdit shows the profile form filled with what is saved. In Easy Read it
// starts with a button for each part of the form, and each part is a short
// page of its own (?step=where); plain pages show the whole form.
func (s *Server) meEdit(c *gin.Context) {
	f := formFromPerson(*owner(c))
	page := newEditPage(f)
	page.Saved = c.Query("saved") == "1"
	st, ok := profileStepNamed(c.Query("step"))
	switch {
	case ok:
		s.renderStep(c, http.StatusOK, page, st, c.Query("category"))
	case current(c).display.EasyRead:
		page.Tasks = s.stepTasks(c)
		s.render(c, http.StatusOK, "me_edit", "edit.title", page)
	default:
		s.render(c, http.StatusOK, "me_edit", "edit.title", page)
	}
}

// renderStep shows one step of the form; the interests step without a
// category starts with a button for each category.
func (s *Server) renderStep(c *gin.Context, status int, page editPage, st profileStep, category string, errs ...fieldMessage) {
	page.Step = &st
	title := st.Key
	if st.Field == "interests" {
		if g, ok := categoryNamed(category); ok {
			page.Category = &g
			page.Categories = []interestGroup{g}
			title = "category." + g.Slug
		} else {
			page.Tasks = s.categoryTasks(c, page.Form.Interests)
		}
	}
	s.render(c, status, "me_edit", title, page, errs...)
}

// meSave checks and saves the profile form. On a mistake the form comes
// back with what was typed, a summary of problems and a message by each
// field. A second submit of the same form (a double click) saves once.
func (s *Server) meSave(c *gin.Context) {
	me := *owner(c)
	form := readProfileForm(c)
	st, isStep := profileStepNamed(c.PostForm("step"))
	if isStep {
		g, ok := categoryNamed(c.PostForm("category"))
		if st.Field == "interests" && !ok {
			g = interestGroup{Interests: curatedOrder()}
		}
		form = st.merge(formFromPerson(me), form, g)
	}
	p, unknownTimes := form.person(me)
	var problems []community.FieldError
	if err := p.Validate(s.Places.Known); err != nil {
		problems = community.FieldErrors(err)
	}
	if len(unknownTimes) > 0 && !hasField(problems, "free_times") {
		problems = append(problems, community.FieldError{Field: "free_times", Key: "error.free_times.unknown"})
	}
	if len(problems) > 0 {
		s.showProfileForm(c, form, problems...)
		return
	}
	saved, err := s.Actions.SaveProfile(c.Request.Context(), who(c), c.PostForm("key"), p)
	if staleKey(err) {
		s.showProfileForm(c, form, community.FieldError{Field: "name", Key: "error.form.key"})
		return
	}
	if community.KindOf(err) == community.KindConflict {
		// Changed in another tab: the form comes back, as typed, to be
		// sent again over the newer version.
		form.Version = saved.Version
		s.showProfileForm(c, form, community.FieldError{Field: "name", Key: "error.profile.changed"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	if current(c).helping != nil {
		// The member's own profile page is theirs alone: the mentor goes
		// back to the permissions page, which says it is saved.
		c.Redirect(http.StatusSeeOther, "/permissions?done=profile")
		return
	}
	switch {
	case isStep && st.Field == "interests":
		// Back to the categories, to tick the things of another.
		c.Redirect(http.StatusSeeOther, "/me/edit?step=interests&saved=1")
	case isStep:
		c.Redirect(http.StatusSeeOther, "/me/edit?saved=1")
	default:
		c.Redirect(http.StatusSeeOther, "/me?saved=1")
	}
}

// showProfileForm shows the form again as typed, with the problems: a
// step's short page comes back as that step.
func (s *Server) showProfileForm(c *gin.Context, form profileForm, problems ...community.FieldError) {
	if st, ok := profileStepNamed(c.PostForm("step")); ok {
		problems = s.stepProblems(c, st, problems)
		s.renderStep(c, http.StatusBadRequest, newEditPage(form), st, c.PostForm("category"), summary(problems)...)
		return
	}
	s.render(c, http.StatusBadRequest, "me_edit", "edit.title", newEditPage(form), summary(problems)...)
}

func hasField(problems []community.FieldError, field string) bool {
	for _, p := range problems {
		if p.Field == field {
			return true
		}
	}
	return false
}

// summary turns the profile form's field errors into error-summary
// entries, each linking to the first input of its field.
func summary(problems []community.FieldError) []fieldMessage {
	return summaryWith(problems, map[string]string{
		"interests":    "interest-" + community.Interests()[0].Slug,
		"free_times":   "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
		"access_needs": "access-" + community.AccessNeeds()[0],
		"visibility":   "visibility-members",
	})
}

// summaryWith turns field errors into error-summary entries; anchors names
// the element to link to for fields whose first input is not the field name.
func summaryWith(problems []community.FieldError, anchors map[string]string) []fieldMessage {
	out := make([]fieldMessage, 0, len(problems))
	for _, p := range problems {
		anchor := anchors[p.Field]
		if anchor == "" {
			anchor = p.Field
		}
		out = append(out, fieldMessage{Field: p.Field, Anchor: anchor, Key: p.Key, Args: p.Args})
	}
	return out
}
