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
		if !l.Hidden || page.Owner {
			page.Listings = append(page.Listings, l)
		}
	}
	s.render(c, http.StatusOK, "provider", "", page)
}

type providersPage struct {
	Mine      []community.Provider
	Verified  []community.Provider
	Unchecked []community.Provider
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
	s.render(c, http.StatusOK, "providers", "providers.title", page)
}
