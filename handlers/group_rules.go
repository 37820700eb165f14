package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupProposeRules puts a change to the pot's rules to a vote: rules set
// at the start change only when enough members agree. Refused (rules that
// do not fit the group, or a second change while one is open), the form
// comes back as it was typed.
func (s *Server) groupProposeRules(c *gin.Context) {
	form := readPotForm(c)
	rules, problems := form.rules()
	if len(problems) == 0 {
		_, err := s.Actions.ProposeRules(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), rules)
		var handled bool
		if problems, handled = s.answered(c, err, "proposed", "#proposals"); handled {
			return
		}
	}
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	anchors := groupAnchors()
	anchors["key"], anchors["rules"] = "contribution", "contribution"
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Rules: &form, Part: partFor(c, partRules)}, summaryWith(problems, anchors)...)
}
