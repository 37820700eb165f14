package handlers

import (
	"net/http"
	"strconv"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// treasurerPage is where the group's money changes hands: the treasurer
// says who takes it over and confirms what the pot holds and where it is
// kept; the member asked confirms the same on this page, and only then is
// the role theirs.
type treasurerPage struct {
	Group community.Group
	// Pot is what the group holds now; Owed what is owed back to people who
	// left, and Waiting the payments still to confirm, out of it.
	Pot, Owed, Waiting community.Pence
	KeptAt             string
	Treasurer, Asked   string
	FromName           string
	// Mine is the treasurer's own page; AskedMe the page of the member asked.
	Mine, AskedMe bool
	Others        []community.Membership
	Person        string
}

// PageTitle names the group.
func (p treasurerPage) PageTitle() string { return p.Group.Name }

func (s *Server) groupTreasurer(c *gin.Context) {
	s.showTreasurer(c, http.StatusOK, "")
}

// groupTreasurerOffer is the treasurer asking a member to take over.
func (s *Server) groupTreasurerOffer(c *gin.Context) {
	pot := shownPence(c.PostForm("pot"))
	_, err := s.Actions.OfferTreasurer(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("person"),
		pot, c.PostForm("confirm") == "yes")
	if err == nil {
		c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/treasurer")
		return
	}
	if problems, handled := s.answered(c, err, "", ""); !handled {
		s.showTreasurer(c, http.StatusBadRequest, c.PostForm("person"), summaryWith(problems, nil)...)
	}
}

// groupTreasurerTake is the member asked taking the money over.
func (s *Server) groupTreasurerTake(c *gin.Context) {
	pot := shownPence(c.PostForm("pot"))
	_, err := s.Actions.TakeTreasurer(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), pot, c.PostForm("confirm") == "yes")
	if problems, handled := s.answered(c, err, "treasurer", "#money"); !handled {
		s.showTreasurer(c, http.StatusBadRequest, "", summaryWith(problems, nil)...)
	}
}

func (s *Server) showTreasurer(c *gin.Context, status int, person string, errs ...fieldMessage) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	st, err := s.Store.Statement(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me.ID
	names := memberNames(g, "")
	page := treasurerPage{Group: g, Pot: st.Pot(), Owed: st.RefundOwed, Waiting: st.Pending, KeptAt: g.Rules.KeptAt,
		Treasurer: names(g.Treasurer), Mine: g.IsTreasurer(me), Person: person}
	if h := g.Handover; h != nil {
		page.Asked, page.FromName, page.AskedMe = names(h.To), names(h.From), h.To == me
		if person == "" {
			page.Person = h.To
		}
	}
	for _, m := range g.Members {
		if m.PersonID != me && !m.Watching {
			page.Others = append(page.Others, m)
		}
	}
	s.render(c, status, "group_treasurer", "treasurer.title", page, errs...)
}

// shownPence reads back a figure the page showed, in pence: the pot a
// treasurer confirmed. Anything unreadable reads as -1 pence, which is
// never the pot, so it is refused as changed.
func shownPence(s string) community.Pence {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return -1
	}
	return community.Pence(n)
}
