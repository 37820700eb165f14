package handlers

import (
	"errors"
	"net/http"

	"github.com/clubtogether/clubtogether/openreferral"
	"github.com/gin-gonic/gin"
)

// openReferral serves the read-only Open Referral UK API. Only checked
// providers' visible listings are published. Any site may read it.
func (s *Server) openReferral(answer func(c *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error)) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Access-Control-Allow-Origin", "*")
		params, err := openreferral.ParseParams(c.Request.URL.Query())
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		ctx := c.Request.Context()
		providers, err := s.Store.AllProviders(ctx)
		if err != nil {
			s.openReferralFailed(c, err)
			return
		}
		listings, err := s.Store.AllListings(ctx)
		if err != nil {
			s.openReferralFailed(c, err)
			return
		}
		cat := openreferral.NewCatalogue(providers, listings, s.Places, s.BaseURL)
		body, err := answer(c, cat, params)
		var bad *openreferral.ParamError
		switch {
		case errors.As(err, &bad):
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		case err != nil:
			s.openReferralFailed(c, err)
		case body == nil:
			c.JSON(http.StatusNotFound, gin.H{"error": "no service with that id"})
		default:
			c.JSON(http.StatusOK, body)
		}
	}
}

func (s *Server) openReferralFailed(c *gin.Context, err error) {
	s.Log.Error("open referral request failed", "request_id", requestID(c), "err", err)
	c.JSON(http.StatusInternalServerError, gin.H{"error": "something went wrong; please try again later"})
}

// The API's endpoints, each an answer from the catalogue; routes.go lists
// their paths with every other route.

func openReferralRoot(_ *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	return cat.Root(), nil
}

func openReferralServices(_ *gin.Context, cat *openreferral.Catalogue, p openreferral.Params) (any, error) {
	return cat.Services(p)
}

func openReferralService(c *gin.Context, cat *openreferral.Catalogue, _ openreferral.Params) (any, error) {
	if svc, ok := cat.Service(c.Param("id")); ok {
		return svc, nil
	}
	return nil, nil
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
