package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type mePage struct {
	Person community.Person
	Saved  bool
}

// me shows the signed-in member their own profile.
func (s *Server) me(c *gin.Context) {
	s.render(c, http.StatusOK, "me", "me.title", mePage{Person: *current(c).me, Saved: c.Query("saved") == "1"})
}
