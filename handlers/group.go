package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// memberGroup loads the group in the path for one of its members, for
// pages only members see; anyone else gets "not allowed" and false.
func (s *Server) memberGroup(c *gin.Context) (community.Group, bool) {
	g, err := s.Store.Group(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return community.Group{}, false
	}
	if _, in := g.Member(current(c).me.ID); !in {
		s.fail(c, community.Forbidden("error.group.members_only"))
		return community.Group{}, false
	}
	return g, true
}

// done sends the member back to the group page with a notice.
func done(c *gin.Context, groupID, notice, anchor string) {
	c.Redirect(303, "/groups/"+groupID+"?done="+notice+anchor)
}
