package handlers

import (
	"net/http"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// checkInForm is the check-in as typed: each answer as sent, so that one
// refused comes back as it was.
type checkInForm struct {
	Answers map[string]string
	Helped  string
}

// checkInPage asks the four questions and what helped; Easy Read asks
// one a page (Page of Pages, from 1), with a face beside each number.
type checkInPage struct {
	Form        checkInForm
	Questions   []string
	Scale       []int
	Page, Pages int
}

// checkInPages are the parts of the check-in Easy Read asks a page at a
// time: each question, then what helped.
func checkInPages() shortPages {
	return shortPages{parts: append(community.WellbeingQuestions(), "helped"), partOf: func(field string) string { return field }}
}

// Shows reports whether the page asks a part.
func (p checkInPage) Shows(part string) bool { return checkInPages().shows(p.Page, part) }

// Mouth is how the face beside an answer smiles: the height of its
// mouth's curve, from a frown at 0 to a smile at 10; for anxiety the
// other way, 0 being the calm face.
func (p checkInPage) Mouth(question string, answer int) string {
	mood := answer
	if question == community.QuestionAnxious {
		mood = community.MaxAnswer - answer
	}
	return strconv.FormatFloat(14+float64(mood)*1.4, 'f', 1, 64)
}

func newCheckInPage(f checkInForm) checkInPage {
	page := checkInPage{Form: f, Questions: community.WellbeingQuestions()}
	for v := community.MinAnswer; v <= community.MaxAnswer; v++ {
		page.Scale = append(page.Scale, v)
	}
	return page
}

// meCheckIn shows the check-in, to a member who agreed to them.
func (s *Server) meCheckIn(c *gin.Context) {
	plan, err := s.Store.WellbeingPlan(c.Request.Context(), current(c).me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	if !plan.On() {
		c.Redirect(http.StatusSeeOther, "/me/wellbeing")
		return
	}
	page := newCheckInPage(checkInForm{Answers: map[string]string{}})
	if current(c).display.EasyRead {
		page.Page, page.Pages = 1, len(checkInPages().parts)
	}
	s.render(c, http.StatusOK, "me_check_in", "wellbeing.check_in_title", page)
}

// meCheckInSave keeps the answers. Each must be a whole number from 0 to
// 10: "11", "-1" or "happy" comes back in plain words, nothing kept. Easy
// Read sends a page at a time, the answers so far going along hidden.
func (s *Server) meCheckInSave(c *gin.Context) {
	f := checkInForm{Answers: map[string]string{}, Helped: tidyText(c.PostForm("helped"))}
	var answers [4]int
	for i, q := range community.WellbeingQuestions() {
		f.Answers[q] = c.PostForm(q)
		v, ok := community.ParseWellbeingAnswer(f.Answers[q])
		if !ok {
			v = -1 // not a number from 0 to 10: the check below says so
		}
		answers[i] = v
	}
	ci := community.CheckIn{Answers: community.Wellbeing{Life: answers[0], Worthwhile: answers[1], Happy: answers[2], Anxious: answers[3]}, Helped: f.Helped}
	problems := community.FieldErrors(ci.Validate())
	page := newCheckInPage(f)
	if sent, easy := checkInPages().sent(c); easy {
		page.Pages = len(checkInPages().parts)
		page.Page, problems = checkInPages().next(sent, problems)
		if page.Page > 0 {
			status := http.StatusOK
			if len(problems) > 0 {
				status = http.StatusBadRequest
			}
			s.render(c, status, "me_check_in", "wellbeing.check_in_title", page, summaryWith(problems, checkInAnchors())...)
			return
		}
	}
	if len(problems) == 0 {
		_, err := s.Actions.CheckIn(c.Request.Context(), who(c), c.PostForm("key"), ci)
		switch {
		case err == nil:
			c.Redirect(http.StatusSeeOther, "/me/wellbeing?done=checked_in")
			return
		case staleKey(err):
			problems = []community.FieldError{{Field: community.QuestionLife, Key: "error.form.key"}}
		case community.KindOf(err) == community.KindInvalid:
			problems = community.FieldErrors(err)
		default:
			s.fail(c, err)
			return
		}
	}
	if page.Pages > 0 {
		page.Page = checkInPages().firstWith(problems)
		problems = checkInPages().on(page.Page, problems)
	}
	s.render(c, http.StatusBadRequest, "me_check_in", "wellbeing.check_in_title", page, summaryWith(problems, checkInAnchors())...)
}

// checkInAnchors sends each question's problem to its first choice.
func checkInAnchors() map[string]string {
	anchors := map[string]string{}
	for _, q := range community.WellbeingQuestions() {
		anchors[q] = q + "-0"
	}
	return anchors
}
