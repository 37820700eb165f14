package handlers

import (
	"fmt"
	"runtime/debug"
	"time"

	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

const requestIDKey = "request_id"

// requestLog gives each request an id (kept from a proxy's X-Request-Id when
// it looks safe) and logs one line when it ends. The line has the route
// pattern, never the path or query, so no personal data reaches the log.
func (s *Server) requestLog(c *gin.Context) {
	start := time.Now()
	id := c.GetHeader("X-Request-Id")
	if !safeRequestID(id) {
		id = auth.RandomToken()[:16]
	}
	c.Set(requestIDKey, id)
	c.Header("X-Request-Id", id)
	// The store counts the writes this request makes, so that a page
	// about a database that stopped answering can say truly whether
	// anything was saved (unavailable.go).
	// It counts the reads too: a signed-in page reads from memory, and
	// the log line says when one did not.
	ctx, reads := store.CountingReads(store.CountingWrites(c.Request.Context()))
	c.Request = c.Request.WithContext(ctx)
	c.Next()
	s.Log.Info("request", "request_id", id, "method", c.Request.Method, "route", routePattern(c),
		"status", c.Writer.Status(), "bytes", c.Writer.Size(), "ms", float64(time.Since(start).Microseconds())/1000,
		"reads_by_id", reads.ByID.Load(), "queries", reads.Queries.Load())
}

// safeRequestID accepts ids of letters, digits, dots, dashes and
// underscores only, so that a header can never forge a log line.
func safeRequestID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_'
		if !ok {
			return false
		}
	}
	return true
}

func requestID(c *gin.Context) string { return c.GetString(requestIDKey) }

// recover turns a panic into the plain error page and a log line.
func (s *Server) recover(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			// The stack says where it went wrong; the request id ties it
			// to the request's own log line and to what the person saw.
			s.Log.Error("panic", "request_id", requestID(c), "route", c.FullPath(), "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			if isOpenReferral(c.Request.URL.Path) {
				// The API answers in JSON even then, and starts no session.
				s.openReferralFailed(c, fmt.Errorf("panic: %v", r))
				return
			}
			s.fail(c, fmt.Errorf("panic: %v", r))
		}
	}()
	c.Next()
}
