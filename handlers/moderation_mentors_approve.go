package handlers

import (
	"net/http"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// mentorApprovePage shows a moderator an offer to mentor and asks what
// they checked.
type mentorApprovePage struct {
	Mentor          community.Mentor
	Person          community.Person
	Checks, DBSDate string
}

// mentorApproveForm shows the offer and the approval form, to moderators
// only.
func (s *Server) mentorApproveForm(c *gin.Context) {
	s.showMentorApprove(c, http.StatusOK, "", "")
}

// mentorApprove records a moderator's approval and what they checked; bad
// input comes back as typed.
func (s *Server) mentorApprove(c *gin.Context) {
	checks, typed := c.PostForm("checks"), strings.TrimSpace(c.PostForm("dbs_date"))
	var dbs time.Time
	if typed != "" {
		day, err := time.ParseInLocation(dateForm, typed, community.London())
		if err != nil {
			s.showMentorApprove(c, http.StatusBadRequest, checks, typed, community.FieldError{Field: "dbs_date", Key: "error.mentor.dbs_date"})
			return
		}
		dbs = day.UTC()
	}
	_, err := s.Actions.ApproveMentor(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"),
		community.MentorApproval{Checks: checks, DBSCheckedOn: dbs})
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/moderation?done=mentor_approved")
	case community.KindOf(err) == community.KindInvalid:
		problems := community.FieldErrors(err)
		if staleKey(err) {
			problems = []community.FieldError{{Field: "checks", Key: "error.form.key"}}
		}
		s.showMentorApprove(c, http.StatusBadRequest, checks, typed, problems...)
	default:
		s.fail(c, err)
	}
}

func (s *Server) showMentorApprove(c *gin.Context, status int, checks, dbs string, problems ...community.FieldError) {
	ctx := c.Request.Context()
	if !s.isModerator(current(c).me) {
		s.fail(c, community.Forbidden("error.moderation.only"))
		return
	}
	m, err := s.Store.Mentor(ctx, c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	p, err := s.Store.Person(ctx, m.PersonID)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, status, "mentor_approve", "mentor.approve.title",
		mentorApprovePage{Mentor: m, Person: p, Checks: checks, DBSDate: dbs}, summaryWith(problems, nil)...)
}

// waitingMentor is an offer to mentor no moderator has approved yet.
type waitingMentor struct{ ID, Name string }

// waitingMentors lists the offers waiting for a moderator, oldest first.
func (s *Server) waitingMentors(c *gin.Context) ([]waitingMentor, error) {
	all, err := s.Store.Mentors(c.Request.Context(), false)
	if err != nil {
		return nil, err
	}
	var out []waitingMentor
	for _, m := range all {
		if m.Approved() {
			continue
		}
		if p, err := s.Store.Person(c.Request.Context(), m.PersonID); err == nil {
			out = append(out, waitingMentor{p.ID, p.Name})
		}
	}
	return out, nil
}
