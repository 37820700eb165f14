package handlers

import (
	"net/http"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// helpingRoutes are the routes open while a mentor helps someone: the
// pages the acting scopes cover (the profile form; the groups, a group's
// page, joining, asking, leaving and paying in, with its Easy Read page), the permissions page,
// stopping, signing out, and the display settings every page's Easy Read
// button posts to (the mentor's own). Everything else (messages, votes,
// proposals, the treasurer's pages, people, providers, …) shows the
// "stop helping first" page: a mentor never reads the member's messages
// or does what no scope covers.
var helpingRoutes = map[string]bool{
	"GET /": true, "POST /signout": true,
	"GET /settings/display": true, "POST /settings/display": true,
	"GET /permissions": true, "POST /helping/stop": true,
	"GET /me/edit": true, "POST /me/edit": true,
	"GET /groups": true, "GET /groups/:id": true,
	"POST /groups/:id/join": true, "POST /groups/:id/ask": true,
	"GET /groups/:id/leave": true, "POST /groups/:id/leave": true,
	"GET /groups/:id/pay": true, "POST /groups/:id/payments": true,
}

// helpingTasks are the tasks of a group's Easy Read start page a mentor
// may use while helping someone: those whose page helpingRoutes opens.
func helpingTasks(tasks []task, groupID string) []task {
	return slices.DeleteFunc(tasks, func(t task) bool {
		return !helpingRoutes["GET "+strings.Replace(t.Href, "/groups/"+groupID, "/groups/:id", 1)]
	})
}

// loadHelping reads, for a signed-in mentor, the member the session says
// they help. A member who is gone ends the helping.
func (s *Server) loadHelping(c *gin.Context, v *visitor) error {
	if v.session.Helping == "" {
		return nil
	}
	p, err := s.Store.Person(c.Request.Context(), v.session.Helping)
	if community.KindOf(err) == community.KindNotFound || v.session.Helping == v.me.ID {
		v.session.Helping = ""
		return s.Sessions.Write(c.Writer, v.session)
	}
	if err != nil {
		return err
	}
	v.helping = &p
	return nil
}

// whileHelping lets through, while a mentor helps someone, only the routes
// in helpingRoutes.
func (s *Server) whileHelping(c *gin.Context) {
	if current(c).helping == nil || helpingRoutes[c.Request.Method+" "+c.FullPath()] {
		c.Next()
		return
	}
	s.render(c, http.StatusForbidden, "helping_refused", "helping.refused.heading", nil)
	c.Abort()
}
