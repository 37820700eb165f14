package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// suspendable is the member a report lets a moderator suspend: the person
// reported, or who sent the message reported.
func (s *Server) suspendable(c *gin.Context, r community.Report) (string, string) {
	id := r.Target
	switch r.Kind {
	case "person":
	case "message":
		m, err := s.Store.Message(c.Request.Context(), r.Target)
		if err != nil {
			return "", ""
		}
		id = m.From
	default:
		return "", ""
	}
	p, err := s.Store.Person(c.Request.Context(), id)
	if err != nil || p.Suspended() {
		return "", ""
	}
	return p.ID, p.Name
}

// memberSuspend is a moderator suspending a member: their sign-ins end at
// once.
func (s *Server) memberSuspend(c *gin.Context) {
	if err := s.Actions.Suspend(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), c.PostForm("report"), c.PostForm("note")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=suspended")
}
