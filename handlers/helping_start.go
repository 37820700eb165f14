package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// helpingStart starts a mentor helping a member who gave them a live
// permission: the session records whom, and the banner shows on every
// page until they stop.
func (s *Server) helpingStart(c *gin.Context) {
	v := current(c)
	member, err := s.Actions.StartHelping(c.Request.Context(), *v.me, c.PostForm("member"))
	if err != nil {
		s.fail(c, err)
		return
	}
	v.session.Helping = member.ID
	if err := s.Sessions.Write(c.Writer, v.session); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/permissions?done=helping")
}
