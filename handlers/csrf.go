package handlers

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// checkCSRF guards every state-changing request twice: the browser must
// not say it comes from another site (Sec-Fetch-Site / Origin), and the
// form must carry the session's token.
func (s *Server) checkCSRF(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		c.Next()
		return
	}
	// A form larger than the site takes is said to be too long, not
	// taken for a forgery: nothing of it is read or saved.
	var tooLarge *http.MaxBytesError
	err := c.Request.ParseForm()
	if err == nil && strings.HasPrefix(c.ContentType(), "multipart/form-data") {
		// ParseForm leaves a multipart body unread; read it here, within
		// the same limit, or its size would show as a missing token.
		err = c.Request.ParseMultipartForm(64 << 10)
	}
	if errors.As(err, &tooLarge) {
		s.showError(c, http.StatusRequestEntityTooLarge, errorPage{Heading: "error.too_large.heading", Message: "error.too_large"})
		return
	}
	if err := s.crossSite.Check(c.Request); err != nil || !current(c).session.ValidCSRF(c.PostForm("csrf")) {
		s.Log.Warn("csrf check failed", "request_id", requestID(c), "route", c.FullPath(), "cross_site", err != nil)
		s.showError(c, http.StatusForbidden, errorPage{Heading: "error.forbidden.heading", Message: "error.csrf"})
		return
	}
	c.Next()
}

// limitBody stops oversized form posts before they are read.
func (s *Server) limitBody(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 64<<10)
	c.Next()
}
