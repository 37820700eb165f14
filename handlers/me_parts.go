package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// meParts are the short pages of the profile page's parts, which Easy Read
// shows one at a time (plain pages show them all on /me): the page's part
// and the catalogue message for its title.
var meParts = map[string]string{
	"hellos":   "me.hellos",
	"hidden":   "me.not_interested",
	"blocked":  "me.blocked",
	"sessions": "me.sessions",
}

// mePart shows one part of the profile page: who said hello, the people
// hidden or blocked (each list five at a time in Easy Read), or signing
// out everywhere.
func (s *Server) mePart(part string) gin.HandlerFunc {
	return func(c *gin.Context) {
		page, ok := s.mePage(c)
		if !ok {
			return
		}
		page.Part = part
		easy := current(c).display.EasyRead
		switch part {
		case "hellos":
			page.Hellos, page.More = firstOf(c, easy, page.Hellos, "shown", "people", s.Locale.For(easy).T(meParts[part]))
		case "hidden":
			page.NotInterested, page.More = firstOf(c, easy, page.NotInterested, "shown", "people", s.Locale.For(easy).T(meParts[part]))
		case "blocked":
			page.Blocked, page.More = firstOf(c, easy, page.Blocked, "shown", "people", s.Locale.For(easy).T(meParts[part]))
		}
		s.render(c, http.StatusOK, "me", meParts[part], page)
	}
}

// meTasks are the buttons of the Easy Read profile page: changing what
// they told us first, then each other part, then signing out everywhere.
func (s *Server) meTasks(c *gin.Context, page mePage) []task {
	l := s.Locale.For(true)
	hellos := l.T(plural("me.task_hellos", len(page.Hellos)), len(page.Hellos))
	tasks := []task{
		{Href: "/me/edit", Picto: "edit", Text: l.T("edit.title")},
		{Href: "/me/hellos", Picto: "mail", Text: hellos},
		{Href: "/suggestions", Picto: "people", Text: l.T("me.suggestions")},
	}
	if page.Mentor != nil {
		tasks = append(tasks, task{Href: "/mentors", Picto: "volunteering", Text: l.T("mentor.your_page")})
	}
	if s.Actions.MayInvite(c.Request.Context(), page.Person) == nil {
		tasks = append(tasks, task{Href: "/invites", Picto: "link", Text: l.T("me.task_invite")})
	}
	return append(tasks,
		task{Href: "/me/calendar", Picto: "calendar", Text: l.T("calendar.title")},
		task{Href: "/me/wellbeing", Picto: "wellbeing", Text: l.T("wellbeing.title")},
		task{Href: "/permissions", Picto: "help", Text: l.T("me.task_permissions")},
		task{Href: "/me/passkeys", Picto: "signin", Text: l.T("me.passkeys_link")},
		task{Href: "/settings/display", Picto: "settings", Text: l.T("me.task_display")},
		task{Href: "/me/export", Picto: "profile", Text: l.T("me.task_export"), Secondary: true},
		task{Href: "/me/delete", Picto: "error", Text: l.T("me.task_delete"), Secondary: true},
		task{Href: "/me/hidden", Picto: "hidden", Text: l.T("me.not_interested"), Secondary: true},
		task{Href: "/me/blocked", Picto: "lock", Text: l.T("me.blocked"), Secondary: true},
		task{Href: "/me/sign-out-everywhere", Picto: "signout", Text: l.T("me.sign_out_everywhere"), Secondary: true},
	)
}
