package handlers

import (
	"net/http"
	"net/url"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// markPerson records one member's mark on another (hello, not interested,
// block): at most one however often it is sent, and then it goes back to
// the page it came from with a notice.

func (s *Server) markPerson(c *gin.Context, kind community.MarkKind, done, fallback string) {
	if _, err := s.Actions.Mark(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), kind); err != nil {
		s.fail(c, err)
		return
	}
	// Blocking someone hides them from the page it was pressed on, so it
	// always goes to the member's own page, where it can be undone.
	back := returnPath(c.PostForm("return"), fallback)
	if kind == community.MarkBlock {
		back = fallback
	}
	if kind == community.MarkHello && s.Matching.Connected(current(c).me.ID, c.Param("id")) {
		done = "connected" // a hello back: now they can talk
	}
	c.Redirect(http.StatusSeeOther, withDone(back, done))
}

// withDone adds the notice to show to a local path.
func withDone(path, done string) string {
	u, err := url.Parse(path)
	if err != nil {
		return path
	}
	q := u.Query()
	q.Set("done", done)
	u.RawQuery = q.Encode()
	return u.String()
}
