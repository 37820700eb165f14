package handlers

import (
	"errors"
	"net/http"
	"strings"

	"github.com/clubtogether/clubtogether/openreferral"
	"github.com/gin-gonic/gin"
)

// openReferralAnswer is one endpoint of the API: what the catalogue says
// to the request. A missing thing is a *notPublished error.
type openReferralAnswer func(c *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error)

// notPublished is an id the API publishes nothing under; what names the
// kind of thing, for the message.
type notPublished struct{ what string }

func (e *notPublished) Error() string { return "no " + e.what + " with that id" }

// openReferral serves the read-only Open Referral UK API. Only checked
// providers' visible listings are published. Any site may read it. It
// sits outside the site's pages, so it reads no session and sets no
// cookie: its readers are other sites' servers, not people.
func (s *Server) openReferral(answer openReferralAnswer) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Access-Control-Allow-Origin", "*")
		params, err := openreferral.ParseParams(c.Request.URL.Query())
		if err != nil {
			openReferralError(c, http.StatusBadRequest, err.Error())
			return
		}
		cat, err := s.currentCatalogue(c.Request.Context())
		if err != nil {
			s.openReferralFailed(c, err)
			return
		}
		body, err := answer(c, cat, params)
		var bad *openreferral.ParamError
		var missing *notPublished
		switch {
		case errors.As(err, &bad):
			openReferralError(c, http.StatusBadRequest, err.Error())
		case errors.As(err, &missing):
			openReferralError(c, http.StatusNotFound, err.Error())
		case err != nil:
			s.openReferralFailed(c, err)
		default:
			c.JSON(http.StatusOK, body)
		}
	}
}

// openReferralError answers with the API's one shape of error, a JSON
// object whose "error" says in plain words what went wrong.
func openReferralError(c *gin.Context, status int, message string) {
	c.AbortWithStatusJSON(status, gin.H{"error": message})
}

func (s *Server) openReferralFailed(c *gin.Context, err error) {
	s.Log.Error("open referral request failed", "request_id", requestID(c), "err", err)
	openReferralError(c, http.StatusInternalServerError, "something went wrong; please try again later")
}

// isOpenReferral reports whether a path is the API's, so that a path it
// does not have is answered in its JSON rather than with the site's page.
func isOpenReferral(path string) bool {
	return path == "/openreferral" || strings.HasPrefix(path, "/openreferral/")
}

// openReferralUnknown answers a path under /openreferral/ that the API
// does not have, before the site's own "not found" page (which starts a
// session) is reached.
func (s *Server) openReferralUnknown(c *gin.Context) {
	if !isOpenReferral(c.Request.URL.Path) {
		return
	}
	c.Header("Access-Control-Allow-Origin", "*")
	if c.Request.Method != http.MethodGet {
		c.Header("Allow", http.MethodGet)
		openReferralError(c, http.StatusMethodNotAllowed, "the Open Referral API only answers GET requests")
		return
	}
	openReferralError(c, http.StatusNotFound, "the Open Referral API has no such path; see /openreferral/ for what it offers")
}

// The API's endpoints, each an answer from the catalogue; routes.go lists
// their paths with every other route.

func openReferralRoot(_ *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return cat.Root(), nil
}

func openReferralServices(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.Services(p)
}

func openReferralServiceAtLocations(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.ServiceAtLocations(p)
}

func openReferralTaxonomies(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.Taxonomies(p), nil
}

func openReferralTaxonomyTerms(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.TaxonomyTerms(p), nil
}

func openReferralOrganizations(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.Organizations(p)
}

// The endpoints that answer one thing by the id in the path.

func openReferralService(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return openReferralByID(c, "service", cat.Service)
}

func openReferralServiceAtLocation(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return openReferralByID(c, "service at location", cat.ServiceAtLocation)
}

func openReferralTaxonomy(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return openReferralByID(c, "taxonomy", cat.Taxonomy)
}

func openReferralTaxonomyTerm(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return openReferralByID(c, "taxonomy term", cat.TaxonomyTerm)
}

func openReferralOrganization(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return openReferralByID(c, "organization", cat.Organization)
}

// openReferralByID is the thing find finds by the path's id, or a
// *notPublished naming what was looked for.
func openReferralByID[T any](c *gin.Context, what string, find func(id string) (T, bool)) (any, error) {
	if v, ok := find(c.Param("id")); ok {
		return v, nil
	}
	return nil, &notPublished{what}
}
