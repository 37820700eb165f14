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
	// Units are the price units, in the order offered.
	Units  []string
	Advice []string
	// Listing is the saved listing, when changing one.
	Listing community.Listing
	// Step is the one part of the form shown, in Easy Read's short pages;
	// empty for the whole form. Steps are the buttons of a start page
	// instead of a form; Back is where its "back" link goes.
	Step  string
	Steps []task
	Back  string
	// Page is the short page of a new listing Easy Read shows (from 1, of
	// Pages); 0 on the whole form.
	Page, Pages int
}

// Shows reports whether the page shows a field of the form: every field
// on the whole form, only the step's on a step.
func (p listingFormPage) Shows(step string) bool { return p.Step == "" || p.Step == step }

// TierRows are the rows of prices the page offers: all of them on the
// whole form; on the short prices step the ones filled in and two empty
// ones, so the step stays short.
func (p listingFormPage) TierRows() []tierRow {
	if p.Step == "" {
		return p.Form.Tiers
	}
	var rows []tierRow
	empty := 0
	for _, r := range p.Form.Tiers {
		if r.People == "" && r.Price == "" {
			if empty++; empty > 2 {
				continue
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// firstField is the field a problem with the whole page (an old key, a
// change made elsewhere) links to: the first the page shows.
func (p listingFormPage) firstField() string {
	switch p.Step {
	case "", "about":
		return "title"
	case "easy":
		return "easy_summary"
	case "unit":
		return listingAnchors(nil)["unit"]
	case "prices":
		return "tier_people_1"
	case "where":
		return "district"
	case "when":
		return listingAnchors(nil)["times"]
	case "access":
		return listingAnchors(nil)["features"]
	case "show":
		return "hidden"
	}
	return interestAnchor(p.Categories)["interests"]
}

func newListingFormPage(p community.Provider, f listingForm, action string) listingFormPage {
	return listingFormPage{Provider: p, Form: f, Action: action, Categories: interestGroups(),
		Days: community.Days(), Slots: community.Slots(), Features: community.AccessNeeds(), Units: community.PriceUnits()}
}

// KeyForm names the form for its key: a new listing, or a changed one.
func (p listingFormPage) KeyForm() string {
	if strings.HasSuffix(p.Action, "/listings/new") {
		return "listing-new"
	}
	return "listing-edit"
}

// listingNew shows the form for a new listing of the member's provider;
// in Easy Read it asks on short pages, the first here.
func (s *Server) listingNew(c *gin.Context) {
	p, ok := s.ownProvider(c)
	if !ok {
		return
	}
	form := listingForm{Interests: set(p.Interests), Times: map[string]bool{}, Features: map[string]bool{}, Tiers: emptyTiers(),
		Unit: string(community.PerSession)}
	if len(p.Districts) > 0 {
		form.District = p.Districts[0]
	}
	if current(c).display.EasyRead {
		s.render(c, http.StatusOK, "listing_form", "listing.new.title", listingNewPage(p, form, 1))
		return
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
	if sent := newPageSent(c, listingNewPages()); sent > 0 {
		if s.listingNewPageSent(c, p, form, l, problems, sent) {
			return
		}
		page = listingNewPage(p, form, 1)
	} else if s.showListingProblems(c, l, problems, page, "listing.new.title") {
		return
	}
	created, err := s.Actions.CreateListing(c.Request.Context(), who(c), c.PostForm("key"), l)
	if staleKey(err) {
		s.render(c, http.StatusBadRequest, "listing_form", "listing.new.title", page, fieldMessage{Field: page.firstField(), Anchor: page.firstField(), Key: "error.form.key"})
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
		s.render(c, http.StatusBadRequest, "listing_form", title, page, summaryWith(firstPerField(problems), listingAnchors(page.Categories))...)
		return true
	}
	if page.Shows("easy") && c.PostForm("accept_advice") != "yes" {
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
