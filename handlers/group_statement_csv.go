package handlers

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupStatementCSV is the member's own entries in the group, with a
// running total of what they have paid, for their care coordinator.
func (s *Server) groupStatementCSV(c *gin.Context) {
	s.groupCSV(c, "statement", true)
}

func (s *Server) groupCSV(c *gin.Context, file string, mineOnly bool) {
	load := s.memberGroup
	if mineOnly {
		load = s.statementGroup // a leaver keeps their own statement
	}
	g, ok := load(c)
	if !ok {
		return
	}
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me.ID
	name := memberNames(g, "former member")
	status := community.Statuses(entries)
	c.Header("Content-Type", "text/csv; charset=utf-8")
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.csv"`, file, g.ID))
	c.Header("Cache-Control", "no-store")
	c.Status(http.StatusOK)
	w := csv.NewWriter(c.Writer)
	_ = w.Write([]string{"date", "entry", "what", "person", "amount", "how", "note", "status", "paid so far"})
	var paid community.Pence
	// An entry is named by its number in the group's ledger: its id would
	// show the key it was recorded with.
	for n, e := range entries {
		if mineOnly && e.PersonID != me || e.Kind == community.EntryConfirm || e.Kind == community.EntryReversal {
			continue
		}
		if e.Kind == community.EntryPayment && status[e.ID] == community.StatusConfirmed {
			paid += e.Amount
		}
		_ = w.Write([]string{community.InLondon(e.At).Format("2006-01-02 15:04"), strconv.Itoa(n + 1), string(e.Kind), name(e.PersonID),
			penceText(e.Amount), e.Method, e.Note, string(status[e.ID]), penceText(paid)})
	}
	w.Flush()
}

// penceText is an amount in pounds for a spreadsheet: 5.00, never "£5".
func penceText(p community.Pence) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }

// memberNames names people by their membership; anyone who has left (or
// is not a person, like the pot itself) gets former, unless id is empty.
func memberNames(g community.Group, former string) func(id string) string {
	names := map[string]string{}
	for _, m := range g.Members {
		names[m.PersonID] = m.Name
	}
	return func(id string) string {
		if n, ok := names[id]; ok || id == "" {
			return n
		}
		return former
	}
}
