package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// threadLine is one thread on the member's list of messages.
type threadLine struct {
	With   community.Person
	Last   *community.Message
	Unread int
}

// messagesPage lists the member's threads, newest first, and the people
// they are connected with but have not written to yet.
type messagesPage struct {
	Threads []threadLine
	Hellos  []community.Person
	// ThreadsMore and HellosMore show five more of each in Easy Read.
	ThreadsMore, HellosMore showMore
}

// messages lists the member's threads, newest first, with what is unread.
func (s *Server) messages(c *gin.Context) {
	ctx := c.Request.Context()
	me := current(c).me.ID
	all, err := s.Store.MessagesOf(ctx, me)
	if err != nil {
		s.fail(c, err)
		return
	}
	_, unread := s.Actions.Unread(me)
	var page messagesPage
	seen := map[string]bool{}
	add := func(other string, last *community.Message) {
		if seen[other] || s.Matching.Blocked(me, other) {
			return
		}
		seen[other] = true
		p, err := s.Store.Person(ctx, other)
		switch {
		case community.KindOf(err) == community.KindNotFound && last != nil:
			// They deleted their account: the thread stays, by no name.
			p = community.Person{ID: other, Name: s.Locale.For(current(c).display.EasyRead).T("timeline.former_member")}
		case err != nil:
			return
		}
		page.Threads = append(page.Threads, threadLine{With: p, Last: last, Unread: unread[other]})
	}
	for i := range all {
		all[i] = s.shownMessage(c, all[i])
		m := &all[i]
		other := m.To
		if other == me {
			other = m.From
		}
		add(other, m)
	}
	for _, other := range s.Matching.ConnectionsOf(me) {
		add(other, nil)
	}
	for _, id := range s.Matching.HellosWaiting(me) {
		if p, err := s.Store.Person(ctx, id); err == nil {
			page.Hellos = append(page.Hellos, p)
		}
	}
	easy := current(c).display.EasyRead
	l := s.Locale.For(easy)
	page.Threads, page.ThreadsMore = firstOf(c, easy, page.Threads, "threads", "threads", l.T("messages.threads"))
	page.Hellos, page.HellosMore = firstOf(c, easy, page.Hellos, "hellos", "hellos", l.T("messages.hellos"))
	s.render(c, http.StatusOK, "messages", "messages.title", page)
}
