package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// endConnection ends the member's connection with someone, or takes back
// a hello not answered yet.
func (s *Server) endConnection(c *gin.Context) {
	if err := s.Actions.EndConnection(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/people/"+c.Param("id")+"?done=ended")
}
