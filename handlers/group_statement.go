package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// statementLine is one line of a member's printable statement.
type statementLine struct {
	community.Entry
	Status  community.EntryStatus
	Running community.Pence
}

// groupStatement is a member's own spending in the group, as a page they
// can print for their care coordinator: date, amount, what for, and the
// running total of what they have paid.
func (s *Server) groupStatement(c *gin.Context) {
	g, ok := s.statementGroup(c)
	if !ok {
		return
	}
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me
	status := community.Statuses(entries)
	var lines []statementLine
	var paid community.Pence
	for _, e := range entries {
		if e.PersonID != me.ID || e.Kind == community.EntryConfirm || e.Kind == community.EntryReversal {
			continue
		}
		if e.Kind == community.EntryPayment && status[e.ID] == community.StatusConfirmed {
			paid += e.Amount
		}
		lines = append(lines, statementLine{Entry: e, Status: status[e.ID], Running: paid})
	}
	s.render(c, http.StatusOK, "group_statement", "statement.title", struct {
		Group community.Group
		Name  string
		Lines []statementLine
		Paid  community.Pence
	}{g, me.Name, lines, paid})
}
