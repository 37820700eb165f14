package handlers

import (
	"context"
	"net/http"

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
	// Tasks are Easy Read's buttons; More shows more of Mine, which
	// Easy Read lists five at a time.
	Tasks []task
	More  showMore
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
	easy := current(c).display.EasyRead
	l := s.Locale.For(easy)
	page := helpPage{Mine: s.helpRows(ctx, me, mine), Near: s.mentorCards(l, me, 3)}
	page.Mine, page.More = firstOf(c, easy, page.Mine, "shown", "mine", l.T("help.mine"))
	if easy {
		page.Tasks = []task{
			{Href: "/help/ask", Picto: "help", Text: l.T("help.ask")},
			{Href: "/mentors?part=near", Picto: "people", Text: l.T("mentors.near")},
			{Href: "/mentors", Picto: "volunteering", Text: l.T("help.about_mentors")},
		}
	}
	page.Done = knownDone(c, "asked", "finished")
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
	// Easy Read's mentors' page has each part on a page of its own.
	helpingHref, openHref := "/mentors#helping", "/mentors#open"
	if l.Easy() {
		helpingHref, openHref = "/mentors?part=helping", "/mentors?part=open"
	}
	taken, err := s.Store.HelpsTakenBy(ctx, me.ID)
	if err != nil {
		return nil, err
	}
	for _, r := range s.helpRows(ctx, me, taken) {
		if r.Status() == community.HelpTaken {
			out = append(out, homeTask{Text: l.T("home.task.helping", r.ByName, l.T("help.what."+r.What)), Href: helpingHref, Picto: "people"})
		}
	}
	open, err := s.openHelpsFor(ctx, me)
	if err != nil {
		return nil, err
	}
	if n := len(open); n > 0 {
		out = append(out, homeTask{Text: l.T(plural("home.task.help_waiting", n), n), Href: openHref, Picto: "help"})
	}
	return out, nil
}
