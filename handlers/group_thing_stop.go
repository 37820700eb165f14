package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupThingStop is someone who uses the thing stopping.
func (s *Server) groupThingStop(c *gin.Context) {
	if _, err := s.Actions.StopUsing(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, thingPath(c)+"?done=stopped")
}
