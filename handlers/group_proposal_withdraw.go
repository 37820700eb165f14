package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupWithdraw takes a proposal back: the proposer's own before it is
// agreed, or an agreed spend by the treasurer, with a reason.
func (s *Server) groupWithdraw(c *gin.Context) {
	if _, err := s.Actions.Withdraw(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("proposal"), tidy(c.PostForm("reason"))); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "withdrawn", "#proposals")
}
