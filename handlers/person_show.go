package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/gin-gonic/gin"
)

type distance struct {
	Known bool
	Miles int
}

type personPage struct {
	Person   community.Person
	Distance distance
	Shared   []string
	// Done is "hello" once the member said hello from this page.
	Done string
	// SaidHello says the member said hello to them; HelloBack that they
	// said hello first and wait for one back; Connected that both did.
	SaidHello, HelloBack, Connected bool
	// Mentor is their offer to mentor, once a moderator approved it.
	Mentor *community.Mentor
	// Moderator says the visitor moderates, and may make a way back in
	// for a member who lost theirs.
	Moderator bool
}

// PageTitle is the member's name.
func (p personPage) PageTitle() string { return p.Person.Name }

// personShow shows another member: how far away, roughly, and what they
// share. A hidden member, or one blocked either way, is "not found", the
// same as one who never existed. A moderator sees hidden members too, to
// help one who lost their way in.
func (s *Server) personShow(c *gin.Context) {
	me := current(c).me
	moderator := s.isModerator(me)
	them, err := s.Store.Person(c.Request.Context(), c.Param("id"))
	if err == nil && them.ID != me.ID && (!them.Visible() && !moderator || s.Matching.Blocked(me.ID, them.ID)) {
		err = community.NotFound("error.person.not_found")
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	page := personPage{Person: them, Shared: community.SharedInterests(*me, them), Mentor: s.approvedMentor(c.Request.Context(), them.ID),
		Moderator: moderator && them.ID != me.ID}
	if done := c.Query("done"); done == "hello" || done == "connected" || done == "ended" {
		page.Done = done
	}
	page.SaidHello, page.Connected = s.Matching.SaidHello(me.ID, them.ID), s.Matching.Connected(me.ID, them.ID)
	page.HelloBack = !page.SaidHello && s.Matching.SaidHello(them.ID, me.ID)
	if miles, ok := s.Places.MilesBetween(me.District, them.District); ok {
		page.Distance = distance{Known: true, Miles: places.AboutMiles(miles)}
	}
	s.render(c, http.StatusOK, "person", "person.interests", page)
}
