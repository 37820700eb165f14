package handlers

import (
	"crypto/sha256"
	"crypto/subtle"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// countRequest records each request for the metrics: its route pattern
// (never the path, which carries people's ids), method, status and time.
func (s *Server) countRequest(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.Metrics.Request(routePattern(c), c.Request.Method, c.Writer.Status(), time.Since(start))
}

// routePattern is the route the request matched, such as /groups/:id, or
// "(no route)": as requestLog writes it.
func routePattern(c *gin.Context) string {
	if route := c.FullPath(); route != "" {
		return route
	}
	return "(no route)"
}

// metricsPage serves GET /metrics on the site to a request carrying the
// METRICS_TOKEN as a bearer token. To anyone else, and to everyone when no
// token is set, it is the page that is not there: the metrics are never
// public. It is a route of its own, outside the site's pages, so it reads
// no session and sets no cookie.
func (s *Server) metricsPage() gin.HandlerFunc {
	if s.MetricsToken == "" || s.Metrics == nil {
		return s.notFound
	}
	serve, want := s.Metrics.Handler(), sha256.Sum256([]byte(s.MetricsToken))
	return func(c *gin.Context) {
		token, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		// Both sides hashed first, so the comparison takes as long
		// whatever the length of what was sent.
		got := sha256.Sum256([]byte(token))
		if !ok || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			s.notFound(c)
			return
		}
		c.Header("Cache-Control", "no-store")
		serve.ServeHTTP(c.Writer, c.Request)
	}
}
