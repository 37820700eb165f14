package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// interestsPage is /interests: every interest by category, or, with
// ?category=, one category's. Easy Read starts with a large button for
// each category, so that each page is short.
type interestsPage struct {
	Categories []interestGroup
	// Category is the one category shown, "" for all of them.
	Category string
	Tasks    []task
}

// interests lists every interest by category.
func (s *Server) interests(c *gin.Context) {
	page := interestsPage{Categories: interestGroups()}
	if cat := c.Query("category"); cat != "" {
		for _, g := range page.Categories {
			if g.Slug == cat {
				page.Category, page.Categories = cat, []interestGroup{g}
			}
		}
		if page.Category == "" {
			s.notFound(c)
			return
		}
	} else if current(c).display.EasyRead {
		l := s.Locale.For(true)
		for _, g := range page.Categories {
			page.Tasks = append(page.Tasks, task{Href: "/interests?category=" + g.Slug, Picto: g.Picto, Text: l.T("category." + g.Slug)})
		}
	}
	title := "interests.title"
	if page.Category != "" {
		title = "category." + page.Category
	}
	s.render(c, http.StatusOK, "interests", title, page)
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
