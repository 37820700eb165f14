package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// mentorsPage is the peer mentors' page: for a mentor, their offer, the
// requests they may take and those they took; for everyone, the approved
// mentors near them.
type mentorsPage struct {
	// Offer is the member's own offer, if they made one.
	Offer    *community.Mentor
	Open     []helpRow
	Helping  []helpRow
	Finished []helpRow
	Near     []mentorCard
	Done     string
	// Part is "open", "helping" or "near" on the short page of that one
	// part (Easy Read's start page links to them; plain pages show all
	// the parts at once). Tasks are Easy Read's buttons; More shows more
	// of the part's list, five at a time in Easy Read.
	Part  string
	Tasks []task
	More  showMore
}

// mentorsParts are the parts of the mentors' page with a page of their
// own, and the catalogue message for each one's title.
var mentorsParts = map[string]string{"open": "mentors.open", "helping": "mentors.helping", "near": "mentors.near"}

// mentors shows the peer mentors' page.
func (s *Server) mentors(c *gin.Context) {
	ctx := c.Request.Context()
	me := *current(c).me
	l := s.Locale.For(current(c).display.EasyRead)
	page := mentorsPage{Near: s.mentorCards(l, me, 10)}
	if m, err := s.Store.Mentor(ctx, me.ID); err == nil {
		page.Offer = &m
	} else if community.KindOf(err) != community.KindNotFound {
		s.fail(c, err)
		return
	}
	if page.Offer != nil && page.Offer.Approved() {
		open, err := s.openHelpsFor(ctx, me)
		if err != nil {
			s.fail(c, err)
			return
		}
		taken, err := s.Store.HelpsTakenBy(ctx, me.ID)
		if err != nil {
			s.fail(c, err)
			return
		}
		page.Open = open
		for _, r := range s.helpRows(ctx, me, taken) {
			if r.Status() == community.HelpDone {
				page.Finished = append(page.Finished, r)
			} else {
				page.Helping = append(page.Helping, r)
			}
		}
	}
	page.Done = knownDone(c, "offered", "taken", "finished")
	title := "mentors.title"
	easy := current(c).display.EasyRead
	switch part := c.Query("part"); {
	case part == "near" || (part == "open" || part == "helping") && page.Offer != nil && page.Offer.Approved():
		page.Part, title = part, mentorsParts[part]
		switch part {
		case "near":
			page.Near, page.More = firstOf(c, easy, page.Near, "shown", "near", l.T(title))
		case "open":
			page.Open, page.More = firstOf(c, easy, page.Open, "shown", "open-list", l.T(title))
		case "helping":
			page.Helping, page.More = firstOf(c, easy, page.Helping, "shown", "helping-list", l.T(title))
		}
	case easy:
		page.Tasks = mentorsTasks(l, page)
	}
	s.render(c, http.StatusOK, "mentors", title, page)
}

// mentorsTasks are the buttons of the Easy Read mentors' page: for an
// approved mentor the requests waiting and the people they help first;
// then offering (or changing the offer), mentors near and their own help.
func mentorsTasks(l *locale.Localizer, page mentorsPage) []task {
	var out []task
	switch {
	case page.Offer != nil && page.Offer.Approved():
		out = append(out,
			task{Href: "/mentors?part=open", Picto: "help", Text: l.T(plural("mentors.task_open", len(page.Open)), len(page.Open))},
			task{Href: "/mentors?part=helping", Picto: "people", Text: l.T(plural("mentors.task_helping", len(page.Helping)), len(page.Helping))},
			task{Href: "/invites", Picto: "link", Text: l.T("mentors.invite")},
			task{Href: "/mentors/offer", Picto: "edit", Text: l.T("mentors.change_offer"), Secondary: true})
	case page.Offer != nil:
		out = append(out, task{Href: "/mentors/offer", Picto: "edit", Text: l.T("mentors.change_offer")})
	default:
		out = append(out, task{Href: "/mentors/offer", Picto: "volunteering", Text: l.T("mentors.offer")})
	}
	return append(out,
		task{Href: "/mentors?part=near", Picto: "people", Text: l.T("mentors.near")},
		task{Href: "/help", Picto: "help", Text: l.T("mentors.my_help")})
}
