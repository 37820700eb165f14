package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupConfirm is the treasurer confirming a payment arrived. Confirming
// twice, or two at once, records one confirmation.
func (s *Server) groupConfirm(c *gin.Context) {
	if _, err := s.Actions.Confirm(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("entry")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "confirmed", "#money")
}
