package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// helpingStop ends helping: the mentor is back on their own pages.
func (s *Server) helpingStop(c *gin.Context) {
	v := current(c)
	v.session.Helping = ""
	if err := s.Sessions.Write(c.Writer, v.session); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/permissions?done=stopped")
}
