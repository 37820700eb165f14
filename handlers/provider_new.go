package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// providerFormPage is the data of the provider form.
type providerFormPage struct {
	Form       providerForm
	Action     string
	Categories []interestGroup
	// Advice is the Easy Read checker's advice on the Easy Read text; when
	// there is some, the form offers to publish anyway.
	Advice []string
}

// KeyForm names the form for its key: setting up a provider, or changing one.
func (p providerFormPage) KeyForm() string {
	if p.Action == "/providers/new" {
		return "provider-new"
	}
	return "provider-edit"
}

// providerNew shows the form to set up a provider organisation.
func (s *Server) providerNew(c *gin.Context) {
	s.render(c, http.StatusOK, "provider_form", "provider.new.title",
		providerFormPage{Form: providerForm{Interests: map[string]bool{}}, Action: "/providers/new", Categories: interestGroups()})
}

// providerCreate checks and saves a new provider, managed by the member.
func (s *Server) providerCreate(c *gin.Context) {
	me := current(c).me
	form := readProviderForm(c)
	p := form.provider(community.Provider{OwnerID: me.ID})
	page := providerFormPage{Form: form, Action: "/providers/new", Categories: interestGroups()}
	if s.showProviderProblems(c, p, page, "provider.new.title") {
		return
	}
	created, err := s.Actions.CreateProvider(c.Request.Context(), who(c), c.PostForm("key"), p)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "provider_form", "provider.new.title", page, fieldMessage{Field: "name", Anchor: "name", Key: "error.form.key"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/providers/"+created.ID+"?saved=1")
}

// showProviderProblems re-shows the form when the provider is invalid, or
// when its Easy Read text has advice the provider has not yet accepted. It
// reports whether it did.
func (s *Server) showProviderProblems(c *gin.Context, p community.Provider, page providerFormPage, title string) bool {
	if err := p.Validate(s.Places.Known); err != nil {
		s.render(c, http.StatusBadRequest, "provider_form", title, page, summaryWith(community.FieldErrors(err), providerAnchors())...)
		return true
	}
	if c.PostForm("accept_advice") != "yes" {
		if page.Advice = s.adviceLines(c, p.EasyDescription); len(page.Advice) > 0 {
			s.render(c, http.StatusOK, "provider_form", title, page)
			return true
		}
	}
	return false
}

func providerAnchors() map[string]string {
	return map[string]string{"interests": "interest-" + community.Interests()[0].Slug}
}
