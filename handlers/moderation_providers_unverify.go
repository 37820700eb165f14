package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// providerUnverify is a moderator withdrawing their check of a provider.
func (s *Server) providerUnverify(c *gin.Context) {
	if _, err := s.Actions.UnverifyProvider(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), c.PostForm("note")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=unverified")
}
