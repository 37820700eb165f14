package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupLetIn is an organiser inviting someone who asked; they then see
// the rules and join like anyone invited.
func (s *Server) groupLetIn(c *gin.Context) {
	g, err := s.Actions.LetIn(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("person"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=let_in")
}
