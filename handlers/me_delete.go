package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// deletePage says what deleting the member's account would do, and asks
// them to confirm it.
type deletePage struct {
	community.Deleting
}

// meDeleteForm shows what must be done first, or what deleting changes.
func (s *Server) meDeleteForm(c *gin.Context) {
	s.showDelete(c, http.StatusOK)
}

func (s *Server) showDelete(c *gin.Context, status int, errs ...fieldMessage) {
	d, err := s.Actions.Deleting(c.Request.Context(), who(c))
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, status, "me_delete", "delete.title", deletePage{d}, errs...)
}

// meDelete deletes the account once the member ticked that they
// understand it cannot be undone; they are then signed out.
func (s *Server) meDelete(c *gin.Context) {
	if c.PostForm("confirm") != "yes" {
		s.showDelete(c, http.StatusBadRequest, fieldMessage{Field: "confirm", Anchor: "confirm", Key: "error.delete.confirm"})
		return
	}
	err := s.Actions.DeleteAccount(c.Request.Context(), who(c), c.PostForm("key"))
	switch {
	case community.KindOf(err) == community.KindConflict:
		s.showDelete(c, http.StatusConflict, fieldMessage{Field: "blockers", Anchor: "blockers", Key: "error.delete.blocked"})
		return
	case err != nil:
		s.fail(c, err)
		return
	}
	s.Sessions.Clear(c.Writer)
	c.Redirect(http.StatusSeeOther, "/signin?done=deleted")
}
