// Package sitetest opens the real site for the handlers tests, the browser
// tests and the benchmarks, through the same app.Open that
// cmd/clubtogether uses, and signs members in over HTTP as a browser
// would. It is not a test package because cmd/bench, which is no test,
// uses it too: its functions return errors, and the few that take a
// testing.TB only turn those errors into t.Fatal.
package sitetest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// Options are what a caller may change; everything else is the site's
// default, as with no settings at all: the embedded database, seeded with
// the demo members, and the embedded search index.
type Options struct {
	// DataDir is the folder for the embedded database and search index.
	// Empty: a new temporary folder, removed by Stop.
	DataDir string
	// Moderators are member ids or email addresses, as in MODERATORS.
	Moderators []string
	// Providers are the sign-in providers' keys.
	Providers config.Providers
	// Public configures the site as if it listened on every address
	// (ADDR 0.0.0.0:port), where demo sign-in is off. It is still served
	// on loopback only.
	Public bool
	// Localhost serves the site as http://localhost:port (its BASE_URL),
	// where passkeys work; otherwise it is http://127.0.0.1:port, where
	// WebAuthn refuses them, as it does on any IP address.
	Localhost bool
	// BaseURL, when set, is the site's BASE_URL, such as the https address
	// of a proxy in front of it; the site is still served, and URL still
	// reaches it, on plain http on loopback.
	BaseURL string
	// Log receives the site's log; nil discards it.
	Log *slog.Logger
	// Clock is the site's clock, for tests that move time on; nil is the
	// real time.
	Clock community.Clock
	// MongoDBURI, when set, is the database to use instead of an embedded
	// one of its own: another site's embedded database, reached through
	// its socket, as a second replica would.
	MongoDBURI string
	// SessionSecret signs sessions; sites given the same one share their
	// members' sessions. Empty: the embedded site makes its own.
	SessionSecret string
	// MetricsToken, as METRICS_TOKEN, opens the site's /metrics to a
	// bearer of it; empty: /metrics is not there.
	MetricsToken string
	// Follow, as FOLLOW=on, has an embedded site follow the changes of
	// others sharing its database (a site with MongoDBURI follows them
	// anyway).
	Follow bool
}

// Site is the running site.
type Site struct {
	URL string // http://127.0.0.1:port (or localhost), also the site's BASE_URL
	App *app.App

	srv     *http.Server
	tempDir string // removed by Stop; empty when the caller gave DataDir
}

// Start opens the site and serves it on a free loopback port. The listener
// is made first: the sign-in providers' callbacks are built from BASE_URL
// while the site opens, so the port must be known by then.
func Start(ctx context.Context, opts Options) (*Site, error) {
	s := &Site{}
	dataDir := opts.DataDir
	if dataDir == "" {
		dir, err := os.MkdirTemp("", "clubtogether-site-")
		if err != nil {
			return nil, err
		}
		dataDir, s.tempDir = dir, dir
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.removeTemp()
		return nil, err
	}
	port := listener.Addr().(*net.TCPAddr).Port
	s.URL = baseURL(port, Options{Localhost: opts.Localhost})
	cfg, err := configure(dataDir, port, opts)
	if err != nil {
		_ = listener.Close()
		s.removeTemp()
		return nil, err
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if s.App, err = app.Open(ctx, cfg, log, opts.Clock); err != nil {
		_ = listener.Close()
		s.removeTemp()
		return nil, fmt.Errorf("open the site: %w", err)
	}
	s.srv = &http.Server{Handler: s.App.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(listener) }()
	return s, nil
}

// configure reads the settings as the site does at start-up, from the
// environment variables that matter here. Moderators and providers are
// set on the Config itself, by field, so that no variable name is
// repeated here to drift from config's.
func configure(dataDir string, port int, opts Options) (config.Config, error) {
	host := "127.0.0.1"
	if opts.Public {
		host = "0.0.0.0"
	}
	env := map[string]string{
		"DATA_DIR": dataDir,
		"ADDR":     net.JoinHostPort(host, fmt.Sprint(port)),
		"BASE_URL": baseURL(port, opts),
	}
	if opts.MongoDBURI != "" {
		env["MONGODB_URI"] = opts.MongoDBURI
	}
	if opts.SessionSecret != "" {
		env["SESSION_SECRET"] = opts.SessionSecret
	}
	if opts.Follow {
		env["FOLLOW"] = "on"
	}
	cfg, _, err := config.Load(nil, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		return config.Config{}, err
	}
	// Demo sign-in depends on this; check it here, where a change to
	// config.Loopback would otherwise show as tests failing to sign in.
	if cfg.Loopback() == opts.Public {
		return config.Config{}, fmt.Errorf("ADDR %s: loopback is %v, want %v", cfg.Addr, cfg.Loopback(), !opts.Public)
	}
	cfg.Moderators = opts.Moderators
	cfg.Providers = opts.Providers
	cfg.MetricsToken = opts.MetricsToken
	return cfg, nil
}

// baseURL is the address the site is reached at.
func baseURL(port int, opts Options) string {
	if opts.BaseURL != "" {
		return opts.BaseURL
	}
	if opts.Localhost {
		return fmt.Sprintf("http://localhost:%d", port)
	}
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

// Stop stops serving, closes the site and removes its temporary folder.
func (s *Site) Stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = s.srv.Shutdown(ctx)
	_ = s.App.Close(ctx)
	s.removeTemp()
}

func (s *Site) removeTemp() {
	if s.tempDir != "" {
		_ = os.RemoveAll(s.tempDir)
	}
}

// Client returns a new, signed-out browser for the site.
func (s *Site) Client() *Client { return NewClient(s.URL) }

// StartT is Start for a test: the data lives in tb.TempDir, the site stops
// when the test ends, and a failure to start fails the test.
func StartT(tb testing.TB, opts Options) *Site {
	tb.Helper()
	if opts.DataDir == "" {
		opts.DataDir = tb.TempDir()
	}
	// Not the test's context: it ends before the cleanups run, and the
	// site must outlive it until Stop.
	s, err := Start(context.Background(), opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Stop)
	return s
}
