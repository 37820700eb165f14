package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// ownProvider loads the provider in the path and checks the member manages it.
func (s *Server) ownProvider(c *gin.Context) (community.Provider, bool) {
	p, err := s.Store.Provider(c.Request.Context(), c.Param("id"))
	if err == nil && p.OwnerID != current(c).me.ID {
		err = community.Forbidden("error.forbidden")
	}
	if err != nil {
		s.fail(c, err)
		return community.Provider{}, false
	}
	return p, true
}

// providerEdit shows the form to change a provider.
func (s *Server) providerEdit(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	if current(c).display.EasyRead {
		// One thing per page: Easy Read starts with a button for each part.
		s.providerStepsPage(c, p)
		return
	}
	s.render(c, http.StatusOK, "provider_form", "provider.edit.title",
		providerFormPage{Form: providerFormFrom(p), Action: "/providers/" + p.ID + "/edit", Categories: interestGroups()})
}

// providerSave checks and saves changes to a provider.
func (s *Server) providerSave(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	form := readProviderForm(c)
	page := providerFormPage{Form: form, Action: "/providers/" + p.ID + "/edit", Categories: interestGroups()}
	s.saveProvider(c, p, form, page, "provider.edit.title")
}

// saveProvider checks and saves the provider as the form (the whole form,
// or one step of it) changes it, or shows the page again with what was
// typed and the problem.
func (s *Server) saveProvider(c *gin.Context, p community.Provider, form providerForm, page providerFormPage, title string) {
	changed := form.provider(p)
	if s.showProviderProblems(c, changed, page, title) {
		return
	}
	saved, err := s.Actions.SaveProvider(c.Request.Context(), who(c), c.PostForm("key"), changed)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "provider_form", title, page, fieldMessage{Field: page.firstField(), Anchor: page.firstField(), Key: "error.form.key"})
		return
	}
	if community.KindOf(err) == community.KindConflict {
		// Another tab changed it: the form comes back as typed.
		page.Form.Version = saved.Version
		s.render(c, http.StatusConflict, "provider_form", title, page,
			fieldMessage{Field: page.firstField(), Anchor: page.firstField(), Key: "error.changed_elsewhere"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/providers/"+p.ID+"?saved=1")
}
