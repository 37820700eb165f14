package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupThingPay is someone who uses the thing saying they paid their fee.
func (s *Server) groupThingPay(c *gin.Context) {
	_, err := s.Actions.PayUseFee(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("method"))
	switch {
	case err == nil:
		c.Redirect(http.StatusSeeOther, thingPath(c)+"?done=fee_paid#fee")
	case community.KindOf(err) == community.KindInvalid:
		s.showThing(c, http.StatusBadRequest, "", "", summaryWith(community.FieldErrors(err), nil)...)
	default:
		s.fail(c, err)
	}
}
