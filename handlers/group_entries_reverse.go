package handlers

import (
	"github.com/gin-gonic/gin"
)

// groupReverse is the treasurer correcting a mistake: a new entry that
// cancels an earlier one, which stays in the ledger for all to see.
// Reversing twice records one reversal.
func (s *Server) groupReverse(c *gin.Context) {
	if _, err := s.Actions.Reverse(c.Request.Context(), who(c), c.Param("id"), c.PostForm("key"), c.PostForm("entry")); err != nil {
		s.fail(c, err)
		return
	}
	done(c, c.Param("id"), "reversed", "#money")
}
