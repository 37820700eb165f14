package handlers

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
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
	entries, proposals, ok := s.groupRecords(c, g.ID)
	if !ok {
		return
	}
	me := current(c).me.ID
	name := memberNames(g, "former member")
	if g.IsTreasurer(me) {
		name = everyoneNamed(g, "former member") // who to pay back
	}
	words := s.Locale.For(false)
	c.Header("Content-Type", "text/csv; charset=utf-8")
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.csv"`, file, g.ID))
	c.Header("Cache-Control", "no-store")
	c.Status(http.StatusOK)
	// Once rows are on their way the status is sent: a write that fails
	// now is a browser gone, with nobody left to tell.
	_ = writeGroupCSV(c.Writer, words, entries, proposals, me, name, mineOnly)
}

// writeGroupCSV writes the rows of a statement (one member's own entries,
// mineOnly) or of the whole ledger. It is apart from the handler so that
// what members wrote can be checked to come out as data, never a formula.
func writeGroupCSV(out io.Writer, words *locale.Localizer, entries []community.Entry, proposals []community.Proposal,
	me string, name func(string) string, mineOnly bool) error {
	w := csv.NewWriter(out)
	proposalFor := proposalWords(proposals)
	// An entry is named by its number in the group's ledger: its id would
	// show the key it was recorded with.
	if mineOnly {
		_ = w.Write([]string{"entry", "date", "what", "amount", "balance", "how", "note", "for", "status"})
		for _, l := range community.AccountLines(entries, me) {
			e := l.Entry
			_ = w.Write([]string{strconv.Itoa(l.Number), isoDate(e), words.T("statement.kind." + string(e.Kind)),
				penceText(l.Signed), penceText(l.Balance), methodWords(words, e.Method), safeCell(e.Note),
				safeCell(proposalFor(entries, e)), words.T("statement.status." + string(l.Status))})
		}
	} else {
		_ = w.Write([]string{"entry", "date", "what", "person", "amount", "balance", "how", "note", "recorded by", "for", "status"})
		for _, l := range community.PotLines(entries) {
			e := l.Entry
			_ = w.Write([]string{strconv.Itoa(l.Number), isoDate(e), words.T("statement.kind." + string(e.Kind)), safeCell(name(e.PersonID)),
				penceText(l.Signed), penceText(l.Balance), methodWords(words, e.Method), safeCell(e.Note), safeCell(name(e.RecordedBy)),
				safeCell(proposalFor(entries, e)), words.T("statement.status." + string(l.Status))})
		}
	}
	w.Flush()
	return w.Error()
}

// isoDate is when an entry was recorded, in ISO 8601 with London's offset.
func isoDate(e community.Entry) string { return community.InLondon(e.At).Format(time.RFC3339) }

// methodWords is how money moved, in words ("Bank transfer").
func methodWords(l *locale.Localizer, method string) string {
	if method == "" {
		return ""
	}
	return l.T("money.method." + method)
}

// safeCell keeps a spreadsheet from running a cell as a formula: text that
// starts with =, +, -, @, a tab or a carriage return gets a ' before it.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// proposalWords says which proposal an entry came from: a spend, its
// shares and its corrections name what it was for.
func proposalWords(proposals []community.Proposal) func([]community.Entry, community.Entry) string {
	byID := map[string]community.Proposal{}
	for _, p := range proposals {
		byID[p.ID] = p
	}
	return func(entries []community.Entry, e community.Entry) string {
		id := e.Refers
		if e.Kind == community.EntryShare || e.Kind == community.EntryReversal {
			for _, x := range entries {
				if x.ID == e.Refers && x.Kind == community.EntrySpend {
					id = x.Refers
				}
			}
		}
		if p, ok := byID[id]; ok && p.IsSpend() {
			return p.To + ": " + p.For
		}
		return ""
	}
}

// penceText is an amount in pounds for a spreadsheet: 5.00 or -12.00,
// never "£5".
func penceText(p community.Pence) string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	return fmt.Sprintf("%s%d.%02d", sign, p/100, p%100)
}

// memberNames names people by their membership, or their use of a thing
// the group owns; anyone who has left (or is not a person, like the pot
// itself) gets former, unless id is empty.
func memberNames(g community.Group, former string) func(id string) string {
	names := map[string]string{}
	for _, m := range slices.Concat(g.Users, g.Members) {
		names[m.PersonID] = m.Name
	}
	return func(id string) string {
		if n := names[id]; n != "" || id == "" {
			return n
		}
		return former // left the site, or the group when only the treasurer may know
	}
}
