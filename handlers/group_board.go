package handlers

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// boardForm is the board's form as typed.
type boardForm struct {
	Text, On string
}

// groupBoard is the board as the group page shows it: sessions to come,
// soonest first, then the newest announcements.
type groupBoard struct {
	Sessions, Announcements []community.Post
}

// mostAnnouncements bounds the announcements shown.
const mostAnnouncements = 10

func boardOf(posts []community.Post, today time.Time) groupBoard {
	var b groupBoard
	for _, p := range posts {
		switch {
		case p.On.IsZero():
			if len(b.Announcements) < mostAnnouncements {
				b.Announcements = append(b.Announcements, p)
			}
		case !p.On.Before(today):
			b.Sessions = append(b.Sessions, p)
		}
	}
	slices.SortStableFunc(b.Sessions, func(x, y community.Post) int { return x.On.Compare(y.On) })
	return b
}

// today is the first moment of the current day in UTC.
func today() time.Time { return time.Now().UTC().Truncate(24 * time.Hour) }

// groupPost adds an announcement, or a session on a date, to the board.
// Members who are only watching read the board but do not post.
func (s *Server) groupPost(c *gin.Context) {
	me := current(c).me
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	form := boardForm{Text: tidy(c.PostForm("text")), On: strings.TrimSpace(c.PostForm("on"))}
	p := community.Post{GroupID: g.ID, By: me.ID, ByName: me.Name, Text: form.Text}
	var problems []community.FieldError
	if form.On != "" {
		on, err := time.Parse("2006-01-02", form.On)
		if err != nil {
			problems = append(problems, community.FieldError{Field: "on", Key: "error.post.date"})
		}
		p.On = on
	}
	if len(problems) == 0 {
		problems = community.FieldErrors(p.Validate(today()))
	}
	if len(problems) > 0 {
		s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Board: form}, summaryWith(problems, nil)...)
		return
	}
	if _, err := s.Store.Post(c.Request.Context(), p); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=posted#board")
}
