package handlers

import (
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/gin-gonic/gin"
)

// helpAskPage asks what the member would like help with, and whether to
// ask any mentor near them or one they choose.
type helpAskPage struct {
	Helps       []string
	Mentors     []mentorCard
	What, Words string
	Mentor      string
}

// helpAskForm shows the form; ?mentor= chooses a mentor beforehand, and
// ?what= the thing to ask about.
func (s *Server) helpAskForm(c *gin.Context) {
	s.showHelpAsk(c, http.StatusOK, c.Query("what"), "", c.Query("mentor"))
}

// helpAsk sends the request; bad input comes back as typed.
func (s *Server) helpAsk(c *gin.Context) {
	what, words, mentor := c.PostForm("what"), c.PostForm("words"), c.PostForm("mentor")
	_, err := s.Actions.AskHelp(c.Request.Context(), who(c), c.PostForm("key"), community.Help{What: what, Words: tidyText(words), Mentor: mentor})
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, "/help?done=asked")
	case staleKey(err):
		s.showHelpAsk(c, http.StatusBadRequest, what, words, mentor, community.FieldError{Field: "what", Key: "error.form.key"})
	case community.KindOf(err) == community.KindInvalid:
		s.showHelpAsk(c, http.StatusBadRequest, what, words, mentor, community.FieldErrors(err)...)
	case community.KindOf(err) == community.KindNotFound:
		s.showHelpAsk(c, http.StatusBadRequest, what, words, "", community.FieldError{Field: "mentor", Key: "error.help.mentor_gone"})
	default:
		s.fail(c, err)
	}
}

func (s *Server) showHelpAsk(c *gin.Context, status int, what, words, mentor string, problems ...community.FieldError) {
	me := *current(c).me
	cards := s.mentorCards(s.Locale.For(current(c).display.EasyRead), me, 5)
	if mentor != "" && !slices.ContainsFunc(cards, func(m mentorCard) bool { return m.ID == mentor }) {
		// A mentor chosen from their own page, or the one who invited a new
		// member with no district yet, is offered however far; one not
		// approved, or blocked either way, is not.
		if card, ok := s.chosenMentor(c, me, mentor); ok {
			cards = append([]mentorCard{card}, cards...)
		} else {
			mentor = ""
		}
	}
	s.render(c, status, "help_ask", "help.ask.title", helpAskPage{Helps: community.MentorHelps(), Mentors: cards,
		What: what, Words: words, Mentor: mentor}, summaryWith(problems, map[string]string{
		"what": "what-" + community.MentorHelps()[0], "mentor": "mentor-any",
	})...)
}

// chosenMentor is the card of the approved mentor with the id, unless a
// block stands between them and the member.
func (s *Server) chosenMentor(c *gin.Context, me community.Person, id string) (mentorCard, bool) {
	if !s.Matching.IsMentor(id) || id == me.ID || s.Matching.Blocked(me.ID, id) {
		return mentorCard{}, false
	}
	ctx := c.Request.Context()
	p, err1 := s.Store.Person(ctx, id)
	m, err2 := s.Store.Mentor(ctx, id)
	if err1 != nil || err2 != nil {
		return mentorCard{}, false
	}
	l := s.Locale.For(current(c).display.EasyRead)
	match := matching.MentorMatch{ID: p.ID, Name: p.Name, District: p.District, HelpWith: m.HelpWith}
	return mentorCard{MentorMatch: match, Reasons: []locale.Idea{{Text: l.T("mentor.reason.helps", listWords(l, helpWords(l, m.HelpWith)))}}}, true
}
