package handlers

import (
	"net/http"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

// groupReverse is the treasurer correcting a mistake: a new entry that
// cancels an earlier one, which stays in the ledger for all to see.
// Reversing twice records one reversal.
func (s *Server) groupReverse(c *gin.Context) {
	me := current(c).me
	g, ok := s.treasurerGroup(c)
	if !ok {
		return
	}
	e, ok := s.postedEntry(c, g, community.EntryPayment, community.EntrySpend, community.EntryRefund, community.EntryFee)
	if !ok {
		return
	}
	if _, _, err := s.Store.Record(c.Request.Context(), community.Entry{
		GroupID: g.ID, Key: "reverse-" + keyOf(g, e), Kind: community.EntryReversal,
		PersonID: e.PersonID, RecordedBy: me.ID, Amount: e.Amount, Refers: e.ID, Note: "correction",
	}); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=reversed#money")
}

// postedEntry finds the entry named by the form's "entry" field among the
// group's entries of the given kinds; otherwise it answers "not found".
func (s *Server) postedEntry(c *gin.Context, g community.Group, kinds ...community.EntryKind) (community.Entry, bool) {
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return community.Entry{}, false
	}
	id := c.PostForm("entry")
	i := slices.IndexFunc(entries, func(e community.Entry) bool { return e.ID == id && slices.Contains(kinds, e.Kind) })
	if i < 0 {
		s.fail(c, community.NotFound("error.payment.not_found"))
		return community.Entry{}, false
	}
	return entries[i], true
}

// keyOf is an entry's idempotency key, from which the keys of the entries
// that confirm or cancel it are made.
func keyOf(g community.Group, e community.Entry) string {
	return strings.TrimPrefix(e.ID, store.EntryID(g.ID, ""))
}
