package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// reportHide is a moderator hiding what a report is about.
func (s *Server) reportHide(c *gin.Context) {
	if err := s.Actions.Hide(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), c.PostForm("note")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=hidden")
}

// shownMessage is a message as the one looking sees it: a hidden one
// says it was removed by a moderator, to everyone but the moderators.
func (s *Server) shownMessage(c *gin.Context, m community.Message) community.Message {
	if m.Hidden() && !s.isModerator(current(c).me) {
		m.Text = s.Locale.For(current(c).display.EasyRead).T("message.removed")
	}
	return m
}
