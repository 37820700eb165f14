package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupProposeRules puts a change to the pot's rules to a vote: rules set
// at the start change only when enough members agree.
func (s *Server) groupProposeRules(c *gin.Context) {
	me := current(c).me
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	form := readPotForm(c)
	rules, problems := form.rules()
	if len(problems) == 0 {
		problems = community.FieldErrors(rules.Validate())
	}
	if len(problems) > 0 {
		s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Rules: &form}, summaryWith(problems, groupAnchors())...)
		return
	}
	p := community.Proposal{GroupID: g.ID, By: me.ID, For: "rules", Rules: &rules,
		Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())}
	if _, err := s.Store.CreateProposal(c.Request.Context(), p); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=proposed#proposals")
}

// applyRules makes an approved rule change the group's rules and marks the
// proposal done. Applying twice changes nothing more.
func (s *Server) applyRules(c *gin.Context, p community.Proposal) error {
	if p.Rules == nil || p.Status != community.ProposalApproved {
		return nil
	}
	g, err := s.Store.ChangeGroup(c.Request.Context(), p.GroupID, func(g *community.Group) error {
		g.Rules = *p.Rules
		return nil
	})
	if err != nil {
		return err
	}
	s.indexGroup(c, g)
	_, err = s.Store.ChangeProposal(c.Request.Context(), p.GroupID, p.ID, func(p *community.Proposal) error {
		p.Status = community.ProposalPaid
		return nil
	})
	return err
}
