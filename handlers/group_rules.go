package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupProposeRules puts a change to the pot's rules to a vote: rules set
// at the start change only when enough members agree.
func (s *Server) groupProposeRules(c *gin.Context) {
	form := readPotForm(c)
	rules, problems := form.rules()
	if len(problems) == 0 {
		_, err := s.Actions.ProposeRules(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), rules)
		if err == nil {
			done(c, c.Param("id"), "proposed", "#proposals")
			return
		}
		if community.KindOf(err) != community.KindInvalid {
			s.fail(c, err)
			return
		}
		problems = community.FieldErrors(err)
	}
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	if m, _ := g.Member(current(c).me.ID); m.Watching {
		s.fail(c, community.Forbidden("error.group.voters_only"))
		return
	}
	anchors := groupAnchors()
	anchors["key"] = "contribution"
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Rules: &form}, summaryWith(problems, anchors)...)
}
