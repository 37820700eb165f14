package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
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
}

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
	if done := c.Query("done"); slices.Contains([]string{"offered", "taken", "finished"}, done) {
		page.Done = done
	}
	s.render(c, http.StatusOK, "mentors", "mentors.title", page)
}
