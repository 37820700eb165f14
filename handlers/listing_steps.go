package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// listingSteps are the parts of the listing form, in the order a
// provider fills them in; each is a short page in Easy Read.
func listingSteps() []formStep {
	return []formStep{
		{"about", "about", "listing.step.about"},
		{"easy", "easy-read", "listing.step.easy"},
		{"unit", "calendar", "listing.step.unit"},
		{"prices", "money", "listing.step.prices"},
		{"where", "place", "listing.step.where"},
		{"when", "calendar", "listing.step.when"},
		{"access", "access", "listing.step.access"},
		{interestsStep, "heart", "listing.step.interests"},
		{"show", "hidden", "listing.step.show"},
	}
}

// take copies the fields of one step from the form as typed; the rest
// stay as saved. The prices step has the most people at a time too, as
// it must be at least the biggest group.
func (f listingForm) take(step string, typed listingForm) listingForm {
	f.Version = typed.Version
	switch step {
	case "about":
		f.Title, f.Description = typed.Title, typed.Description
	case "easy":
		f.EasySummary = typed.EasySummary
	case "unit":
		f.Unit, f.CourseSessions, f.CourseStarts = typed.Unit, typed.CourseSessions, typed.CourseStarts
	case "prices":
		f.Tiers, f.Capacity = typed.Tiers, typed.Capacity
	case "where":
		f.District, f.Online = typed.District, typed.Online
	case "when":
		f.Times = typed.Times
	case "access":
		f.Features = typed.Features
	case "show":
		f.Hidden = typed.Hidden
	default:
		if g, ok := stepCategory(step); ok {
			f.Interests = withCategory(f.Interests, typed.Interests, g)
		}
	}
	return f
}

// listingStepsPage is the start of the listing form in Easy Read: a
// button for each part.
func (s *Server) listingStepsPage(c *gin.Context, l community.Listing, p community.Provider) {
	base := "/listings/" + l.ID + "/edit"
	page := newListingFormPage(p, listingFormFrom(l), base)
	page.Listing, page.Back = l, "/listings/"+l.ID
	page.Steps = stepTasks(s.Locale.For(current(c).display.EasyRead), base, listingSteps())
	s.render(c, http.StatusOK, "listing_form", "listing.edit.title", page)
}

// listingStep shows one part of the listing form, with what is saved.
func (s *Server) listingStep(c *gin.Context) {
	l, p, ok := s.ownListing(c)
	if !ok {
		return
	}
	base := "/listings/" + l.ID + "/edit"
	if c.Param("step") == interestsStep {
		page := newListingFormPage(p, listingFormFrom(l), base)
		page.Listing, page.Back = l, base
		page.Steps = categoryTasks(s.Locale.For(current(c).display.EasyRead), base)
		s.render(c, http.StatusOK, "listing_form", "listing.step.interests", page)
		return
	}
	step, ok := stepNamed(listingSteps(), c.Param("step"))
	if !ok {
		s.fail(c, community.NotFound("error.not_found"))
		return
	}
	s.render(c, http.StatusOK, "listing_form", step.Label, listingStepPage(l, p, listingFormFrom(l), step))
}

func listingStepPage(l community.Listing, p community.Provider, f listingForm, step formStep) listingFormPage {
	page := newListingFormPage(p, f, "/listings/"+l.ID+"/edit/"+step.Name)
	page.Listing, page.Step, page.Back = l, step.Name, "/listings/"+l.ID+"/edit"
	page.Categories = nil
	if g, ok := stepCategory(step.Name); ok {
		page.Categories = []interestGroup{g}
	}
	return page
}

// listingStepSave changes only the part of the listing its step shows:
// the other fields are filled in from what is saved, and the change goes
// through the same action as the whole form.
func (s *Server) listingStepSave(c *gin.Context) {
	l, p, ok := s.ownListing(c)
	if !ok {
		return
	}
	step, ok := stepNamed(listingSteps(), c.Param("step"))
	if !ok {
		s.fail(c, community.NotFound("error.not_found"))
		return
	}
	form := listingFormFrom(l).take(step.Name, readListingForm(c))
	s.saveListing(c, l, form, listingStepPage(l, p, form, step), step.Label)
}
