// Package handlers is the web layer: routes, pages, forms, sessions and
// CSRF protection. It is the only package that imports Gin.
package handlers

import (
	"log/slog"
	"net/http"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/metrics"
	"github.com/clubtogether/clubtogether/openreferral"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/store"
	"github.com/gin-gonic/gin"
)

// Deps is everything the web layer needs, wired by the caller.
type Deps struct {
	// Store is for reading; every change goes through Actions.
	Store   *store.Store
	Actions *actions.Actions
	// Now is the site's clock: pages read the time only from it.
	Now       community.Clock
	Places    *places.Directory
	Locale    *locale.Catalogue
	Sessions  *auth.Sessions
	Providers *auth.Providers
	// Passkeys signs people in with their devices; nil when BASE_URL's
	// host is an IP address, and then no page offers them.
	Passkeys  *auth.Passkeys
	Discovery *discovery.Sync
	// Matching answers suggestions from memory; every change is put into it.
	Matching *matching.Index
	Log      *slog.Logger
	// Moderators are member ids or emails allowed to verify providers.
	Moderators []string
	// DemoSignIn turns on /demo; only for the embedded store on a loopback address.
	DemoSignIn bool
	// DemoRoles name a demo member for each part of the site, shown at the
	// top of /demo.
	DemoRoles []DemoRole
	// SecureCookies marks cookies Secure, for a site served over HTTPS.
	SecureCookies bool
	// BaseURL is the address people use, for links in the Open Referral API.
	BaseURL string
	// TrustedProxies may say, in X-Forwarded-For, who the visitor is;
	// nobody else may.
	TrustedProxies []string
	// Limits are the rate limits on hellos, messages, reports and
	// invitations.
	Limits config.Limits
	// Metrics count every request and each refusal by a limit; nil counts
	// nothing.
	Metrics *metrics.Metrics
	// MetricsToken, when set, opens GET /metrics to a bearer of it.
	MetricsToken string
}

// Server serves the site.
type Server struct {
	Deps
	pages     pageSet
	buffers   bufferPool
	crossSite *http.CrossOriginProtection
	engine    *gin.Engine
	limiter   *rateLimiter
	inFlight  *inFlight
	// catalogue is the Open Referral API's, built from the store's
	// memory and kept until a provider or listing changes.
	catalogue *fromCatalogue[*openreferral.Catalogue]
	// running is every listing that runs somewhere, with its provider's
	// name, for What's on; built like the catalogue.
	running *fromCatalogue[[]runningListing]
}

// New parses every page template and builds the routes. A missing or broken
// template is an error here, at start-up, rather than on a request.
func New(d Deps) (*Server, error) {
	pages, err := parsePages(d.Locale)
	if err != nil {
		return nil, err
	}
	// Gin keeps its mode in a package variable; release mode stops it
	// printing every route at start-up.
	gin.SetMode(gin.ReleaseMode)
	s := &Server{Deps: d, pages: pages, crossSite: http.NewCrossOriginProtection(), limiter: newRateLimiter(d.Limits), inFlight: newInFlight(mostInFlight, shedAfter),
		catalogue: &fromCatalogue[*openreferral.Catalogue]{}, running: &fromCatalogue[[]runningListing]{}}
	s.engine = gin.New()
	s.engine.HandleMethodNotAllowed = false
	// Gin believes every X-Forwarded-For unless told otherwise: only the
	// proxies named in the settings are believed.
	if err := s.engine.SetTrustedProxies(d.TrustedProxies); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// Handler returns the site as an http.Handler.
func (s *Server) Handler() http.Handler { return s.engine }
