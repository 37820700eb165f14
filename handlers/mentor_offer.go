package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// mentorForm is the offer to mentor as typed, to show again as it was.
type mentorForm struct {
	Version          int64
	HelpWith         map[string]bool
	FreeTimes        map[string]bool
	Languages        string
	Why              string
	Kind             string
	Organisation     string
	OrganisationKind string
}

type mentorOfferPage struct {
	Form            mentorForm
	Helps           []string
	Days, Slots     []string
	Kinds, OrgKinds []string
	Approved        bool
	// Page is the one short page of the offer Easy Read shows (from 1,
	// offerPages); 0 on plain pages, which show the whole form.
	Page, Pages int
}

// Asks reports whether the page shows the field: every field on plain
// pages, the page's own in Easy Read (the others go along hidden).
func (p mentorOfferPage) Asks(field string) bool {
	return p.Page == 0 || offerPageOf(field) == p.Page
}

func mentorFormFrom(m community.Mentor) mentorForm {
	return mentorForm{Version: m.Version, HelpWith: set(m.HelpWith), FreeTimes: set(m.FreeTimes.Keys()),
		Languages: strings.Join(m.Languages, ", "), Why: m.Why, Kind: string(m.Kind),
		Organisation: m.Organisation, OrganisationKind: m.OrganisationKind}
}

func readMentorForm(c *gin.Context) mentorForm {
	version, err := strconv.ParseInt(c.PostForm("version"), 10, 64)
	if err != nil {
		version = -1
	}
	return mentorForm{Version: version, HelpWith: set(c.PostFormArray("help_with")), FreeTimes: set(c.PostFormArray("free_times")),
		Languages: c.PostForm("languages"), Why: c.PostForm("why"), Kind: c.PostForm("kind"),
		Organisation: c.PostForm("organisation"), OrganisationKind: c.PostForm("organisation_kind")}
}

// mentor turns the form into an offer; times that are not on the form
// come back, for the form to say so.
func (f mentorForm) mentor() (community.Mentor, []string) {
	times, unknown := community.ParseAvailability(sortedKeys(f.FreeTimes))
	return community.Mentor{Version: f.Version, HelpWith: keys(f.HelpWith, community.MentorHelps()), FreeTimes: times,
		Languages: community.ParseLanguages(f.Languages), Why: tidyText(f.Why), Kind: community.MentorKind(f.Kind),
		Organisation: tidy(f.Organisation), OrganisationKind: f.OrganisationKind}, unknown
}

// mentorOfferForm shows the offer to mentor, filled with the saved offer,
// or for a first offer with the languages on the member's profile.
func (s *Server) mentorOfferForm(c *gin.Context) {
	me := *current(c).me
	m, err := s.Store.Mentor(c.Request.Context(), me.ID)
	if community.KindOf(err) == community.KindNotFound {
		m, err = community.Mentor{Languages: me.Languages, FreeTimes: me.FreeTimes, Kind: community.MentorVolunteer}, nil
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.showMentorOffer(c, http.StatusOK, mentorFormFrom(m), m.Approved())
}

// offerPageSent is the page of the offer an Easy Read form came from, 0
// for the whole form.
func offerPageSent(c *gin.Context) int {
	page, err := strconv.Atoi(c.PostForm("page"))
	if err != nil || page < 1 || page > len(offerPages) {
		return 0
	}
	return page
}

// mentorOfferSave saves the offer; bad input comes back as typed, with the
// problems listed and beside each field.
func (s *Server) mentorOfferSave(c *gin.Context) {
	form := readMentorForm(c)
	m, unknown := form.mentor()
	approved := s.approvedMentor(c.Request.Context(), current(c).me.ID) != nil
	if page := offerPageSent(c); page > 0 && page < len(offerPages) {
		// One of Easy Read's pages before the last: its own fields are
		// checked, then the next page is asked.
		problems := offerProblemsOn(page, community.FieldErrors(m.Validate()))
		if page == offerPageOf("free_times") && len(unknown) > 0 && !hasField(problems, "free_times") {
			problems = append(problems, community.FieldError{Field: "free_times", Key: "error.free_times.unknown"})
		}
		if len(problems) > 0 {
			s.showOfferPage(c, http.StatusBadRequest, page, form, approved, problems...)
			return
		}
		s.showOfferPage(c, http.StatusOK, page+1, form, approved)
		return
	}
	if len(unknown) > 0 {
		problems := community.FieldErrors(m.Validate())
		if !hasField(problems, "free_times") {
			problems = append(problems, community.FieldError{Field: "free_times", Key: "error.free_times.unknown"})
		}
		s.showMentorOffer(c, http.StatusBadRequest, form, approved, problems...)
		return
	}
	saved, err := s.Actions.OfferMentor(c.Request.Context(), who(c), c.PostForm("key"), m)
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/mentors?done=offered")
	case staleKey(err):
		s.showMentorOffer(c, http.StatusBadRequest, form, approved, community.FieldError{Field: "help_with", Key: "error.form.key"})
	case community.KindOf(err) == community.KindConflict:
		form.Version = saved.Version
		s.showMentorOffer(c, http.StatusBadRequest, form, saved.Approved(), community.FieldError{Field: "help_with", Key: "error.mentor.changed"})
	case community.KindOf(err) == community.KindInvalid:
		s.showMentorOffer(c, http.StatusBadRequest, form, approved, community.FieldErrors(err)...)
	default:
		s.fail(c, err)
	}
}

// showMentorOffer shows the offer as typed: the whole form on plain
// pages; in Easy Read the first page, or with problems the first page
// that has one.
func (s *Server) showMentorOffer(c *gin.Context, status int, form mentorForm, approved bool, problems ...community.FieldError) {
	page := 0
	if current(c).display.EasyRead {
		page = 1
		if len(problems) > 0 {
			page = firstOfferPage(problems)
		}
	}
	s.showOfferPage(c, status, page, form, approved, problems...)
}

func (s *Server) showOfferPage(c *gin.Context, status, page int, form mentorForm, approved bool, problems ...community.FieldError) {
	s.render(c, status, "mentor_offer", "mentor.offer.title", mentorOfferPage{
		Form: form, Helps: community.MentorHelps(), Days: community.Days(), Slots: community.Slots(),
		Kinds: []string{string(community.MentorVolunteer), string(community.MentorStaff)}, OrgKinds: community.OrganisationKinds(),
		Approved: approved, Page: page, Pages: len(offerPages),
	}, summaryWith(problems, map[string]string{
		"help_with":         "help_with-" + community.MentorHelps()[0],
		"free_times":        "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
		"kind":              "kind-" + string(community.MentorVolunteer),
		"organisation_kind": "organisation_kind-" + community.OrganisationKinds()[0],
	})...)
}
