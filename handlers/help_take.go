package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// helpTake is an approved mentor taking a help request.
func (s *Server) helpTake(c *gin.Context) {
	if _, err := s.Actions.TakeHelp(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/mentors?done=taken#helping")
}
