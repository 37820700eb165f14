package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupConfirmAll is the treasurer confirming every payment waiting, in
// one go; each is confirmed once however often the form is sent.
func (s *Server) groupConfirmAll(c *gin.Context) {
	if _, err := s.Actions.ConfirmAll(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostFormArray("entry")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "confirmed_all", "#money")
}
