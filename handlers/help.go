package handlers

import (
	"context"
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// helpPage is a member's help requests and how far each has got, with
// the mentors near them.
type helpPage struct {
	Mine []helpRow
	Near []mentorCard
	Done string
}

// help shows the member's help requests.
func (s *Server) help(c *gin.Context) {
	ctx := c.Request.Context()
	me := *current(c).me
	mine, err := s.Store.HelpsBy(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	page := helpPage{Mine: s.helpRows(ctx, me, mine), Near: s.mentorCards(s.Locale.For(current(c).display.EasyRead), me, 3)}
	if done := c.Query("done"); slices.Contains([]string{"asked", "finished"}, done) {
		page.Done = done
	}
	s.render(c, http.StatusOK, "help", "help.title", page)
}

// helpTasks lists what waits for the member about help: their own
// requests that are not done, and for an approved mentor, requests they
// took and requests near them waiting for someone. A member new to the
// site, in no group and with no request, is told a mentor near them can
// help.
func (s *Server) helpTasks(ctx context.Context, l *locale.Localizer, me community.Person, inGroups bool) ([]homeTask, error) {
	mine, err := s.Store.HelpsBy(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	var out []homeTask
	for _, r := range s.helpRows(ctx, me, mine) {
		what := l.T("help.what." + r.What)
		switch r.Status() {
		case community.HelpAsked:
			out = append(out, homeTask{Text: l.T("home.task.help_asked", what), Href: "/help", Picto: "time"})
		case community.HelpTaken:
			out = append(out, homeTask{Text: l.T("home.task.help_taken", r.TakenByName, what), Href: "/help", Picto: "people"})
		}
	}
	if len(mine) == 0 && !inGroups && len(s.Matching.MentorsFor(me.ID, mentorQuery(1))) > 0 {
		out = append(out, homeTask{Text: l.T("home.task.help_offer"), Href: "/help", Picto: "help"})
	}
	if !s.Matching.IsMentor(me.ID) {
		return out, nil
	}
	taken, err := s.Store.HelpsTakenBy(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	for _, r := range s.helpRows(ctx, me, taken) {
		if r.Status() == community.HelpTaken {
			out = append(out, homeTask{Text: l.T("home.task.helping", r.ByName, l.T("help.what."+r.What)), Href: "/mentors#helping", Picto: "people"})
		}
	}
	open, err := s.openHelpsFor(ctx, me)
	if err != nil {
		return nil, err
	}
	if n := len(open); n > 0 {
		out = append(out, homeTask{Text: l.T(plural("home.task.help_waiting", n), n), Href: "/mentors#open", Picto: "help"})
	}
	return out, nil
}
