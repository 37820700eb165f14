package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupHandOver gives the member's role to another member, before they
// leave.
func (s *Server) groupHandOver(c *gin.Context) {
	g, err := s.Actions.HandOver(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("person"), c.PostForm("role"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"/leave")
}
