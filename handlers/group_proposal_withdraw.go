package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupWithdraw takes a proposal back: the proposer's own before it is
// agreed, or an agreed spend by the treasurer, with a reason. Without a
// reason the form comes back with what was typed and says so.
func (s *Server) groupWithdraw(c *gin.Context) {
	form := withdrawForm{Proposal: c.Param("proposal"), Reason: tidy(c.PostForm("reason"))}
	_, err := s.Actions.Withdraw(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), form.Proposal, form.Reason)
	problems, handled := s.answered(c, err, "withdrawn", "#proposals")
	if handled {
		return
	}
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	part := partFor(c, partProposal)
	field := "reason" // the one form on the proposal's own page
	if part == "" {
		field = "reason-" + form.Proposal // one of a form for each agreed spend
	}
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Part: part, Withdraw: form},
		summaryWith(problems, map[string]string{"reason": field})...)
}

// withdrawing reports whether the proposal's page shows the form to take
// it back instead of the vote: asked for by its link, or sent and refused.
func withdrawing(c *gin.Context, forms groupForms, p proposalCard, treasurer bool) bool {
	asked := c.Query("withdraw") == "yes" || forms.Withdraw.Proposal == p.ID
	return asked && canWithdraw(p, treasurer)
}

// canWithdraw reports whether the member may take the proposal back: their
// own while its vote is open, or, for the treasurer, an agreed spend not
// yet paid (with a reason the members read).
func canWithdraw(p proposalCard, treasurer bool) bool {
	return p.Status == community.ProposalOpen && p.Mine || p.Status == community.ProposalApproved && p.IsSpend() && treasurer
}
