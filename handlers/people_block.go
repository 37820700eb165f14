package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// block hides each member from the other, both ways, everywhere.
func (s *Server) block(c *gin.Context) {
	s.markPerson(c, community.MarkBlock, "blocked", "/me")
}
