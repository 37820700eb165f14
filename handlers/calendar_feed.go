package handlers

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/ical"
	"github.com/gin-gonic/gin"
)

// calendarFeed is a member's calendar as iCalendar, for the calendar app
// they gave its private link to: their groups' sessions and the public
// sessions they chose, or with ?group= one group's only. It needs no
// sign-in, as calendar apps have none: the link's token is the key, and
// a replaced link finds nothing.
func (s *Server) calendarFeed(c *gin.Context) {
	ctx := c.Request.Context()
	cal, err := s.Store.CalendarByToken(ctx, c.Param("token"))
	if err == nil {
		err = s.feedOwnerMay(ctx, cal.PersonID)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	sessions, err := s.calendarSessions(ctx, cal, c.Query("group"))
	if err != nil {
		s.fail(c, err)
		return
	}
	l := s.Locale.For(false)
	feed := ical.Feed{Name: l.T("calendar.feed_name")}
	stamp := s.Now().UTC()
	for _, se := range sessions {
		start, end, allDay := se.Times()
		card := s.sessionCardOf(l, se, false)
		if se.Slot != "" {
			card.By += "\n" + l.T("calendar.slot_note")
		}
		feed.Events = append(feed.Events, ical.Event{
			UID: se.Key + "@clubtogether", Summary: se.Title, Description: card.By, Location: card.Where,
			URL: s.BaseURL + sessionHref(se), Start: start, End: end, AllDay: allDay, Stamp: stamp,
		})
	}
	var b bytes.Buffer
	if err := ical.Write(&b, feed, community.London()); err != nil {
		s.fail(c, err)
		return
	}
	// The feed is one member's: no cache between them and their calendar
	// app may keep it.
	c.Header("Cache-Control", "private, no-store")
	c.Header("X-Robots-Tag", "noindex")
	c.Data(http.StatusOK, "text/calendar; charset=utf-8", b.Bytes())
}

// feedOwnerMay refuses the feed of a member who is gone, or suspended: a
// suspension ends every way in, a calendar link too.
func (s *Server) feedOwnerMay(ctx context.Context, personID string) error {
	p, err := s.Store.Person(ctx, personID)
	if community.KindOf(err) == community.KindNotFound || err == nil && !p.SuspendedAt.IsZero() {
		return community.NotFound("error.calendar.old_link")
	}
	return err
}

// calendarSessions are the sessions a calendar holds, soonest first; with
// groupID, only that group's, which must be one of its member's.
func (s *Server) calendarSessions(ctx context.Context, cal community.Calendar, groupID string) ([]community.Session, error) {
	groups, err := s.Store.GroupsOf(ctx, cal.PersonID)
	if err != nil {
		return nil, err
	}
	if groupID != "" {
		groups = slices.DeleteFunc(groups, func(g community.Group) bool { return g.ID != groupID })
		if len(groups) == 0 {
			return nil, community.NotFound("error.calendar.not_in_group")
		}
	}
	boards := make([]community.GroupBoard, 0, len(groups))
	for _, g := range groups {
		posts, err := s.Store.Board(ctx, g.ID)
		if err != nil {
			return nil, err
		}
		boards = append(boards, community.GroupBoard{Group: g, Posts: posts})
	}
	keys := cal.Chosen
	if groupID != "" {
		keys = nil // one group's feed holds its sessions only
	}
	var chosen []community.Session
	for _, key := range keys {
		se, err := s.Actions.PublicSession(ctx, key)
		switch {
		case community.KindOf(err) == community.KindNotFound:
			continue // over, or no longer shown: it leaves the calendar
		case err != nil:
			return nil, err
		}
		chosen = append(chosen, se)
	}
	since := community.Day(s.Now()).AddDate(0, 0, -community.FeedPastDays)
	return community.CalendarSessions(boards, chosen, since), nil
}

// sessionHref is the page a session links to: its page on What's on when
// anyone may see it, else its group's board.
func sessionHref(se community.Session) string {
	if se.Public {
		return "/whats-on/" + url.PathEscape(se.Key)
	}
	return "/groups/" + se.GroupID + "/board"
}

// feedLinks are a calendar's link for calendar apps (webcal) and to copy
// (https), from the site's address.
func (s *Server) feedLinks(cal community.Calendar) (subscribe, copyable string) {
	copyable = s.BaseURL + "/calendar/" + cal.Token + "/sessions.ics"
	if u, err := url.Parse(copyable); err == nil {
		u.Scheme = "webcal"
		subscribe = u.String()
	}
	return subscribe, copyable
}
