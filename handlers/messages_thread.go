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
	if err != nil {
		s.fail(c, err)
		return
	}
	thread, err := s.Store.Thread(ctx, me, them.ID)
	if err != nil {
		s.fail(c, err)
		return
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
		threadPage{With: them, Messages: thread, Connected: connected, Text: text, Done: c.Query("done") == "sent"}, errs...)
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
