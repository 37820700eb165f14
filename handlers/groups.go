package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groups lists the member's groups and the groups that invited them.
func (s *Server) groups(c *gin.Context) {
	ctx := c.Request.Context()
	me := current(c).me
	mine, err := s.Store.GroupsOf(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	invited, err := s.Store.GroupsInviting(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	done := c.Query("done")
	if done != "left" {
		done = ""
	}
	s.render(c, http.StatusOK, "groups", "groups.title", struct {
		Mine, Invited []community.Group
		Done          string
	}{mine, invited, done})
}
