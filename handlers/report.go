package handlers

import (
	"net/http"
	"net/url"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// reportPage asks why the member reports something, after saying what it
// is; once sent, it thanks them and says what happens next.
type reportPage struct {
	Kind, Target string
	// What says what is reported, in words ("a message from Sam: …").
	What    string
	Reasons []string
	Reason  string
	Words   string
	Sent    bool
}

func (s *Server) reportForm(c *gin.Context) {
	s.showReport(c, http.StatusOK, c.Query("kind"), c.Query("id"), "", "")
}

// reportSend sends the report to the moderators' queue.
func (s *Server) reportSend(c *gin.Context) {
	kind, target, reason, words := c.PostForm("kind"), c.PostForm("id"), c.PostForm("reason"), c.PostForm("words")
	_, err := s.Actions.Report(c.Request.Context(), who(c), c.PostForm("key"),
		community.Report{Kind: kind, Target: target, Reason: reason, Words: words})
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/report?"+url.Values{"kind": {kind}, "id": {target}, "done": {"sent"}}.Encode())
	case community.KindOf(err) == community.KindInvalid:
		s.showReport(c, http.StatusBadRequest, kind, target, reason, words,
			summaryWith(community.FieldErrors(err), map[string]string{"reason": "reason-" + community.ReportReasons()[0]})...)
	default:
		s.fail(c, err)
	}
}

func (s *Server) showReport(c *gin.Context, status int, kind, target, reason, words string, errs ...fieldMessage) {
	if !slices.Contains(community.ReportKinds(), kind) || target == "" {
		s.fail(c, community.NotFound("error.report.kind"))
		return
	}
	what, err := s.reportedWords(c, kind, target)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, status, "report", "report.title", reportPage{Kind: kind, Target: target, What: what,
		Reasons: community.ReportReasons(), Reason: reason, Words: words, Sent: c.Query("done") == "sent"}, errs...)
}

// reportedWords says what is being reported, so the member can see it is
// the right thing: a person's name, a message's first words, a group's,
// listing's or provider's name.
func (s *Server) reportedWords(c *gin.Context, kind, id string) (string, error) {
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	switch kind {
	case "person":
		p, err := s.Store.Person(ctx, id)
		return l.T("report.what.person", p.Name), err
	case "message":
		m, err := s.Store.Message(ctx, id)
		if err != nil || m.To != current(c).me.ID {
			return "", community.NotFound("error.message.not_found")
		}
		from, _ := s.Store.Person(ctx, m.From)
		m = s.shownMessage(c, m)
		return l.T("report.what.message", from.Name, truncate(m.Text, 120)), nil
	case "group":
		g, err := s.Store.Group(ctx, id)
		return l.T("report.what.group", g.Name), err
	case "listing":
		li, err := s.Store.Listing(ctx, id)
		return l.T("report.what.listing", li.Title), err
	default:
		p, err := s.Store.Provider(ctx, id)
		return l.T("report.what.provider", p.Name), err
	}
}

// truncate keeps the first n characters of s, marking what was cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
