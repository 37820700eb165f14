package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// listingNewPages are the short pages Easy Read asks a new listing on, in
// the order of the edit steps.
func listingNewPages() []newPage { return newPages(listingSteps()) }

// listingFieldStep is the edit step that asks a field of the listing.
func listingFieldStep(field string) string {
	switch field {
	case "easy_summary":
		return "easy"
	case "unit", "course_sessions", "course_starts":
		return "unit"
	case "tiers", "capacity":
		return "prices"
	case "district", "online":
		return "where"
	case "times":
		return "when"
	case "features":
		return "access"
	case "interests":
		return interestsStep
	case "hidden":
		return "show"
	}
	return "about"
}

// listingNewPage is page n (from 1) of a new listing, as typed.
func listingNewPage(p community.Provider, form listingForm, n int) listingFormPage {
	pages := listingNewPages()
	page := newListingFormPage(p, form, "/providers/"+p.ID+"/listings/new")
	page.Step, page.Categories = pages[n-1].Step, pages[n-1].Categories
	page.Page, page.Pages = n, len(pages)
	return page
}

// ShowsInterest reports whether the page offers the interest's box; the
// ones it does not go along hidden on Easy Read's short pages.
func (p listingFormPage) ShowsInterest(slug string) bool { return shownInterest(p.Categories, slug) }

// listingNewPageSent handles a page of Easy Read's new listing: a page
// before the last checks its own fields and shows the next; the last
// checks them all and, with a problem, shows the page of the first. It
// reports whether it answered; if not, the listing is ready to save.
func (s *Server) listingNewPageSent(c *gin.Context, p community.Provider, form listingForm, l community.Listing, problems []community.FieldError, sent int) bool {
	pages := listingNewPages()
	if err := l.Validate(s.Places.Known); err != nil {
		problems = append(problems, community.FieldErrors(err)...)
	}
	if sent < len(pages) {
		problems = problemsOnPage(pages, sent, listingFieldStep, problems)
	}
	if len(problems) > 0 {
		at := firstProblemPage(pages, listingFieldStep, problems)
		page := listingNewPage(p, form, at)
		s.render(c, http.StatusBadRequest, "listing_form", "listing.new.title", page,
			summaryWith(firstPerField(problemsOnPage(pages, at, listingFieldStep, problems)), listingAnchors(page.Categories))...)
		return true
	}
	if sent == len(pages) {
		return false
	}
	page := listingNewPage(p, form, sent)
	if page.Shows("easy") && c.PostForm("accept_advice") != "yes" {
		if page.Advice = s.adviceLines(c, l.EasySummary); len(page.Advice) > 0 {
			s.render(c, http.StatusOK, "listing_form", "listing.new.title", page)
			return true
		}
	}
	s.render(c, http.StatusOK, "listing_form", "listing.new.title", listingNewPage(p, form, sent+1))
	return true
}
