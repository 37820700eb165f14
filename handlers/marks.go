package handlers

import (
	"net/http"
	"net/url"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// sayHello, notInterested and block record one member's mark on another.
// Each is a POST that records at most one mark however often it is sent,
// and then goes back to the page it came from with a notice.

func (s *Server) sayHello(c *gin.Context) {
	s.markPerson(c, community.MarkHello, "hello", "/suggestions")
}

func (s *Server) notInterested(c *gin.Context) {
	s.markPerson(c, community.MarkNotInterested, "not_interested", "/suggestions")
}

func (s *Server) block(c *gin.Context) {
	s.markPerson(c, community.MarkBlock, "blocked", "/me")
}

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
	c.Redirect(http.StatusSeeOther, withDone(back, done))
}

// undoMark takes back a "not interested" or a block, from the member's
// own page.
func (s *Server) undoMark(c *gin.Context) {
	err := s.Actions.Unmark(c.Request.Context(), who(c), c.PostForm("key"), c.PostForm("person"), community.MarkKind(c.PostForm("kind")))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, withDone("/me", "undone"))
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
