package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/gin-gonic/gin"
)

// offerCard is an offer as a group's members read it.
type offerCard struct {
	Offer community.Offer
	// Prices say what each pays at each size, per the unit; Spend what the
	// group would spend at its size.
	Prices []string
	Spend  locale.Idea
}

type groupOffersPage struct {
	Group     community.Group
	Offers    []offerCard
	Voter     bool
	Organiser bool
	Blocked   string
}

// PageTitle names the group.
func (p groupOffersPage) PageTitle() string { return p.Group.Name }

// groupOffers shows a group's members the offers providers sent it; those
// from providers the group blocked are left out.
func (s *Server) groupOffers(c *gin.Context) {
	s.showGroupOffers(c, http.StatusOK, nil)
}

func (s *Server) showGroupOffers(c *gin.Context, status int, problems []community.FieldError) {
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	offers, err := s.Store.OffersTo(c.Request.Context(), g.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	me := owner(c).ID
	m, _ := g.Member(me)
	l := s.Locale.For(current(c).display.EasyRead)
	page := groupOffersPage{Group: g, Voter: !m.Watching, Organiser: g.IsOrganiser(me)}
	if id := c.Query("blocked"); id != "" && g.BlocksProvider(id) {
		if p, err := s.Store.Provider(c.Request.Context(), id); err == nil {
			page.Blocked = p.Name
		}
	}
	for _, o := range offers {
		if g.BlocksProvider(o.ProviderID) {
			continue
		}
		card := offerCard{Offer: o, Spend: l.Idea("offers.spend."+string(o.Unit.UnitOrSession()), g.Voters(), o.SpendFor(g.Voters()).Pounds())}
		for _, t := range o.Tiers {
			card.Prices = append(card.Prices, tierWords(l, o.Unit, t))
		}
		page.Offers = append(page.Offers, card)
	}
	s.render(c, status, "group_offers", "", page, summaryWith(problems, nil)...)
}

// groupOfferPropose makes an offer the group's spend proposal.
func (s *Server) groupOfferPropose(c *gin.Context) {
	p, err := s.Actions.ProposeOffer(c.Request.Context(), who(c), c.Param("id"), c.Param("offer"))
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/proposals/"+p.ID)
	case community.KindOf(err) == community.KindInvalid:
		s.showGroupOffers(c, http.StatusBadRequest, community.FieldErrors(err))
	case community.KindOf(err) == community.KindConflict:
		s.showGroupOffers(c, http.StatusConflict, []community.FieldError{{Field: "offers", Key: community.KeyOf(err)}})
	default:
		s.fail(c, err)
	}
}

// groupProviderBlock blocks a provider for the group.
func (s *Server) groupProviderBlock(c *gin.Context) {
	if _, err := s.Actions.BlockProvider(c.Request.Context(), who(c), c.Param("id"), c.Param("provider")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/offers?blocked="+c.Param("provider"))
}
