package handlers

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// newPage is one of the short pages Easy Read asks a new provider, a new
// listing or a new group on: the step whose fields it shows and, on an interests page,
// the kinds of interest it shows. The answers of the other pages go along
// hidden, and only the last page saves (plain pages ask it all on one).
type newPage struct {
	Step       string
	Categories []interestGroup
}

// interestsPerPage is how many interests one short page offers: the
// biggest kind (sport) alone, or two smaller kinds together, so every
// interest is reachable in a few pages without a page of its own per kind.
const interestsPerPage = 16

// interestPages puts the kinds of interest, in order, on as few short
// pages as keeps each under interestsPerPage.
func interestPages() []newPage {
	var out []newPage
	var kinds []interestGroup
	n := 0
	flush := func() {
		out = append(out, newPage{Step: fmt.Sprintf("%s-%d", interestsStep, len(out)+1), Categories: kinds})
		kinds, n = nil, 0
	}
	for _, g := range interestGroups() {
		if n > 0 && n+len(g.Interests) > interestsPerPage {
			flush()
		}
		kinds, n = append(kinds, g), n+len(g.Interests)
	}
	if len(kinds) > 0 {
		flush()
	}
	return out
}

// newPages are the pages of a new form, in the order of its edit steps,
// the interests step spread over interestPages.
func newPages(steps []formStep) []newPage {
	var out []newPage
	for _, s := range steps {
		if s.Name == interestsStep {
			out = append(out, interestPages()...)
			continue
		}
		out = append(out, newPage{Step: s.Name})
	}
	return out
}

// pageOfStep is the page (from 1) that asks a step's fields. The interests
// are spread over several pages and checked on the last of them: the one a
// person ticks may be on any, so none before it can say none was ticked.
func pageOfStep(pages []newPage, step string) int {
	at := 0
	for i, p := range pages {
		if p.Step == step || (step == interestsStep && strings.HasPrefix(p.Step, interestsStep+"-")) {
			at = i + 1
			if step != interestsStep {
				break
			}
		}
	}
	return max(at, 1)
}

// newPageSent is the page an Easy Read form came from, 0 for the whole form.
func newPageSent(c *gin.Context, pages []newPage) int {
	page, err := strconv.Atoi(c.PostForm("page"))
	if err != nil || page < 1 || page > len(pages) {
		return 0
	}
	return page
}

// problemsOnPage keeps the problems of the fields the page asks; stepOf
// names the step of a field.
func problemsOnPage(pages []newPage, page int, stepOf func(string) string, problems []community.FieldError) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if pageOfStep(pages, stepOf(p.Field)) == page {
			out = append(out, p)
		}
	}
	return out
}

// firstProblemPage is the first page with a problem, to show again.
func firstProblemPage(pages []newPage, stepOf func(string) string, problems []community.FieldError) int {
	page := len(pages)
	for _, p := range problems {
		page = min(page, pageOfStep(pages, stepOf(p.Field)))
	}
	return page
}

// shownInterest reports whether one of the kinds shown offers the interest.
func shownInterest(shown []interestGroup, slug string) bool {
	for _, g := range shown {
		for _, in := range g.Interests {
			if in == slug {
				return true
			}
		}
	}
	return false
}
