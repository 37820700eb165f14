package handlers

import (
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

// errorPage is what the error template shows: catalogue keys only, so the
// person reads it in plain words or Easy Read, and never internal details.
type errorPage struct {
	Heading, Message string
	// Back is the page to go back to, such as the group the person was
	// on, when there is one.
	Back string
	// Minutes, when set, is how long to wait before trying again, which
	// the message says.
	Minutes int
}

// statusOf maps each error kind to its HTTP status and message keys, in one
// place for the whole site.
func statusOf(kind community.Kind) (int, errorPage) {
	switch kind {
	case community.KindNotFound:
		return http.StatusNotFound, errorPage{Heading: "error.not_found.heading", Message: "error.not_found"}
	case community.KindForbidden:
		return http.StatusForbidden, errorPage{Heading: "error.forbidden.heading", Message: "error.forbidden"}
	case community.KindConflict:
		return http.StatusConflict, errorPage{Heading: "error.conflict.heading", Message: "error.conflict"}
	case community.KindInvalid:
		return http.StatusBadRequest, errorPage{Heading: "error.bad_request.heading", Message: "error.bad_request"}
	default:
		return http.StatusInternalServerError, errorPage{Heading: "error.internal.heading", Message: "error.internal"}
	}
}

// fail shows the error page for err. Unexpected errors are logged with the
// request id; the person sees only a plain message.
func (s *Server) fail(c *gin.Context, err error) {
	if store.Unavailable(err) {
		s.unavailable(c, err)
		return
	}
	status, page := statusOf(community.KindOf(err))
	if status == http.StatusInternalServerError {
		s.Log.Error("request failed", "request_id", requestID(c), "route", c.FullPath(), "err", err)
	} else if staleKey(err) {
		page.Message = "error.form.key"
	} else if key := community.KeyOf(err); key != "" && s.Locale.Has(key) {
		// Say exactly what went wrong ("this group is full") rather than
		// only what kind of thing it was, under its own heading if it has
		// one.
		page.Message = key
		if s.Locale.Has(key + ".heading") {
			page.Heading = key + ".heading"
		}
	}
	if id := c.Param("id"); id != "" && strings.HasPrefix(c.FullPath(), "/groups/:id") && status != http.StatusNotFound {
		page.Back = "/groups/" + id
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
