package handlers

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// healthz says the process is alive; it checks nothing else, so that a
// slow database never gets a healthy process restarted.
func (s *Server) healthz(c *gin.Context) {
	c.String(http.StatusOK, "ok\n")
}

// readyz says whether the site can serve: the database must answer.
func (s *Server) readyz(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
	defer cancel()
	status, database := http.StatusOK, "ok"
	if err := s.Store.Ping(ctx); err != nil {
		s.Log.Warn("readiness: database unreachable", "err", err)
		status, database = http.StatusServiceUnavailable, "unreachable"
	} else if err := s.Store.CheckWrites(ctx); err != nil {
		// It answers but cannot write (its disk is full): every change
		// would fail, so the site is not ready.
		s.Log.Warn("readiness: database cannot write", "err", err)
		status, database = http.StatusServiceUnavailable, "cannot write"
	}
	// Search resting does not make the site unready: pages fall back to
	// the store. It is reported so operators can see it.
	searchState := "ok"
	if h := s.Discovery.Health(); h.Stale {
		// A write failed; the healer is rebuilding the index from the
		// store (and may have it closed meanwhile), and searches use the
		// store's fallback until it is done.
		searchState = "stale: rebuilding from the store since " + h.Since.UTC().Format(time.RFC3339)
	} else if err := s.Discovery.Index().Ping(ctx); err != nil {
		s.Log.Warn("readiness: search unreachable", "err", err)
		searchState = "unreachable"
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(status, gin.H{"database": database, "search": searchState})
}
