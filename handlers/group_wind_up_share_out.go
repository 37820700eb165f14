package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// groupWindUpShareOut is the treasurer sharing out the money and closing
// the group.
func (s *Server) groupWindUpShareOut(c *gin.Context) {
	if _, err := s.Actions.ShareOut(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key")); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+c.Param("id")+"/wind-up?done=shared_out")
}
