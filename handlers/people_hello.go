package handlers

import (
	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// sayHello says hello to another member: they see it on their own page.
func (s *Server) sayHello(c *gin.Context) {
	s.markPerson(c, community.MarkHello, "hello", "/suggestions")
}
