package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// notInterested stops suggesting the other member; it can be undone on /me.
func (s *Server) notInterested(c *gin.Context) {
	s.markPerson(c, community.MarkNotInterested, "not_interested", "/suggestions")
}
