package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupPayBack is the treasurer recording a refund owed to someone who
// left as paid back to them; twice records once.
func (s *Server) groupPayBack(c *gin.Context) {
	if _, err := s.Actions.PayBack(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("entry")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "paid_back", "#money")
}
