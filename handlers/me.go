package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type mePage struct {
	Person community.Person
	Saved  bool
	Done   string
	// Hellos are the people who said hello to me; NotInterested and
	// Blocked are my own marks, each of which I can undo here.
	Hellos        []markedPerson
	NotInterested []markedPerson
	Blocked       []markedPerson
	// Mentor is my offer to mentor, once a moderator approved it.
	Mentor *community.Mentor
	// Tasks are the Easy Read start page's buttons (meTasks). Part is
	// "hellos", "hidden", "blocked" or "sessions" on the short page of
	// that one part, with its list's first items and a Show more.
	Tasks []task
	Part  string
	More  showMore
}

// markedPerson is the other person of a mark, by name.
type markedPerson struct {
	ID, Name string
}

// mostMarksShown bounds each list on the page.
const mostMarksShown = 50

// me shows the signed-in member their own profile, who said hello, and the
// people they have hidden from their suggestions or blocked. In Easy Read
// it starts with who they are and a button for each thing they can do
// here, each a short page of its own (meParts).
func (s *Server) me(c *gin.Context) {
	page, ok := s.mePage(c)
	if !ok {
		return
	}
	if current(c).display.EasyRead {
		page.Tasks = s.meTasks(c, page)
	}
	s.render(c, http.StatusOK, "me", "me.title", page)
}

// mePage reads what the profile page shows; false when it failed (and
// the error page is sent).
func (s *Server) mePage(c *gin.Context) (mePage, bool) {
	me := *current(c).me
	page := mePage{Person: me, Saved: c.Query("saved") == "1"}
	page.Done = knownDone(c, doneNotices()...)
	ctx := c.Request.Context()
	mine, err := s.Store.MarksFrom(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return page, false
	}
	hellos, err := s.Store.MarksTo(ctx, me.ID, community.MarkHello)
	if err != nil {
		s.fail(c, err)
		return page, false
	}
	for _, m := range mine {
		switch m.Kind {
		case community.MarkNotInterested:
			page.NotInterested = s.appendMarked(c, page.NotInterested, m.To, false)
		case community.MarkBlock:
			page.Blocked = s.appendMarked(c, page.Blocked, m.To, false)
		}
	}
	for _, m := range hellos {
		if !s.Matching.Blocked(me.ID, m.From) {
			page.Hellos = s.appendMarked(c, page.Hellos, m.From, true)
		}
	}
	page.Mentor = s.approvedMentor(ctx, me.ID)
	return page, true
}

// appendMarked adds the person by name, if they still exist (and, when
// visibleOnly, still show their profile).
func (s *Server) appendMarked(c *gin.Context, list []markedPerson, id string, visibleOnly bool) []markedPerson {
	if len(list) >= mostMarksShown {
		return list
	}
	p, err := s.Store.Person(c.Request.Context(), id)
	if err != nil || visibleOnly && !p.Visible() {
		return list
	}
	return append(list, markedPerson{ID: p.ID, Name: p.Name})
}
