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

// mentorOfferSave saves the offer; bad input comes back as typed, with the
// problems listed and beside each field.
func (s *Server) mentorOfferSave(c *gin.Context) {
	form := readMentorForm(c)
	m, unknown := form.mentor()
	approved := s.approvedMentor(c.Request.Context(), current(c).me.ID) != nil
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

func (s *Server) showMentorOffer(c *gin.Context, status int, form mentorForm, approved bool, problems ...community.FieldError) {
	s.render(c, status, "mentor_offer", "mentor.offer.title", mentorOfferPage{
		Form: form, Helps: community.MentorHelps(), Days: community.Days(), Slots: community.Slots(),
		Kinds: []string{string(community.MentorVolunteer), string(community.MentorStaff)}, OrgKinds: community.OrganisationKinds(),
		Approved: approved,
	}, summaryWith(problems, map[string]string{
		"help_with":         "help_with-" + community.MentorHelps()[0],
		"free_times":        "time-" + community.TimeKey(community.Days()[0], community.Slots()[0]),
		"kind":              "kind-" + string(community.MentorVolunteer),
		"organisation_kind": "organisation_kind-" + community.OrganisationKinds()[0],
	})...)
}
