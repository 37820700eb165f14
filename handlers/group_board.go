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
	Text, On, From, To, Venue string
	Public                    bool
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

// groupPost adds an announcement, or a session on a date, to the board.
// Members who are only watching read the board but do not post.
func (s *Server) groupPost(c *gin.Context) {
	form := boardForm{
		Text: tidy(c.PostForm("text")), On: strings.TrimSpace(c.PostForm("on")), From: strings.TrimSpace(c.PostForm("from")),
		To: strings.TrimSpace(c.PostForm("to")), Venue: tidy(c.PostForm("venue")), Public: c.PostForm("public") == "yes",
	}
	p := community.Post{Text: form.Text, From: form.From, To: form.To, Venue: form.Venue, Public: form.Public}
	var problems []community.FieldError
	if form.On != "" {
		on, err := time.Parse("2006-01-02", form.On)
		if err != nil {
			problems = append(problems, community.FieldError{Field: "on", Key: "error.post.date"})
		}
		p.On = on
	}
	if len(problems) == 0 {
		_, err := s.Actions.Post(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), p)
		if community.KeyOf(err) == "error.post.public_organisers" {
			// Only an organiser may show it on What's on: say so by the
			// box, keeping what was typed.
			err = community.Invalid(community.FieldError{Field: "public", Key: community.KeyOf(err)})
		}
		var handled bool
		if problems, handled = s.answered(c, err, "posted", "#board"); handled {
			return
		}
	}
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Board: form, Part: partFor(c, partBoard)}, summaryWith(problems, map[string]string{"key": "text"})...)
}
