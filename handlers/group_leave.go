package handlers

import (
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// leavePage shows, before a member confirms, what leaving does to their
// money under the group's rule, in numbers; someone who holds a role is
// asked to hand it over first.
type leavePage struct {
	Group community.Group
	// Leaving is the working, in numbers; Owed the pledge still to pay,
	// which leaving cancels.
	Leaving community.Leaving
	// Waiting is what they say they paid and the treasurer has not
	// confirmed: it counts in their account, after they leave too, once it is.
	Waiting   community.Pence
	Owed      community.Pence
	Rule      string
	Roles     []string
	Others    []community.Membership
	LastOne   bool
	Statement community.Statement
	// Owned is their share, at cost, of the things the group owns; under
	// the buy-out rule the group votes on buying it out, at Value as typed.
	Owned  community.Pence
	Things string
	BuyOut bool
	Value  string
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

// owned is a member's share, at cost, of each thing the group owns, and
// the things' names.
func owned(g community.Group, entries []community.Entry, personID string) (community.Pence, string) {
	var sum community.Pence
	var names []string
	for _, t := range g.Things {
		if share := community.MoneyOfThing(entries, t.ID).Shares[personID]; share > 0 {
			sum += share
			names = append(names, t.Name)
		}
	}
	return sum, strings.Join(names, ", ")
}

// leaving works out what leaving would do for the member.
func (s *Server) leaving(c *gin.Context, g community.Group) (leavePage, error) {
	me := owner(c).ID
	entries, st, err := s.Store.Tallied(c.Request.Context(), g.ID)
	if err != nil {
		return leavePage{}, err
	}
	proposals, err := s.Store.Proposals(c.Request.Context(), g.ID)
	if err != nil {
		return leavePage{}, err
	}
	mine := st.People[me]
	page := leavePage{
		Group: g, Owed: mine.Owed(), Waiting: mine.Pending, Statement: st, LastOne: len(g.Members) == 1,
		Leaving: community.LeavingOf(g.Rules.Leaver, mine, community.HeldFor(g, me, proposals)),
		Rule:    s.Locale.For(current(c).display.EasyRead).T("rules.leaver." + string(g.Rules.Leaver)),
	}
	page.Owned, page.Things = owned(g, entries, me)
	page.BuyOut = g.Rules.Leaver == community.BuyOut && page.Owned > 0 && len(g.Members) > 1
	if page.BuyOut {
		page.Value = page.Owned.Pounds()
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
		if m.PersonID != me && !m.Watching {
			page.Others = append(page.Others, m)
		}
	}
	return page, nil
}

// groupLeave takes the member out and settles their money under the
// group's rule; leaving twice, or with a role not yet handed over,
// changes nothing.
func (s *Server) groupLeave(c *gin.Context) {
	typed := c.PostForm("value")
	var value community.Pence
	var problems []community.FieldError
	if strings.TrimSpace(typed) != "" {
		var parseKey string
		if value, parseKey = community.ParsePence(typed); parseKey != "" {
			problems = append(problems, community.FieldError{Field: "value", Key: moneyProblem("buy_out", parseKey)})
		}
	}
	if problems == nil {
		_, err := s.Actions.Leave(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), value)
		switch {
		case err == nil:
			c.Redirect(http.StatusSeeOther, "/groups?done=left")
			return
		case community.KindOf(err) != community.KindInvalid:
			s.fail(c, err)
			return
		}
		problems = community.FieldErrors(err)
	}
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	page, err := s.leaving(c, g)
	if err != nil {
		s.fail(c, err)
		return
	}
	page.Value = typed
	s.render(c, http.StatusBadRequest, "group_leave", "group.leave.title", page, summaryWith(problems, nil)...)
}
