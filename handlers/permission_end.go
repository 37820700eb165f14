package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// permissionEnd takes back a permission the member gave.
func (s *Server) permissionEnd(c *gin.Context) {
	if _, err := s.Actions.EndPermission(c.Request.Context(), who(c), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/permissions?done=ended")
}
