package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// mentorUnapprove is a moderator withdrawing a mentor's approval.
func (s *Server) mentorUnapprove(c *gin.Context) {
	if _, err := s.Actions.UnapproveMentor(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), c.PostForm("note")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=mentor_unapproved")
}

// approvedMentors lists the approved mentors, whose approval a moderator
// may withdraw.
func (s *Server) approvedMentors(c *gin.Context) ([]waitingMentor, error) {
	all, err := s.Store.Mentors(c.Request.Context(), true)
	if err != nil {
		return nil, err
	}
	var out []waitingMentor
	for _, m := range all {
		if p, err := s.Store.Person(c.Request.Context(), m.PersonID); err == nil && m.Approved() {
			out = append(out, waitingMentor{p.ID, p.Name})
		}
	}
	return out, nil
}
