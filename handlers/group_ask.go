package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupAsk is someone asking to join a group that asks first.
func (s *Server) groupAsk(c *gin.Context) {
	g, err := s.Actions.Ask(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=asked")
}

// askingNames names the people asking to join, for the organisers.
func (s *Server) askingNames(c *gin.Context, g community.Group) []markedPerson {
	var out []markedPerson
	for _, id := range g.Asking {
		if p, err := s.Store.Person(c.Request.Context(), id); err == nil {
			out = append(out, markedPerson{ID: p.ID, Name: p.Name})
		}
	}
	return out
}
