package handlers

import (
	"net/http"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupMoreTime puts to a vote giving an agreed spend more time to be paid.
func (s *Server) groupMoreTime(c *gin.Context) {
	typed := strings.TrimSpace(c.PostForm("pay_by"))
	day, err := time.Parse("2006-01-02", typed)
	var problems []community.FieldError
	if err != nil {
		problems = []community.FieldError{{Field: "pay_by", Key: "error.extend.date"}}
	} else {
		_, err := s.Actions.ProposeMoreTime(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.Param("proposal"), day)
		var handled bool
		if problems, handled = s.answered(c, err, "proposed", "#proposals"); handled {
			return
		}
	}
	g, ok := s.votingGroup(c)
	if !ok {
		return
	}
	s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: newPaymentForm(), Part: partFor(c, partProposal)},
		summaryWith(problems, map[string]string{"pay_by": "pay-by-" + c.Param("proposal"), "key": "pay-by-" + c.Param("proposal")})...)
}
