package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupVote records a voting member's yes or no; they may change it until
// the proposal is decided.
func (s *Server) groupVote(c *gin.Context) {
	if _, err := s.Actions.Vote(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("proposal"), c.PostForm("vote")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "voted", "#proposals")
}
