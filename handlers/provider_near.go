package handlers

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// nearMiles is how far from the districts a provider serves the wishes
// and groups it is shown are.
const nearMiles = 10

// nearCard is a wish or a group a provider could answer: what it is, how
// many are in it, never who.
type nearCard struct {
	ID, Title string
	Facts     []string
	OfferHref string
}

type nearPage struct {
	Provider       community.Provider
	Wishes, Groups []nearCard
	Done           bool
}

// providerNear shows the provider's owner the wishes shared by enough
// people and the groups near the districts it serves, about what it
// offers, each with a button to send an offer.
func (s *Server) providerNear(c *gin.Context) {
	p, ok := s.checkedProvider(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	l := s.Locale.For(current(c).display.EasyRead)
	page := nearPage{Provider: p, Done: c.Query("done") == "offered"}
	wishes, err := s.Store.AllWishes(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, w := range wishes {
		if !w.Started() && len(w.Backers) >= community.WishOfferFrom && s.servesNear(p, w.District, w.Interests) {
			page.Wishes = append(page.Wishes, nearCard{ID: w.ID, Title: w.Text,
				Facts:     []string{l.T("wish.where", w.District), l.T("near.wish_people", len(w.Backers), len(w.Promisers()))},
				OfferHref: "/providers/" + p.ID + "/offers/new?wish=" + w.ID})
		}
	}
	groups, err := s.Store.AllGroups(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, g := range groups {
		if g.Closed || g.WindingUp || g.BlocksProvider(p.ID) || !s.servesNear(p, g.District, g.Interests) {
			continue
		}
		people := l.T("near.group_people", len(g.Members), g.District)
		if len(g.Members) == 1 {
			people = l.T("near.group_people_one", g.District)
		}
		page.Groups = append(page.Groups, nearCard{ID: g.ID, Title: g.Name, Facts: []string{people},
			OfferHref: "/providers/" + p.ID + "/offers/new?group=" + g.ID})
	}
	byTitle := func(a, b nearCard) int { return cmp.Compare(a.Title, b.Title) }
	slices.SortFunc(page.Wishes, byTitle)
	slices.SortFunc(page.Groups, byTitle)
	s.render(c, http.StatusOK, "provider_near", "near.title", page)
}

// servesNear reports whether something in the district, about the
// interests, is near a district the provider serves and about one of its
// interests.
func (s *Server) servesNear(p community.Provider, district string, interests []string) bool {
	if !slices.ContainsFunc(interests, func(i string) bool { return slices.Contains(p.Interests, i) }) {
		return false
	}
	for _, d := range p.Districts {
		if miles, ok := s.Places.MilesBetween(d, district); ok && miles <= nearMiles {
			return true
		}
	}
	return false
}

// checkedProvider is the member's own provider in the path, once our
// moderators have checked it: only a checked provider sees who wants to
// buy near it, and sends offers.
func (s *Server) checkedProvider(c *gin.Context) (community.Provider, bool) {
	p, ok := s.ownProvider(c)
	if ok && !p.Verified() {
		s.fail(c, community.Forbidden("error.offer.unchecked"))
		return community.Provider{}, false
	}
	return p, ok
}
