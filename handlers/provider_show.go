package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type providerPage struct {
	Provider  community.Provider
	Listings  []community.Listing
	Owner     bool
	Moderator bool
	Saved     bool
	// Tasks are what the owner can do, as Easy Read's large buttons.
	Tasks []task
	// Interests are the provider's; in Easy Read these and the listings
	// show five at a time, each list with its link to show more.
	Interests                   []string
	MoreListings, MoreInterests showMore
}

// PageTitle is the provider's name.
func (p providerPage) PageTitle() string { return p.Provider.Name }

// providerShow shows a provider with its badge and listings. Anyone may
// see it; hidden listings show only to the provider.
func (s *Server) providerShow(c *gin.Context) {
	ctx := c.Request.Context()
	p, err := s.Store.Provider(ctx, c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	listings, err := s.Store.ListingsOf(ctx, p.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	me := current(c).me
	page := providerPage{Provider: p, Owner: me != nil && me.ID == p.OwnerID, Moderator: s.isModerator(me), Saved: c.Query("saved") == "1"}
	for _, l := range listings {
		if (!l.Hidden || page.Owner) && (!l.Removed() || page.Moderator) {
			page.Listings = append(page.Listings, l)
		}
	}
	easy := current(c).display.EasyRead
	words := s.Locale.For(easy)
	if page.Owner && easy {
		page.Tasks = []task{
			{Href: "/providers/" + p.ID + "/edit", Picto: "edit", Text: words.T("provider.task.edit")},
			{Href: "/providers/" + p.ID + "/listings/new", Picto: "money", Text: words.T("provider.add_listing")},
			{Href: "/provider/insights", Picto: "people", Text: words.T("insights.link")},
		}
		if p.Verified() {
			page.Tasks = append(page.Tasks, task{Href: "/providers/" + p.ID + "/near", Picto: "heart", Text: words.T("provider.near_link")})
		}
	}
	page.Listings, page.MoreListings = firstOf(c, easy, page.Listings, "listings", "listings", words.T("provider.list_listings"))
	page.Interests, page.MoreInterests = firstOf(c, easy, p.Interests, "interests", "interests", words.T("provider.interests"))
	s.render(c, http.StatusOK, "provider", "", page)
}

type providersPage struct {
	Mine      []community.Provider
	Verified  []community.Provider
	Unchecked []community.Provider
	// In Easy Read each list shows five at a time, with its link to more.
	MoreMine, MoreVerified, MoreUnchecked showMore
}

// providers lists every provider, verified ones first, and the member's own.
func (s *Server) providers(c *gin.Context) {
	all, err := s.Store.AllProviders(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	var page providersPage
	me := current(c).me
	for _, p := range all {
		switch {
		case me != nil && p.OwnerID == me.ID:
			page.Mine = append(page.Mine, p)
		case p.Verified():
			page.Verified = append(page.Verified, p)
		default:
			page.Unchecked = append(page.Unchecked, p)
		}
	}
	easy := current(c).display.EasyRead
	of := s.Locale.For(easy).T("providers.list")
	page.Mine, page.MoreMine = firstOf(c, easy, page.Mine, "mine", "mine", of)
	page.Verified, page.MoreVerified = firstOf(c, easy, page.Verified, "checked", "checked", of)
	page.Unchecked, page.MoreUnchecked = firstOf(c, easy, page.Unchecked, "unchecked", "unchecked", of)
	s.render(c, http.StatusOK, "providers", "providers.title", page)
}
