package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// wishBack says "Me too" for the member, with a promise when one is typed.
// A second "Me too", or a promise refused, comes back on the wish's page
// in plain words with what was typed.
func (s *Server) wishBack(c *gin.Context) {
	amount, threshold := strings.TrimSpace(c.PostForm("promise")), strings.TrimSpace(c.PostForm("threshold"))
	promise, n, problems := readPromise(amount, threshold, true)
	if len(problems) == 0 {
		_, err := s.Actions.BackWish(c.Request.Context(), who(c), c.Param("id"), promise, n)
		switch {
		case err == nil:
			c.Redirect(http.StatusSeeOther, "/wishes/"+c.Param("id")+"?done=backed")
			return
		case community.KindOf(err) == community.KindInvalid:
			problems = community.FieldErrors(err)
		case community.KindOf(err) == community.KindConflict:
			problems = []community.FieldError{{Field: "promise", Key: community.KeyOf(err)}}
		default:
			s.fail(c, err)
			return
		}
	}
	s.showWish(c, http.StatusBadRequest, amount, threshold, problems)
}

// wishAnswer records the member's yes or no to the round the form was for.
func (s *Server) wishAnswer(c *gin.Context) {
	n, err := strconv.Atoi(c.PostForm("round"))
	if err != nil {
		n = -1 // no round: refused below as over
	}
	yes := c.PostForm("answer") == "yes"
	_, err = s.Actions.AnswerWish(c.Request.Context(), who(c), c.Param("id"), n, yes)
	switch {
	case err == nil:
		done := "no"
		if yes {
			done = "yes"
		}
		c.Redirect(http.StatusSeeOther, "/wishes/"+c.Param("id")+"?done="+done)
	case community.KindOf(err) == community.KindConflict || community.KindOf(err) == community.KindForbidden:
		s.showWish(c, http.StatusConflict, "", "", []community.FieldError{{Field: "answer", Key: community.KeyOf(err)}})
	default:
		s.fail(c, err)
	}
}
