package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// providerNewPages are the short pages Easy Read asks a new provider on,
// in the order of the edit steps.
func providerNewPages() []newPage { return newPages(providerSteps()) }

// providerFieldStep is the edit step that asks a field of the provider.
func providerFieldStep(field string) string {
	switch field {
	case "easy_description":
		return "easy"
	case "districts", "online":
		return "where"
	case "website", "phone", "email":
		return "contact"
	case "interests":
		return interestsStep
	}
	return "about"
}

// providerNewPage is page n (from 1) of the new provider, as typed.
func providerNewPage(form providerForm, n int) providerFormPage {
	pages := providerNewPages()
	pg := pages[n-1]
	return providerFormPage{Form: form, Action: "/providers/new", Categories: pg.Categories,
		Step: pg.Step, Page: n, Pages: len(pages)}
}

// ShowsInterest reports whether the page offers the interest's box; the
// ones it does not go along hidden on Easy Read's short pages.
func (p providerFormPage) ShowsInterest(slug string) bool { return shownInterest(p.Categories, slug) }

// providerNewPageSent handles a page of Easy Read's new provider: a page
// before the last checks its own fields and shows the next; the last
// checks them all and, with a problem, shows the page of the first. It
// reports whether it answered; if not, the provider is ready to save.
func (s *Server) providerNewPageSent(c *gin.Context, form providerForm, p community.Provider, sent int) bool {
	pages := providerNewPages()
	problems := community.FieldErrors(p.Validate(s.Places.Known))
	if sent < len(pages) {
		problems = problemsOnPage(pages, sent, providerFieldStep, problems)
	}
	if len(problems) > 0 {
		at := firstProblemPage(pages, providerFieldStep, problems)
		page := providerNewPage(form, at)
		s.render(c, http.StatusBadRequest, "provider_form", "provider.new.title", page,
			summaryWith(problemsOnPage(pages, at, providerFieldStep, problems), page.anchors())...)
		return true
	}
	if sent == len(pages) {
		return false
	}
	page := providerNewPage(form, sent)
	if page.Shows("easy") && c.PostForm("accept_advice") != "yes" {
		if page.Advice = s.adviceLines(c, p.EasyDescription); len(page.Advice) > 0 {
			s.render(c, http.StatusOK, "provider_form", "provider.new.title", page)
			return true
		}
	}
	s.render(c, http.StatusOK, "provider_form", "provider.new.title", providerNewPage(form, sent+1))
	return true
}
