package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groupWindUpSale is the treasurer recording what a thing sold for.
func (s *Server) groupWindUpSale(c *gin.Context) {
	amount, parseKey := community.ParsePence(c.PostForm("sold_for"))
	if parseKey != "" {
		thing := c.PostForm("thing")
		s.showWindUp(c, http.StatusBadRequest, nil, fieldMessage{Field: "sold_for-" + thing, Anchor: "sold_for-" + thing, Key: moneyProblem("sale", parseKey)})
		return
	}
	if _, err := s.Actions.RecordSale(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("thing"), amount); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/wind-up?done=sold")
}
