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
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	id := c.PostForm("entry")
	reversible := []community.EntryKind{community.EntryPayment, community.EntrySpend, community.EntryRefund, community.EntryFee}
	i := slices.IndexFunc(entries, func(e community.Entry) bool { return e.ID == id && slices.Contains(reversible, e.Kind) })
	if i < 0 {
		s.fail(c, community.NotFound("error.payment.not_found"))
		return
	}
	if _, _, err := s.Store.Record(c.Request.Context(), community.Entry{
		GroupID: g.ID, Key: "reverse-" + strings.TrimPrefix(id, store.EntryID(g.ID, "")), Kind: community.EntryReversal,
		PersonID: entries[i].PersonID, RecordedBy: me.ID, Amount: entries[i].Amount, Refers: id, Note: "correction",
	}); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=reversed#money")
}
