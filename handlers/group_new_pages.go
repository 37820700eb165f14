package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupNewSteps are the parts Easy Read asks a new group in, one short page
// each (the interests over as many pages as they need); the plain form
// asks them all on one page.
func groupNewSteps() []formStep {
	return []formStep{
		{Name: "about"}, {Name: interestsStep}, {Name: "where"}, {Name: "money"},
		{Name: "fees"}, {Name: "leaving"}, {Name: "votes"},
	}
}

func groupNewPages() []newPage { return newPages(groupNewSteps()) }

// groupFieldStep is the part of the new group that asks a field.
func groupFieldStep(field string) string {
	switch field {
	case "interests":
		return interestsStep
	case "district", "open", "max_size":
		return "where"
	case "contribution", "every", "times", "first_due":
		return "money"
	case "joining_fee", "late_fee", "kept_at":
		return "fees"
	case "split", "leaver":
		return "leaving"
	case "votes", "votes_needed":
		return "votes"
	}
	return "about"
}

// Shows reports whether the page asks the part's fields: all of them on
// the plain form, one part on an Easy Read page.
func (p groupFormPage) Shows(step string) bool { return p.Step == "" || p.Step == step }

// ShowsInterest reports whether the page offers the interest's box; the
// ones it does not go along hidden on Easy Read's short pages.
func (p groupFormPage) ShowsInterest(slug string) bool { return shownInterest(p.Categories, slug) }

// startsGroup reports whether the form sent may start a group: the whole
// form, or the last of Easy Read's pages, not one of the pages before it.
func startsGroup(c *gin.Context) bool {
	sent := newPageSent(c, groupNewPages())
	return sent == 0 || sent == len(groupNewPages())
}

// groupNewPage is page n (from 1) of Easy Read's new group, as typed.
func (s *Server) groupNewPage(form groupForm, n int) groupFormPage {
	pages := groupNewPages()
	page := s.groupFormPage(form)
	page.Step, page.Categories, page.Page, page.Pages = pages[n-1].Step, pages[n-1].Categories, n, len(pages)
	return page
}

// groupNewPageSent handles a page of Easy Read's new group: a page before
// the last checks its own fields and shows the next; the last checks them
// all and, with a problem, shows the page of the first. It reports whether
// it answered; if not, the group is ready to start.
func (s *Server) groupNewPageSent(c *gin.Context, form groupForm, sent, invitees int) bool {
	pages := groupNewPages()
	problems := s.everyProblem(c, form)
	if sent < len(pages) {
		problems = problemsOnPage(pages, sent, groupFieldStep, problems)
	}
	if len(problems) > 0 {
		at := firstProblemPage(pages, groupFieldStep, problems)
		page := s.groupNewPage(form, at)
		page.Invitees = invitees
		anchors := groupAnchors()
		for k, v := range interestAnchor(page.Categories) {
			anchors[k] = v
		}
		s.render(c, http.StatusBadRequest, "group_form", "group.new.title", page,
			summaryWith(firstPerField(problemsOnPage(pages, at, groupFieldStep, problems)), anchors)...)
		return true
	}
	if sent == len(pages) {
		return false
	}
	page := s.groupNewPage(form, sent+1)
	page.Invitees = invitees
	s.render(c, http.StatusOK, "group_form", "group.new.title", page)
	return true
}
