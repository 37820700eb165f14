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
}

func newEditPage(f profileForm) editPage {
	return editPage{Form: f, Categories: interestGroups(), Days: community.Days(), Slots: community.Slots(), AccessNeeds: community.AccessNeeds()}
}

// meEdit shows the profile form filled with what is saved.
func (s *Server) meEdit(c *gin.Context) {
	s.render(c, http.StatusOK, "me_edit", "edit.title", newEditPage(formFromPerson(*owner(c))))
}

// meSave checks and saves the profile form. On a mistake the form comes
// back with what was typed, a summary of problems and a message by each
// field. A second submit of the same form (a double click) saves once.
func (s *Server) meSave(c *gin.Context) {
	me := *owner(c)
	form := readProfileForm(c)
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
	c.Redirect(http.StatusSeeOther, "/me?saved=1")
}

func (s *Server) showProfileForm(c *gin.Context, form profileForm, problems ...community.FieldError) {
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
