package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// signoutEverywhere ends every sign-in of the member, on every device.
func (s *Server) signoutEverywhere(c *gin.Context) {
	if err := s.Actions.SignOutEverywhere(c.Request.Context(), who(c)); err != nil {
		s.fail(c, err)
		return
	}
	s.Sessions.Clear(c.Writer)
	c.Redirect(http.StatusSeeOther, "/signin?done=signed_out_everywhere")
}
