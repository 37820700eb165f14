package handlers

import (
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type demoMember struct {
	ID, Name, District string
	EasyRead           bool
}

type demoTown struct {
	Key, Title string
	People     []demoMember
}

// demo lists the demo members by town, each with its own sign-in button.
// The route exists only for the embedded store on a loopback address.
func (s *Server) demo(c *gin.Context) {
	people, err := s.Store.DemoPeople(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	towns := []demoTown{{Key: "oxford", Title: "demo.town.oxford"}, {Key: "knowsley", Title: "demo.town.knowsley"}, {Key: "other", Title: "demo.town.other"}}
	for _, p := range people {
		i := 2
		switch {
		case strings.HasPrefix(p.District, "OX"):
			i = 0
		case strings.HasPrefix(p.District, "L"):
			i = 1
		}
		towns[i].People = append(towns[i].People, demoMember{p.ID, p.Name, p.District, p.Display.EasyRead})
	}
	var shown []demoTown
	for _, t := range towns {
		if len(t.People) > 0 {
			shown = append(shown, t)
		}
	}
	s.render(c, http.StatusOK, "demo", "demo.title", struct{ Towns []demoTown }{shown})
}

// demoSignIn signs in as the chosen demo member; only demo members can be chosen.
func (s *Server) demoSignIn(c *gin.Context) {
	me, err := s.Store.Person(c.Request.Context(), c.PostForm("member"))
	if err == nil && !me.Demo {
		err = community.NotFound("error.person.not_found")
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	s.signedIn(c, me)
}
