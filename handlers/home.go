package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// homePage is what a signed-in member's home page lists: what waits for
// them.
type homePage struct {
	Tasks []homeTask
	// Notices are what the member must see first, profile or not: a way
	// back in made for them.
	Notices []homeTask
}

// home says what the site is; for a member it is their starting point,
// with what waits for them in their groups.
func (s *Server) home(c *gin.Context) {
	var page homePage
	if me := current(c).me; me != nil {
		l := s.Locale.For(current(c).display.EasyRead)
		unseen, err := s.unseenActs(c.Request.Context(), me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.Notices = recoveryNotices(l, unseen)
		if me.HasProfile() {
			if page.Tasks, err = s.homeTasks(c.Request.Context(), l, *me, newActs(unseen)); err != nil {
				s.fail(c, err)
				return
			}
		}
	}
	s.render(c, http.StatusOK, "home", "home.title", page)
}
