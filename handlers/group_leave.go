package handlers

import (
	"net/http"

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
	proposals, err := s.Store.Proposals(c.Request.Context(), g.ID)
	if err != nil {
		return leavePage{}, err
	}
	st := community.Tally(entries)
	mine := st.People[me]
	page := leavePage{
		Group: g, Owed: mine.Owed(), Waiting: mine.Pending, Statement: st, LastOne: len(g.Members) == 1,
		Leaving: community.LeavingOf(g.Rules.Leaver, mine, community.HeldFor(g, me, proposals)),
		Rule:    s.Locale.For(current(c).display.EasyRead).T("rules.leaver." + string(g.Rules.Leaver)),
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
	if _, err := s.Actions.Leave(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups?done=left")
}
