package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"

	"github.com/gin-gonic/gin"
)

// calendarPage is the member's calendar: its private link, the button
// that replaces it, and the sessions it holds.
type calendarPage struct {
	Has                 bool
	Subscribe, Copyable string
	// Groups are the links to a feed of one group's sessions only.
	Groups   []groupFeed
	Sessions []sessionCard
	More     showMore
	Done     string
}

// groupFeed is the link to one group's sessions.
type groupFeed struct{ Name, Href string }

// meCalendar shows the member's calendar link and what it holds.
func (s *Server) meCalendar(c *gin.Context) {
	ctx := c.Request.Context()
	me := current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	page := calendarPage{Done: knownDone(c, "new_link")}
	cal, has, err := s.Store.Calendar(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	if has {
		page.Has = true
		page.Subscribe, page.Copyable = s.feedLinks(cal)
		groups, err := s.Store.GroupsOf(ctx, me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		for _, g := range groups {
			page.Groups = append(page.Groups, groupFeed{Name: g.Name, Href: page.Subscribe + "?group=" + g.ID})
		}
	}
	cal.PersonID = me.ID
	sessions, err := s.calendarSessions(ctx, cal, "")
	if err != nil {
		s.fail(c, err)
		return
	}
	// The page lists what is still to come; the feed keeps a month past.
	now := s.Now()
	sessions = slices.DeleteFunc(sessions, func(se community.Session) bool { _, end, _ := se.Times(); return !end.After(now) })
	step := plainSessionsStep
	if l.Easy() {
		step = easyListStep
	}
	shown, more := firstStep(c, step, sessions, "shown", "sessions", l.T("calendar.sessions"))
	for _, se := range shown {
		card := s.sessionCardOf(l, se, true)
		card.Href = sessionHref(se)
		page.Sessions = append(page.Sessions, card)
	}
	page.More = more
	s.render(c, http.StatusOK, "me_calendar", "calendar.title", page)
}

// meCalendarNewLink makes the member's calendar link, or replaces it: the
// old one stops working.
func (s *Server) meCalendarNewLink(c *gin.Context) {
	if _, err := s.Actions.MakeCalendarLink(c.Request.Context(), who(c)); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/me/calendar?done=new_link#link")
}
