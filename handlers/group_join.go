package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupJoin adds the member to the group, after they have seen its rules.
// Joining twice, a full group, a closed one or one that asks first each
// get a clear message and change nothing.
func (s *Server) groupJoin(c *gin.Context) {
	watching := c.PostForm("watching") == "yes"
	if _, err := s.Actions.Join(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), watching); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "joined", "")
}
