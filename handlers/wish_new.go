package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

// wishForm is the wish form as typed.
type wishForm struct {
	Text, Interest, District  string
	Promise, Every, Threshold string
	Times                     map[string]bool
}

// wishFormPage is the form and what its choices are. In Easy Read it is
// asked on short pages, one part each (Page of Pages, from 1); the other
// parts go along hidden.
type wishFormPage struct {
	Form        wishForm
	Interests   []interestGroup
	Days, Slots []string
	Periods     []string
	Page, Pages int
}

// wishParts are the parts of the wish form, in the order Easy Read asks
// them a page at a time.
var wishParts = []string{"what", "interest", "where", "money", "people"}

// Shows reports whether the page asks a part: every part but on Easy
// Read's short pages.
func (p wishFormPage) Shows(part string) bool { return p.Page == 0 || wishParts[p.Page-1] == part }

// wishPartOf is the part of the form that asks a field.
func wishPartOf(field string) string {
	switch field {
	case "interests":
		return "interest"
	case "district":
		return "where"
	case "promise", "every":
		return "money"
	case "threshold":
		return "people"
	}
	return "what"
}

// pageOfWishPart is the short page (from 1) that asks a part.
func pageOfWishPart(part string) int {
	for i, p := range wishParts {
		if p == part {
			return i + 1
		}
	}
	return 1
}

func newWishFormPage(f wishForm) wishFormPage {
	return wishFormPage{Form: f, Interests: interestGroups(), Days: community.Days(), Slots: community.Slots(),
		Periods: []string{string(community.EveryWeek), string(community.EveryMonth)}}
}

// wishNew shows the form, ready with the member's district and free times.
func (s *Server) wishNew(c *gin.Context) {
	me := current(c).me
	f := wishForm{District: me.District, Times: set(me.FreeTimes.Keys()), Every: string(community.EveryWeek), Threshold: "5"}
	if len(me.Interests) > 0 {
		f.Interest = me.Interests[0]
	}
	page := newWishFormPage(f)
	if current(c).display.EasyRead {
		page.Page, page.Pages = 1, len(wishParts)
	}
	s.render(c, http.StatusOK, "wish_form", "wish.new.title", page)
}

// wishCreate shares the wish; bad input comes back as typed.
func (s *Server) wishCreate(c *gin.Context) {
	me := current(c).me
	f := wishForm{
		Text: c.PostForm("text"), Interest: c.PostForm("interest"), District: c.PostForm("district"),
		Promise: strings.TrimSpace(c.PostForm("promise")), Every: c.PostForm("every"),
		Threshold: strings.TrimSpace(c.PostForm("threshold")), Times: set(c.PostFormArray("times")),
	}
	if current(c).display.EasyRead {
		// Easy Read asks no times: the wish takes the member's own.
		f.Times = set(me.FreeTimes.Keys())
	}
	w := community.Wish{Text: tidyText(f.Text), District: places.Normalise(f.District), Every: community.Period(f.Every)}
	if f.Interest != "" {
		w.Interests = []string{f.Interest}
	}
	var problems []community.FieldError
	var unknown []string
	if w.Times, unknown = community.ParseAvailability(sortedKeys(f.Times)); len(unknown) > 0 {
		problems = append(problems, community.FieldError{Field: "times", Key: "error.free_times.unknown"})
	}
	promise, threshold, bad := readPromise(f.Promise, f.Threshold, false)
	problems = append(problems, bad...)
	page := newWishFormPage(f)
	if sent, easy := s.wishPageSent(c); easy {
		// A short page of Easy Read: the parts so far must be right; the
		// last page saves, or shows the first page with a problem.
		page.Pages = len(wishParts)
		check := w
		check.PersonID, check.Backers = me.ID, []community.Backer{{PersonID: me.ID, Promise: promise, Threshold: threshold}}
		if err := check.Validate(s.Places.Known); err != nil {
			problems = append(problems, community.FieldErrors(err)...)
		}
		page.Page, problems = wishPageToShow(sent, problems)
		if page.Page > 0 {
			status := http.StatusOK
			if len(problems) > 0 {
				status = http.StatusBadRequest
			}
			s.render(c, status, "wish_form", "wish.new.title", page, summaryWith(problems, map[string]string{"every": "every-week"})...)
			return
		}
	}
	if len(problems) == 0 {
		saved, err := s.Actions.MakeWish(c.Request.Context(), who(c), c.PostForm("key"), w, promise, threshold)
		switch {
		case err == nil:
			c.Redirect(http.StatusSeeOther, "/wishes/"+saved.ID+"?done=made")
			return
		case staleKey(err):
			problems = append(problems, community.FieldError{Field: "text", Key: "error.form.key"})
		case community.KindOf(err) == community.KindInvalid:
			problems = append(problems, community.FieldErrors(err)...)
		default:
			s.fail(c, err)
			return
		}
	}
	if page.Pages > 0 {
		page.Page = pageOfWishPart(wishPartOf(problems[0].Field))
	}
	s.render(c, http.StatusBadRequest, "wish_form", "wish.new.title", page, summaryWith(problems, map[string]string{
		"every": "every-week", "times": "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
	})...)
}

// wishPageSent is the short page of Easy Read the form came from, and
// whether it came from one.
func (s *Server) wishPageSent(c *gin.Context) (int, bool) {
	sent, err := strconv.Atoi(c.PostForm("page"))
	if err != nil || sent < 1 || sent > len(wishParts) || !current(c).display.EasyRead {
		return 0, false
	}
	return sent, true
}

// wishPageToShow is the short page to show after page sent, with the
// problems it shows: the same page with its own problems, else the next;
// after the last, the first page with a problem, or 0 to save.
func wishPageToShow(sent int, problems []community.FieldError) (int, []community.FieldError) {
	var mine []community.FieldError
	first := 0
	for _, p := range problems {
		page := pageOfWishPart(wishPartOf(p.Field))
		if page == sent {
			mine = append(mine, p)
		}
		if first == 0 || page < first {
			first = page
		}
	}
	switch {
	case len(mine) > 0:
		return sent, mine
	case sent < len(wishParts):
		return sent + 1, nil
	case first > 0:
		var shown []community.FieldError
		for _, p := range problems {
			if pageOfWishPart(wishPartOf(p.Field)) == first {
				shown = append(shown, p)
			}
		}
		return first, shown
	}
	return 0, nil
}

// readPromise reads a promise in pounds and its "if at least N of us"; an
// optional one may be left empty as "Me too" alone. What is no amount or
// no whole number is named here; the limits are the domain's.
func readPromise(amount, threshold string, optional bool) (community.Pence, int, []community.FieldError) {
	if optional && amount == "" && threshold == "" {
		return 0, 0, nil
	}
	var problems []community.FieldError
	var promise community.Pence
	if amount == "" {
		problems = append(problems, community.FieldError{Field: "promise", Key: "error.wish.promise"})
	} else if p, key := community.ParsePence(amount); key != "" {
		problems = append(problems, community.FieldError{Field: "promise", Key: "error.wish.promise_amount"})
	} else {
		promise = p
	}
	n, err := strconv.Atoi(threshold)
	if err != nil {
		problems = append(problems, community.FieldError{Field: "threshold", Key: "error.wish.threshold"})
	}
	return promise, n, problems
}
