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

// wishPages are the parts of the wish form, in the order Easy Read asks
// them a page at a time.
func wishPages() shortPages {
	return shortPages{parts: []string{"what", "interest", "where", "money", "people"}, partOf: func(field string) string {
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
	}}
}

// Shows reports whether the page asks a part: every part but on Easy
// Read's short pages.
func (p wishFormPage) Shows(part string) bool { return wishPages().shows(p.Page, part) }

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
		page.Page, page.Pages = 1, len(wishPages().parts)
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
	if sent, easy := wishPages().sent(c); easy {
		// A short page of Easy Read: the parts so far must be right; the
		// last page saves, or shows the first page with a problem.
		page.Pages = len(wishPages().parts)
		check := w
		check.PersonID, check.Backers = me.ID, []community.Backer{{PersonID: me.ID, Promise: promise, Threshold: threshold}}
		if err := check.Validate(s.Places.Known); err != nil {
			problems = append(problems, community.FieldErrors(err)...)
		}
		page.Page, problems = wishPages().next(sent, problems)
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
		page.Page = wishPages().firstWith(problems)
	}
	s.render(c, http.StatusBadRequest, "wish_form", "wish.new.title", page, summaryWith(problems, map[string]string{
		"every": "every-week", "times": "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
	})...)
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
