package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// helpDone is the member or their mentor saying the help is done; each
// goes back to their own page.
func (s *Server) helpDone(c *gin.Context) {
	h, err := s.Actions.FinishHelp(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	if h.By == current(c).me.ID {
		c.Redirect(http.StatusSeeOther, "/help?done=finished")
		return
	}
	c.Redirect(http.StatusSeeOther, "/mentors?done=finished")
}
