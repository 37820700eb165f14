package handlers

import (
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// historyLine is one earlier event a moderator sees beside a report: an
// earlier report about the same thing or person, or what a moderator did
// to them.
type historyLine struct {
	At   time.Time
	Text string
}

// reportHistory is what happened before a report, oldest first: earlier
// reports about the same content and about the person behind it (who was
// reported, or who sent the message), and every moderator action on
// either. member is that person, "" when there is none.
func (s *Server) reportHistory(c *gin.Context, r community.Report, member string) []historyLine {
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	type about struct{ kind, target string }
	subjects := []about{{r.Kind, r.Target}}
	if member != "" && !(r.Kind == "person" && r.Target == member) {
		subjects = append(subjects, about{"person", member})
	}
	if member != "" {
		subjects = append(subjects, about{"mentor", member})
	}
	seen := map[string]bool{r.ID: true}
	var out []historyLine
	// Subjects grow as the loop finds the member's other reported
	// messages.
	for i := 0; i < len(subjects); i++ {
		sub := subjects[i]
		reports, _ := s.Store.ReportsAbout(ctx, sub.kind, sub.target)
		if sub.kind == "person" {
			// Reports about anything else they wrote count too, and
			// what moderators did to those messages.
			more, _ := s.Store.ReportsAboutMessagesFrom(ctx, sub.target)
			reports = append(reports, more...)
			for _, e := range more {
				if e.Target != r.Target && !seen["message/"+e.Target] {
					seen["message/"+e.Target] = true
					subjects = append(subjects, about{"message", e.Target})
				}
			}
		}
		for _, e := range reports {
			if seen[e.ID] || e.At.After(r.At) {
				continue
			}
			seen[e.ID] = true
			by, _ := s.Store.Person(ctx, e.By)
			state := l.T("moderation.history.waiting")
			if !e.Open() {
				state = l.T("moderation.log.action." + e.HandledAs)
			}
			out = append(out, historyLine{e.At, l.T("moderation.history.report", by.Name, l.T("report.reason."+e.Reason), state)})
		}
		audits, _ := s.Store.AuditOf(ctx, sub.kind, sub.target)
		for _, a := range audits {
			if seen["audit/"+a.ID] {
				continue
			}
			seen["audit/"+a.ID] = true
			by, _ := s.Store.Person(ctx, a.By)
			text := l.T("moderation.history.action", l.T("moderation.log.action."+a.Action), cmpName(by.Name, a.By))
			if a.Note != "" {
				text += " " + l.T("moderation.log.note") + " " + a.Note
			}
			out = append(out, historyLine{a.At, text})
		}
	}
	slices.SortStableFunc(out, func(a, b historyLine) int { return a.At.Compare(b.At) })
	return out
}

// reportedPerson is the member behind what a report is about: the person
// reported, or who sent the message reported; "" for anything else.
func (s *Server) reportedPerson(c *gin.Context, r community.Report) string {
	switch r.Kind {
	case "person":
		return r.Target
	case "message":
		if m, err := s.Store.Message(c.Request.Context(), r.Target); err == nil {
			return m.From
		}
	}
	return ""
}

// reportedLink is where a moderator opens what was reported, "" for a
// message, whose words the queue shows in full.
func reportedLink(r community.Report) string {
	switch r.Kind {
	case "person":
		return "/people/" + r.Target
	case "group":
		return "/groups/" + r.Target
	case "listing":
		return "/listings/" + r.Target
	case "provider":
		return "/providers/" + r.Target
	}
	return ""
}
