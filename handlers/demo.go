package handlers

import (
	"net/http"
	"slices"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

type demoMember struct {
	ID, Name, District string
	EasyRead           bool
}

// DemoRole is a demo member to sign in as to see one part of the site:
// Key names the part, with words under "demo.role.<key>".
type DemoRole struct{ Key, PersonID string }

// demoRole is a role with its member, as the demo page shows it.
type demoRole struct {
	Key string
	demoMember
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
	var roles []demoRole
	for _, r := range s.DemoRoles {
		if i := slices.IndexFunc(people, func(p community.Person) bool { return p.ID == r.PersonID }); i >= 0 {
			p := people[i]
			roles = append(roles, demoRole{r.Key, demoMember{p.ID, p.Name, p.District, p.Display.EasyRead}})
		}
	}
	s.render(c, http.StatusOK, "demo", "demo.title", struct {
		Roles []demoRole
		Towns []demoTown
	}{roles, shown})
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
