package handlers

import "github.com/gin-gonic/gin"

// groupLedgerCSV is the whole ledger of the group, for its members.
func (s *Server) groupLedgerCSV(c *gin.Context) {
	s.groupCSV(c, "ledger", false)
}
