package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

type groupSoonPage struct {
	ListingID, Title string
	Reasons          []string
}

// groupNew is where "start this group" leads. Buying groups are not built
// yet, so it says so plainly, shows what the group would have been, and
// saves nothing.
func (s *Server) groupNew(c *gin.Context) {
	page := groupSoonPage{}
	if id := c.Query("listing"); id != "" {
		if l, err := s.Store.Listing(c.Request.Context(), id); err == nil && !l.Hidden {
			page.ListingID, page.Title = l.ID, l.Title
		}
	}
	if page.ListingID != "" {
		l := s.Locale.For(current(c).display.EasyRead)
		for _, f := range s.Matching.GroupsToStart(current(c).me.ID, matching.Query{Within: matching.MaxWithin, Limit: 100}) {
			if f.ListingID == page.ListingID {
				page.Reasons = startReasons(l, f)
				break
			}
		}
	}
	s.render(c, http.StatusOK, "group_soon", "groupsoon.title", page)
}
