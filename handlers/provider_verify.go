package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// moderation is the moderators' page: the reports waiting with what they
// are about, the providers and mentors waiting to be checked, and those
// checked, whose check a moderator may withdraw.
func (s *Server) moderation(c *gin.Context) {
	if !s.isModerator(current(c).me) {
		s.fail(c, community.Forbidden("error.moderation.only"))
		return
	}
	all, err := s.Store.AllProviders(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	var waiting, verified []community.Provider
	for _, p := range all {
		if p.Verified() {
			verified = append(verified, p)
		} else {
			waiting = append(waiting, p)
		}
	}
	reports, err := s.Store.OpenReports(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	var queue []queuedReport
	for _, r := range reports {
		what, err := s.reportedWordsFor(c, r)
		if err != nil {
			what = s.Locale.For(current(c).display.EasyRead).T("moderation.report_gone")
		}
		by, _ := s.Store.Person(c.Request.Context(), r.By)
		q := queuedReport{Report: r, What: what, ByName: by.Name}
		q.Member, q.MemberName = s.suspendable(c, r)
		q.Link, q.History = reportedLink(r), s.reportHistory(c, r, s.reportedPerson(c, r))
		queue = append(queue, q)
	}
	mentors, err := s.waitingMentors(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	approved, err := s.approvedMentors(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	recoveries, err := s.waitingRecoveries(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	done := c.Query("done")
	if !slices.Contains([]string{"dismissed", "hidden", "verified", "unverified", "suspended", "mentor_approved", "mentor_unapproved", "recovery_approved"}, done) {
		done = ""
	}
	s.render(c, http.StatusOK, "moderation", "moderation.title", struct {
		Waiting, Verified []community.Provider
		Reports           []queuedReport
		Mentors, Approved []waitingMentor
		Recoveries        []waitingRecovery
		Done              string
	}{waiting, verified, queue, mentors, approved, recoveries, done})
}

// providerVerify records that a moderator has checked a provider. Doing it
// twice keeps the first check's date.
func (s *Server) providerVerify(c *gin.Context) {
	p, err := s.Actions.VerifyProvider(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	back := returnPath(c.PostForm("return"), "/providers/"+p.ID)
	if back == "/moderation" {
		back = withDone(back, "verified")
	}
	c.Redirect(http.StatusSeeOther, back)
}
