package handlers

import (
	"net/http"
	"slices"

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
	changed := form.provider(p)
	page := providerFormPage{Form: form, Action: "/providers/" + p.ID + "/edit", Categories: interestGroups()}
	if s.showProviderProblems(c, changed, page, "provider.edit.title") {
		return
	}
	saved, err := s.Actions.SaveProvider(c.Request.Context(), who(c), c.PostForm("key"), changed)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "provider_form", "provider.edit.title", page, fieldMessage{Field: "name", Anchor: "name", Key: "error.form.key"})
		return
	}
	if community.KindOf(err) == community.KindConflict {
		// A double click saved it a moment ago, or another tab changed it.
		current := saved
		if providerFormFrom(current).sameAs(form) {
			c.Redirect(http.StatusSeeOther, "/providers/"+p.ID+"?saved=1")
			return
		}
		page.Form.Version = current.Version
		s.render(c, http.StatusConflict, "provider_form", "provider.edit.title", page,
			fieldMessage{Field: "name", Anchor: "name", Key: "error.changed_elsewhere"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/providers/"+p.ID+"?saved=1")
}

// sameAs reports whether two forms say the same, ignoring the version.
func (f providerForm) sameAs(g providerForm) bool {
	a, b := f.provider(community.Provider{}), g.provider(community.Provider{})
	a.Version, b.Version = 0, 0
	return a.Name == b.Name && a.Description == b.Description && a.EasyDescription == b.EasyDescription &&
		a.Website == b.Website && a.Phone == b.Phone && a.Email == b.Email && a.Online == b.Online &&
		slices.Equal(a.Districts, b.Districts) && slices.Equal(a.Interests, b.Interests)
}
