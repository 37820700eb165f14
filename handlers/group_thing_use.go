package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupThingUse is someone who is not an owner starting to use the thing.
func (s *Server) groupThingUse(c *gin.Context) {
	if _, err := s.Actions.UseThing(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("thing")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, thingPath(c)+"?done=using#fee")
}

// thingPath is the path of the thing in the request's path.
func thingPath(c *gin.Context) string {
	return "/groups/" + c.Param("id") + "/things/" + c.Param("thing")
}
