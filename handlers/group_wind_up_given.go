package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupWindUpGiven is the treasurer recording a thing given to a member,
// or away, as agreed.
func (s *Server) groupWindUpGiven(c *gin.Context) {
	if _, err := s.Actions.ThingGiven(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("thing")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/wind-up?done=given")
}
