package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupVote records a voting member's yes or no; they may change it until
// the proposal is decided.
func (s *Server) groupVote(c *gin.Context) {
	vote := c.PostForm("vote")
	if vote != "yes" && vote != "no" {
		s.fail(c, community.Invalid())
		return
	}
	if _, err := s.Actions.Vote(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("proposal"), vote == "yes"); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "voted", "#proposals")
}
