package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// interests lists every interest by category.
func (s *Server) interests(c *gin.Context) {
	s.render(c, http.StatusOK, "interests", "interests.title", struct{ Categories []interestGroup }{interestGroups()})
}

func (s *Server) interestShow(c *gin.Context) {
	slug := c.Param("slug")
	if !community.InterestSlugs()[slug] {
		s.notFound(c)
		return
	}
	// Near the member when we know where they are, within 10 miles.
	f := searchForm{Interest: slug, Page: 1}
	if me := current(c).me; me != nil && me.District != "" {
		f.Within = "10"
	}
	s.runSearch(c, f, "interest", "interest."+slug)
}
