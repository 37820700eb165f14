package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// home says what the site is; for a member it is their starting point.
func (s *Server) home(c *gin.Context) {
	s.render(c, http.StatusOK, "home", "home.title", nil)
}
