package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupSpendPaid is the treasurer recording an approved spend as paid:
// once, however often it is sent; a spend larger than what is left now is
// refused.
func (s *Server) groupSpendPaid(c *gin.Context) {
	if _, err := s.Actions.RecordPaid(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("proposal")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "spent", "#proposals")
}
