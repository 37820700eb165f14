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
		notices, err := s.recoveryNotices(c.Request.Context(), s.Locale.For(current(c).display.EasyRead), me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.Notices = notices
	}
	if me := current(c).me; me != nil && me.HasProfile() {
		tasks, err := s.homeTasks(c.Request.Context(), s.Locale.For(current(c).display.EasyRead), *me)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.Tasks = tasks
	}
	s.render(c, http.StatusOK, "home", "home.title", page)
}
