package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// threadPage is the thread between the member and one other person,
// newest first, with the form to write.
type threadPage struct {
	With      community.Person
	Messages  []community.Message
	Connected bool
	Text      string
	Done      bool
	// Gone is a thread with someone who deleted their account: it can be
	// read, and their messages say they were removed.
	Gone bool
}

// PageTitle names who the thread is with.
func (p threadPage) PageTitle() string { return p.With.Name }

func (s *Server) messageThread(c *gin.Context) {
	s.showThread(c, http.StatusOK, "")
}

func (s *Server) showThread(c *gin.Context, status int, text string, errs ...fieldMessage) {
	ctx := c.Request.Context()
	me := current(c).me.ID
	them, err := s.Store.Person(ctx, c.Param("id"))
	if err == nil && (them.ID == me || s.Matching.Blocked(me, them.ID)) {
		err = community.NotFound("error.person.not_found")
	}
	gone := community.KindOf(err) == community.KindNotFound && c.Param("id") != me
	if err != nil && !gone {
		s.fail(c, err)
		return
	}
	thread, err := s.Store.Thread(ctx, me, c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	if gone {
		// Someone who deleted their account: the thread stays to read,
		// by no name, or is not found when there was none.
		if len(thread) == 0 || s.Matching.Blocked(me, c.Param("id")) {
			s.fail(c, community.NotFound("error.person.not_found"))
			return
		}
		them = community.Person{ID: c.Param("id"), Name: s.Locale.For(current(c).display.EasyRead).T("timeline.former_member")}
	}
	connected := s.Matching.Connected(me, them.ID)
	if len(thread) == 0 && !connected {
		s.fail(c, community.Forbidden("error.message.not_connected"))
		return
	}
	if err := s.Actions.ReadThread(ctx, who(c), them.ID); err != nil {
		s.fail(c, err)
		return
	}
	slices.Reverse(thread)
	for i := range thread {
		thread[i] = s.shownMessage(c, thread[i])
	}
	s.render(c, status, "message_thread", "messages.title",
		threadPage{With: them, Messages: thread, Connected: connected && !gone, Text: text, Done: c.Query("done") == "sent", Gone: gone}, errs...)
}

// messageSend sends a message in the thread.
func (s *Server) messageSend(c *gin.Context) {
	text := c.PostForm("text")
	_, err := s.Actions.SendMessage(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), text)
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/messages/"+c.Param("id")+"?done=sent")
	case community.KindOf(err) == community.KindInvalid:
		s.showThread(c, http.StatusBadRequest, text, summaryWith(community.FieldErrors(err), nil)...)
	default:
		s.fail(c, err)
	}
}
