package handlers

import (
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// listingFormPage is the data of the listing form.
type listingFormPage struct {
	Provider    community.Provider
	Form        listingForm
	Action      string
	Categories  []interestGroup
	Days, Slots []string
	Features    []string
	Advice      []string
}

func newListingFormPage(p community.Provider, f listingForm, action string) listingFormPage {
	return listingFormPage{Provider: p, Form: f, Action: action, Categories: interestGroups(),
		Days: community.Days(), Slots: community.Slots(), Features: community.AccessNeeds()}
}

// KeyForm names the form for its key: a new listing, or a changed one.
func (p listingFormPage) KeyForm() string {
	if strings.HasSuffix(p.Action, "/listings/new") {
		return "listing-new"
	}
	return "listing-edit"
}

// listingNew shows the form for a new listing of the member's provider.
func (s *Server) listingNew(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	form := listingForm{Interests: set(p.Interests), Times: map[string]bool{}, Features: map[string]bool{}, Tiers: emptyTiers()}
	if len(p.Districts) > 0 {
		form.District = p.Districts[0]
	}
	s.render(c, http.StatusOK, "listing_form", "listing.new.title", newListingFormPage(p, form, "/providers/"+p.ID+"/listings/new"))
}

// listingCreate checks and saves a new listing.
func (s *Server) listingCreate(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	form := readListingForm(c)
	l, problems := form.listing(community.Listing{ProviderID: p.ID})
	page := newListingFormPage(p, form, "/providers/"+p.ID+"/listings/new")
	if s.showListingProblems(c, l, problems, page, "listing.new.title") {
		return
	}
	created, err := s.Actions.CreateListing(c.Request.Context(), who(c), c.PostForm("key"), l)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "listing_form", "listing.new.title", page, fieldMessage{Field: "title", Anchor: "title", Key: "error.form.key"})
		return
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/listings/"+created.ID+"?saved=1")
}

// showListingProblems re-shows the form, keeping what was typed, when the
// listing is invalid or its Easy Read summary has advice not yet accepted.
func (s *Server) showListingProblems(c *gin.Context, l community.Listing, problems []community.FieldError, page listingFormPage, title string) bool {
	if err := l.Validate(s.Places.Known); err != nil {
		problems = append(problems, community.FieldErrors(err)...)
	}
	if len(problems) > 0 {
		s.render(c, http.StatusBadRequest, "listing_form", title, page, summaryWith(firstPerField(problems), listingAnchors())...)
		return true
	}
	if c.PostForm("accept_advice") != "yes" {
		if page.Advice = s.adviceLines(c, l.EasySummary); len(page.Advice) > 0 {
			s.render(c, http.StatusOK, "listing_form", title, page)
			return true
		}
	}
	return false
}

// firstPerField keeps the first problem of each field, so a field is never
// described twice.
func firstPerField(problems []community.FieldError) []community.FieldError {
	var out []community.FieldError
	for _, p := range problems {
		if !hasField(out, p.Field) {
			out = append(out, p)
		}
	}
	return out
}
