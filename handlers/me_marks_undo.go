package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

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
