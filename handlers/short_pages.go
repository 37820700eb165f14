package handlers

import (
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// shortPages are the parts of a form Easy Read asks one short page at a
// time, the answers so far going along hidden; partOf names the part
// that asks a field.
type shortPages struct {
	parts  []string
	partOf func(field string) string
}

// pageOf is the page (from 1) that asks the field.
func (sp shortPages) pageOf(field string) int {
	part := sp.partOf(field)
	for i, p := range sp.parts {
		if p == part {
			return i + 1
		}
	}
	return 1
}

// shows reports whether page (0 for the whole form) asks the part.
func (sp shortPages) shows(page int, part string) bool {
	return page == 0 || sp.parts[page-1] == part
}

// sent is the short page the form came from, and whether it came from
// one: only Easy Read sends them.
func (sp shortPages) sent(c *gin.Context) (int, bool) {
	sent, err := strconv.Atoi(c.PostForm("page"))
	if err != nil || sent < 1 || sent > len(sp.parts) || !current(c).display.EasyRead {
		return 0, false
	}
	return sent, true
}

// next is the page to show after page sent, with the problems it shows:
// the same page with its own problems, else the next; after the last, the
// first page with a problem, or 0 when there is none and the form is
// ready to save.
func (sp shortPages) next(sent int, problems []community.FieldError) (int, []community.FieldError) {
	if mine := sp.on(sent, problems); len(mine) > 0 {
		return sent, mine
	}
	if sent < len(sp.parts) {
		return sent + 1, nil
	}
	if len(problems) == 0 {
		return 0, nil
	}
	first := sp.firstWith(problems)
	return first, sp.on(first, problems)
}

// firstWith is the first page with one of the problems.
func (sp shortPages) firstWith(problems []community.FieldError) int {
	first := len(sp.parts)
	for _, p := range problems {
		first = min(first, sp.pageOf(p.Field))
	}
	return first
}

// on keeps the problems the page asks.
func (sp shortPages) on(page int, problems []community.FieldError) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if sp.pageOf(p.Field) == page {
			out = append(out, p)
		}
	}
	return out
}
