package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupThingUseFee is an organiser setting the fee for people who are not
// owners to use the thing, or stopping offering it (those using it keep
// their use). A fee of nothing, or words, is refused: stopping is its own
// button, so that no typing slip stops it.
func (s *Server) groupThingUseFee(c *gin.Context) {
	typed, every := c.PostForm("use_fee"), c.PostForm("use_every")
	fee, problem := community.ParsePence(typed)
	if c.PostForm("stop") == "yes" {
		fee, problem = 0, "" // no longer offered to anyone new
	}
	var problems []community.FieldError
	if problem != "" {
		problems = append(problems, community.FieldError{Field: "use_fee", Key: moneyProblem("use_fee", problem)})
	} else {
		_, err := s.Actions.SetUseFee(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("thing"), fee, community.Period(every))
		if err == nil {
			c.Redirect(http.StatusSeeOther, thingPath(c)+"?done=use_fee")
			return
		}
		if community.KindOf(err) != community.KindInvalid {
			s.fail(c, err)
			return
		}
		problems = community.FieldErrors(err)
	}
	s.showThing(c, http.StatusBadRequest, typed, every, summaryWith(problems, nil)...)
}
