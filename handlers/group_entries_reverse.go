package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// reversePage asks the treasurer to confirm a correction, and why: the
// entry it cancels is shown in words first.
type reversePage struct {
	Group  community.Group
	Entry  community.Entry
	Name   string
	Reason string
}

// PageTitle names the group.
func (p reversePage) PageTitle() string { return p.Group.Name }

// groupReverseForm shows the correction to confirm.
func (s *Server) groupReverseForm(c *gin.Context) {
	s.showReverse(c, http.StatusOK, c.Query("entry"), "")
}

// groupReverse is the treasurer correcting a mistake, with a reason: a new
// entry that cancels an earlier one, which stays in the ledger for all to
// see. Reversing twice records one reversal.
func (s *Server) groupReverse(c *gin.Context) {
	reason := tidy(c.PostForm("reason"))
	_, err := s.Actions.Reverse(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("entry"), reason)
	if problems, handled := s.answered(c, err, "reversed", "#money"); !handled {
		s.showReverse(c, http.StatusBadRequest, c.PostForm("entry"), reason, summaryWith(problems, map[string]string{"key": "reason"})...)
	}
}

func (s *Server) showReverse(c *gin.Context, status int, entryID, reason string, errs ...fieldMessage) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	if !g.IsTreasurer(current(c).me.ID) {
		s.fail(c, community.Forbidden("error.group.treasurer_only"))
		return
	}
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	i := slices.IndexFunc(entries, func(e community.Entry) bool { return e.ID == entryID })
	if i < 0 {
		s.fail(c, community.NotFound("error.payment.not_found"))
		return
	}
	name := everyoneNamed(g, s.Locale.For(current(c).display.EasyRead).T("timeline.former_member"))
	s.render(c, status, "group_reverse", "reverse.title",
		reversePage{Group: g, Entry: entries[i], Name: name(entries[i].PersonID), Reason: reason}, errs...)
}
