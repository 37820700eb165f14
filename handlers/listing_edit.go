package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// ownListing loads the listing in the path and its provider, and checks
// that the member manages the provider.
func (s *Server) ownListing(c *gin.Context) (community.Listing, community.Provider, bool) {
	ctx := c.Request.Context()
	l, err := s.Store.Listing(ctx, c.Param("id"))
	var p community.Provider
	if err == nil {
		p, err = s.Store.Provider(ctx, l.ProviderID)
	}
	if err == nil && p.OwnerID != current(c).me.ID {
		err = community.Forbidden("error.forbidden")
	}
	if err != nil {
		s.fail(c, err)
		return l, p, false
	}
	return l, p, true
}

// listingEdit shows the form to change a listing.
func (s *Server) listingEdit(c *gin.Context) {
	l, p, ok := s.ownListing(c)
	if !ok {
		return
	}
	if current(c).display.EasyRead {
		// One thing per page: Easy Read starts with a button for each part.
		s.listingStepsPage(c, l, p)
		return
	}
	s.render(c, http.StatusOK, "listing_form", "listing.edit.title", newListingFormPage(p, listingFormFrom(l), "/listings/"+l.ID+"/edit"))
}

// listingSave checks and saves changes; hiding a listing is a change too,
// and takes it out of search at once.
func (s *Server) listingSave(c *gin.Context) {
	l, p, ok := s.ownListing(c)
	if !ok {
		return
	}
	form := readListingForm(c)
	s.saveListing(c, l, form, newListingFormPage(p, form, "/listings/"+l.ID+"/edit"), "listing.edit.title")
}

// saveListing checks and saves the listing as the form (the whole form,
// or one step of it) changes it, or shows the page again with what was
// typed and the problem.
func (s *Server) saveListing(c *gin.Context, l community.Listing, form listingForm, page listingFormPage, title string) {
	changed, problems := form.listing(l)
	if s.showListingProblems(c, changed, problems, page, title) {
		return
	}
	saved, err := s.Actions.SaveListing(c.Request.Context(), who(c), c.PostForm("key"), changed)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "listing_form", title, page, fieldMessage{Field: page.firstField(), Anchor: page.firstField(), Key: "error.form.key"})
		return
	}
	if community.KindOf(err) == community.KindConflict {
		// Another tab changed it: the form comes back as typed.
		page.Form.Version = saved.Version
		s.render(c, http.StatusConflict, "listing_form", title, page,
			fieldMessage{Field: page.firstField(), Anchor: page.firstField(), Key: "error.changed_elsewhere"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/listings/"+l.ID+"?saved=1")
}
