package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

// unavailable answers a request the database could not serve (out of
// reach, or its disk full) with 503 and words that are true: a page that
// could not be read says so; a change says "nothing was saved" only when
// the store wrote nothing for it and no write failed in a way that leaves
// it unknown; otherwise that part was saved, or may have been, and that
// trying again finishes it, which the actions make happen exactly once.
func (s *Server) unavailable(c *gin.Context, err error) {
	s.Log.Warn("database unavailable", "request_id", requestID(c), "route", c.FullPath(), "err", err)
	page := errorPage{Heading: "error.unavailable.read.heading", Message: "error.unavailable.read"}
	ctx := c.Request.Context()
	switch {
	case c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead:
	case store.WritesDone(ctx) > 0:
		page = errorPage{Heading: "error.unavailable.partly.heading", Message: "error.unavailable.partly"}
	case store.WritesUnsure(ctx) > 0:
		page = errorPage{Heading: "error.unavailable.unsure.heading", Message: "error.unavailable.unsure"}
	default:
		page = errorPage{Heading: "error.unavailable.heading", Message: "error.unavailable"}
	}
	c.Header("Retry-After", "60")
	s.showError(c, http.StatusServiceUnavailable, page)
}
