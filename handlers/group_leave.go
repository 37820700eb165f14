package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// leavePage shows, before a member confirms, what leaving does to their
// money under the group's rule, in numbers; someone who holds a role is
// asked to hand it over first.
type leavePage struct {
	Group     community.Group
	Paid      community.Pence
	Refund    community.Pence
	Owed      community.Pence
	Rule      string
	Roles     []string
	Others    []community.Membership
	LastOne   bool
	Statement community.Statement
}

// PageTitle names the group being left.
func (p leavePage) PageTitle() string { return p.Group.Name }

func (s *Server) groupLeaveForm(c *gin.Context) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	page, err := s.leaving(c, g)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.render(c, http.StatusOK, "group_leave", "group.leave.title", page)
}

// leaving works out what leaving would do for the member.
func (s *Server) leaving(c *gin.Context, g community.Group) (leavePage, error) {
	me := current(c).me.ID
	entries, err := s.Store.Entries(c.Request.Context(), g.ID)
	if err != nil {
		return leavePage{}, err
	}
	st := community.Tally(entries)
	mine := st.People[me]
	page := leavePage{
		Group: g, Paid: mine.Paid, Owed: mine.Owed(), Statement: st, LastOne: len(g.Members) == 1,
		Refund: community.LeaverRefund(g.Rules.Leaver, mine.Paid, st.Paid+st.Fees, st.Left()),
		Rule:   s.Locale.For(current(c).display.EasyRead).T("rules.leaver." + string(g.Rules.Leaver)),
	}
	if len(g.Members) > 1 {
		if g.IsTreasurer(me) {
			page.Roles = append(page.Roles, "treasurer")
		}
		if g.IsOrganiser(me) && len(g.Organisers) == 1 {
			page.Roles = append(page.Roles, "organiser")
		}
	}
	for _, m := range g.Members {
		if m.PersonID != me {
			page.Others = append(page.Others, m)
		}
	}
	return page, nil
}

// groupLeave takes the member out and records what happens to their money:
// their pledge is cancelled and any refund due under the rule is recorded.
// Leaving twice, or with a role not yet handed over, changes nothing.
func (s *Server) groupLeave(c *gin.Context) {
	me := current(c).me.ID
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	trial := g
	trial.Members, trial.Organisers = slices.Clone(g.Members), slices.Clone(g.Organisers)
	if err := trial.Leave(me); err != nil {
		s.fail(c, err)
		return
	}
	page, err := s.leaving(c, g)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.settleLeaver(c, g, page); err != nil {
		s.fail(c, err)
		return
	}
	left, err := s.Store.ChangeGroup(c.Request.Context(), g.ID, func(g *community.Group) error { return g.Leave(me) })
	if err != nil {
		s.fail(c, err)
		return
	}
	s.indexGroup(c, left)
	if err := s.recountVotes(c, left, me); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups?done=left")
}

// settleLeaver records the leaver's cancelled pledge and their refund.
// The keys name this membership, so a retried request records them once.
func (s *Server) settleLeaver(c *gin.Context, g community.Group, page leavePage) error {
	me := current(c).me.ID
	m, _ := g.Member(me)
	ctx := c.Request.Context()
	pledge := g.ID + "/" + pledgeKey(m)
	for _, e := range []community.Entry{
		{Key: "unpledge-" + pledgeKey(m), Kind: community.EntryReversal, Refers: pledge, Note: "left the group"},
		{Key: "refund-" + pledgeKey(m), Kind: community.EntryRefund, Amount: page.Refund, Note: "left the group"},
	} {
		if e.Kind == community.EntryRefund && e.Amount <= 0 {
			continue
		}
		e.GroupID, e.PersonID, e.RecordedBy = g.ID, me, me
		if _, _, err := s.Store.Record(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// groupHandOver gives the member's role to another member.
func (s *Server) groupHandOver(c *gin.Context) {
	me := current(c).me.ID
	to, role := c.PostForm("person"), c.PostForm("role")
	g, err := s.Store.ChangeGroup(c.Request.Context(), c.Param("id"), func(g *community.Group) error {
		if _, in := g.Member(me); !in {
			return community.Forbidden("error.group.members_only")
		}
		return g.HandOver(me, to, role)
	})
	if err != nil {
		s.fail(c, err)
		return
	}
	s.indexGroup(c, g)
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"/leave")
}

// recountVotes takes a leaver out of the group's open votes, which may
// decide them (and apply a rule change that is now approved).
func (s *Server) recountVotes(c *gin.Context, g community.Group, leaver string) error {
	proposals, err := s.Store.Proposals(c.Request.Context(), g.ID)
	if err != nil {
		return err
	}
	for _, p := range proposals {
		if p.Status != community.ProposalOpen {
			continue
		}
		counted, err := s.Store.ChangeProposal(c.Request.Context(), g.ID, p.ID, func(p *community.Proposal) error {
			p.Recount(leaver, g.Rules, g.Voters())
			return nil
		})
		if err != nil {
			return err
		}
		if err := s.applyRules(c, counted); err != nil {
			return err
		}
	}
	return nil
}
