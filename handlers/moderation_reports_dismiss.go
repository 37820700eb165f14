package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// queuedReport is a report in the moderators' queue, with what it is about
// in words and who sent it.
type queuedReport struct {
	community.Report
	What, ByName string
	// Member is who a moderator may suspend for it: the person reported,
	// or who sent the message; "" for anything else, or someone suspended.
	Member, MemberName string
	// Link opens what was reported; History is what happened before.
	Link    string
	History []historyLine
}

// reportedWordsFor says what a report is about, for a moderator: a
// message's words, whoever it was sent to.
func (s *Server) reportedWordsFor(c *gin.Context, r community.Report) (string, error) {
	if r.Kind != "message" {
		return s.reportedWords(c, r.Kind, r.Target)
	}
	m, err := s.Store.Message(c.Request.Context(), r.Target)
	if err != nil {
		return "", err
	}
	from, _ := s.Store.Person(c.Request.Context(), m.From)
	return s.Locale.For(current(c).display.EasyRead).T("report.what.message", from.Name, truncate(m.Text, 300)), nil
}

// reportDismiss is a moderator letting a report go.
func (s *Server) reportDismiss(c *gin.Context) {
	if err := s.Actions.DismissReport(c.Request.Context(), who(c), c.PostForm("key"), c.Param("id"), c.PostForm("note")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/moderation?done=dismissed")
}
