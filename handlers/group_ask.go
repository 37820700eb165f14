package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupAsk is someone asking to join a group that asks first.
func (s *Server) groupAsk(c *gin.Context) {
	me := current(c).me.ID
	g, err := s.Store.ChangeGroup(c.Request.Context(), c.Param("id"), func(g *community.Group) error { return g.Ask(me) })
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=asked")
}

// groupLetIn is an organiser inviting someone who asked; they then see
// the rules and join like anyone invited.
func (s *Server) groupLetIn(c *gin.Context) {
	me := current(c).me.ID
	person := c.PostForm("person")
	g, err := s.Store.ChangeGroup(c.Request.Context(), c.Param("id"), func(g *community.Group) error { return g.LetIn(me, person) })
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=let_in")
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
