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
	me := current(c).me
	them, err := s.Store.Person(c.Request.Context(), c.Param("id"))
	// Anyone but yourself can be blocked; hello and "not interested" are
	// only for people you can see.
	if err == nil && (them.ID == me.ID || kind != community.MarkBlock && (!them.Visible() || s.Matching.Blocked(me.ID, them.ID))) {
		err = community.NotFound("error.person.not_found")
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	m := community.Mark{From: me.ID, To: them.ID, Kind: kind}
	if _, err := s.Store.PutMark(c.Request.Context(), m); err != nil {
		s.fail(c, err)
		return
	}
	s.Matching.Mark(m)
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
	m := community.Mark{From: current(c).me.ID, To: c.PostForm("person"), Kind: community.MarkKind(c.PostForm("kind"))}
	if m.Kind != community.MarkNotInterested && m.Kind != community.MarkBlock || !m.Valid() {
		s.fail(c, community.Invalid())
		return
	}
	if _, err := s.Store.DeleteMark(c.Request.Context(), m); err != nil {
		s.fail(c, err)
		return
	}
	s.Matching.Unmark(m)
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
