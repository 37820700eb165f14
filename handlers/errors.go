package handlers

import (
	"net/http"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// errorPage is what the error template shows: catalogue keys only, so the
// person reads it in plain words or Easy Read, and never internal details.
type errorPage struct {
	Heading, Message string
}

// statusOf maps each error kind to its HTTP status and message keys, in one
// place for the whole site.
func statusOf(kind community.Kind) (int, errorPage) {
	switch kind {
	case community.KindNotFound:
		return http.StatusNotFound, errorPage{"error.not_found.heading", "error.not_found"}
	case community.KindForbidden:
		return http.StatusForbidden, errorPage{"error.forbidden.heading", "error.forbidden"}
	case community.KindConflict:
		return http.StatusConflict, errorPage{"error.conflict.heading", "error.conflict"}
	case community.KindInvalid:
		return http.StatusBadRequest, errorPage{"error.bad_request.heading", "error.bad_request"}
	default:
		return http.StatusInternalServerError, errorPage{"error.internal.heading", "error.internal"}
	}
}

// fail shows the error page for err. Unexpected errors are logged with the
// request id; the person sees only a plain message.
func (s *Server) fail(c *gin.Context, err error) {
	status, page := statusOf(community.KindOf(err))
	if status == http.StatusInternalServerError {
		s.Log.Error("request failed", "request_id", requestID(c), "route", c.FullPath(), "err", err)
	} else if staleKey(err) {
		page.Message = "error.form.key"
	} else if key := community.KeyOf(err); key != "" && s.Locale.Has(key) {
		// Say exactly what went wrong ("this group is full") rather than
		// only what kind of thing it was.
		page.Message = key
	}
	s.showError(c, status, page)
}

// staleKey reports an error about the key a form carried: it was shown
// long ago, to someone else, or never by this site.
func staleKey(err error) bool {
	for _, f := range community.FieldErrors(err) {
		if f.Field == "key" {
			return true
		}
	}
	return false
}

func (s *Server) showError(c *gin.Context, status int, page errorPage) {
	s.render(c, status, "error", page.Heading, page)
	c.Abort()
}

func (s *Server) notFound(c *gin.Context) {
	s.fail(c, community.NotFound("error.not_found"))
}
