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
	// Provider is the saved provider, when changing one.
	Provider community.Provider
	// Step is the one part of the form shown, in Easy Read's short pages;
	// empty for the whole form. Steps are the buttons of a start page
	// instead of a form; Back is where its "back" link goes.
	Step  string
	Steps []task
	Back  string
	// Advice is the Easy Read checker's advice on the Easy Read text; when
	// there is some, the form offers to publish anyway.
	Advice []string
	// Page is the short page of a new provider Easy Read shows (from 1,
	// of Pages); 0 on the whole form.
	Page, Pages int
}

// KeyForm names the form for its key: setting up a provider, or changing one.
func (p providerFormPage) KeyForm() string {
	if p.Action == "/providers/new" {
		return "provider-new"
	}
	return "provider-edit"
}

// Shows reports whether the page shows a field of the form: every field
// on the whole form, only the step's on a step.
func (p providerFormPage) Shows(step string) bool { return p.Step == "" || p.Step == step }

// firstField is the field the page's first problem links to.
func (p providerFormPage) firstField() string {
	switch p.Step {
	case "", "about":
		return "name"
	case "easy":
		return "easy_description"
	case "where":
		return "districts"
	case "contact":
		return "website"
	}
	return p.anchors()["interests"]
}

// providerNew shows the form to set up a provider organisation; in Easy
// Read it asks on short pages, the first here.
func (s *Server) providerNew(c *gin.Context) {
	form := providerForm{Interests: map[string]bool{}}
	if current(c).display.EasyRead {
		s.render(c, http.StatusOK, "provider_form", "provider.new.title", providerNewPage(form, 1))
		return
	}
	s.render(c, http.StatusOK, "provider_form", "provider.new.title",
		providerFormPage{Form: form, Action: "/providers/new", Categories: interestGroups()})
}

// providerCreate checks and saves a new provider, managed by the member.
func (s *Server) providerCreate(c *gin.Context) {
	me := current(c).me
	form := readProviderForm(c)
	p := form.provider(community.Provider{OwnerID: me.ID})
	page := providerFormPage{Form: form, Action: "/providers/new", Categories: interestGroups()}
	if sent := newPageSent(c, providerNewPages()); sent > 0 {
		if s.providerNewPageSent(c, form, p, sent) {
			return
		}
		page = providerNewPage(form, 1)
	} else if s.showProviderProblems(c, p, page, "provider.new.title") {
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
		s.render(c, http.StatusBadRequest, "provider_form", title, page, summaryWith(community.FieldErrors(err), page.anchors())...)
		return true
	}
	if page.Shows("easy") && c.PostForm("accept_advice") != "yes" {
		if page.Advice = s.adviceLines(c, p.EasyDescription); len(page.Advice) > 0 {
			s.render(c, http.StatusOK, "provider_form", title, page)
			return true
		}
	}
	return false
}

// anchors are where the problems link to: the first interest the page
// shows, on the whole form or one kind's step.
func (p providerFormPage) anchors() map[string]string {
	return interestAnchor(p.Categories)
}
