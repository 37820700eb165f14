// Package app wires the site together from its configuration: the store,
// the sign-in providers, the message catalogue, the districts and the web
// layer. cmd/clubtogether runs it; tests and benchmarks start it the same way.
package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/auth"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/handlers"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/metrics"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// App is the whole site, ready to serve.
type App struct {
	Store     *store.Store
	Search    search.Index
	Discovery *discovery.Sync
	Matching  *matching.Index
	Actions   *actions.Actions
	Metrics   *metrics.Metrics
	handler   http.Handler
	// stopHealing ends the search index's healer (discovery.Sync.Heal),
	// stopFollowing the change log's follower (actions.Follower), and
	// stopSettling the settling of wishes whose days to answer are over.
	stopHealing, stopFollowing, stopSettling context.CancelFunc
}

// Open starts everything the configuration asks for. With no MONGODB_URI
// it runs the embedded database in DATA_DIR and seeds the demo members on
// first start (a later start adds nothing). The site reads the time only
// from clock (nil means the real time), so tests can move it.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, clock community.Clock) (*App, error) {
	if clock == nil {
		clock = time.Now
	}
	dir, err := places.Load()
	if err != nil {
		return nil, err
	}
	catalogue, err := locale.New()
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, cfg, log, clock)
	if err != nil {
		return nil, err
	}
	a := &App{Store: st}
	if err := a.wire(ctx, cfg, log, dir, catalogue, clock); err != nil {
		_ = a.Close(context.Background())
		return nil, err
	}
	return a, nil
}

// openSearch opens Meilisearch when MEILI_URL is set, else the embedded
// Bleve index in DATA_DIR/search. An embedded index that cannot be read
// is moved aside and started again (the store is the truth; the check
// that follows refills it), with a log line saying where it went.
func openSearch(ctx context.Context, cfg config.Config, log *slog.Logger) (search.Index, error) {
	if cfg.MeiliURL != "" {
		return search.OpenMeili(ctx, cfg.MeiliURL, cfg.MeiliAPIKey, "clubtogether")
	}
	b, aside, err := search.OpenBleveOrStartAgain(filepath.Join(cfg.DataDir, "search"), time.Now())
	if aside != "" {
		log.Warn("the search index could not be read: moved it aside and started it again, to be rebuilt from the store", "moved_to", aside)
	}
	return b, err
}

func openStore(ctx context.Context, cfg config.Config, log *slog.Logger, clock community.Clock) (*store.Store, error) {
	if !cfg.Embedded() {
		return store.Open(ctx, cfg.MongoDBURI, clock)
	}
	return store.OpenEmbedded(ctx, cfg.DataDir, log, clock)
}

func (a *App) wire(ctx context.Context, cfg config.Config, log *slog.Logger, dir *places.Directory, catalogue *locale.Catalogue, clock community.Clock) error {
	secret := cfg.SessionSecret
	if secret == "" {
		var err error
		if secret, err = auth.LoadOrCreateSecret(cfg.DataDir); err != nil {
			return err
		}
	}
	// The demo's records go in before the indexes are filled from the
	// store; its groups come after, through the actions, which keep the
	// indexes current themselves.
	seeding := cfg.Embedded() && cfg.Demo
	seeded := time.Now()
	added := 0
	if seeding {
		var err error
		if added, err = demo.SeedRecords(ctx, a.Store, demo.DefaultSeed); err != nil {
			return err
		}
	}
	index, err := openSearch(ctx, cfg, log)
	if err != nil {
		return fmt.Errorf("open search index: %w", err)
	}
	a.Search = index
	a.Discovery = discovery.New(index, a.Store, dir, catalogue, log)
	// One read of everything fills both indexes; changes other replicas
	// make from just before it are followed.
	followFrom := clock()
	start := time.Now()
	all, err := a.Store.ReadEverything(ctx)
	if err != nil {
		return err
	}
	log.Info("store read for the indexes", "ms", time.Since(start).Milliseconds())
	start = time.Now()
	if rebuilt, err := a.Discovery.EnsureFresh(ctx, all, io.Discard); err != nil {
		return fmt.Errorf("check search index: %w", err)
	} else if rebuilt {
		log.Info("search index rebuilt", "ms", time.Since(start).Milliseconds())
	}
	healing, stop := context.WithCancel(context.Background())
	a.stopHealing = stop
	go a.Discovery.Heal(healing)
	a.Matching = LoadMatching(all, dir, log)
	// With demo data on, the demo's moderator moderates, so that the demo
	// needs no setting; the roles say whom to sign in as for each part.
	moderators := cfg.Moderators
	var roles []handlers.DemoRole
	if seeding {
		moderators = append(slices.Clone(moderators), demo.ModeratorID(demo.DefaultSeed))
		for _, r := range demo.Roles(demo.DefaultSeed) {
			roles = append(roles, handlers.DemoRole{Key: r.Key, PersonID: r.PersonID})
		}
	}
	a.Actions = actions.New(actions.Deps{
		Store: a.Store, Discovery: a.Discovery, Matching: a.Matching, Places: dir, Log: log, Now: clock,
		Keys: community.NewFormKeys(auth.Derive(secret, "form keys")), Moderators: moderators,
	})
	if err := a.Actions.LoadInbox(ctx); err != nil {
		return fmt.Errorf("count unread messages: %w", err)
	}
	a.Metrics = newMetrics(a.Store, a.Discovery)
	if cfg.Follow {
		following, stop := context.WithCancel(context.Background())
		a.stopFollowing = stop
		go a.Actions.NewFollower(followFrom, cfg.MeiliURL == "", a.Metrics.FollowLag).Run(following)
	}
	if _, err := a.Actions.MigrateMoney(ctx); err != nil {
		return fmt.Errorf("migrate group money: %w", err)
	}
	if _, err := a.Actions.MigrateListingUnits(ctx); err != nil {
		return fmt.Errorf("migrate listing units: %w", err)
	}
	settling, stop := context.WithCancel(context.Background())
	a.stopSettling = stop
	go settleWishes(settling, a.Actions, log)
	if seeding {
		groups, err := demo.SeedGroups(ctx, a.Actions, demo.DefaultSeed)
		if err != nil {
			return err
		}
		mentors, err := demo.SeedMentors(ctx, a.Actions, demo.DefaultSeed)
		if err != nil {
			return err
		}
		log.Info("demo data ready", "added", added+groups+mentors, "ms", time.Since(seeded).Milliseconds())
	}
	sessions, err := auth.NewSessions(secret, cfg.SecureCookies(), clock)
	if err != nil {
		return err
	}
	providers, err := auth.NewProviders(cfg.Providers, cfg.BaseURL, sessions)
	if err != nil {
		return err
	}
	passkeys, err := openPasskeys(cfg, sessions, log)
	if err != nil {
		return err
	}
	server, err := handlers.New(handlers.Deps{
		Store: a.Store, Actions: a.Actions, Places: dir, Locale: catalogue, Sessions: sessions, Providers: providers, Log: log, Now: clock,
		Passkeys:  passkeys,
		Discovery: a.Discovery, Matching: a.Matching, Moderators: moderators,
		TrustedProxies: cfg.TrustedProxies, Limits: cfg.Limits,
		DemoSignIn: cfg.Embedded() && cfg.Loopback(), DemoRoles: roles,
		SecureCookies: cfg.SecureCookies(),
		BaseURL:       cfg.BaseURL,
		Metrics:       a.Metrics, MetricsToken: cfg.MetricsToken,
	})
	if err != nil {
		return err
	}
	a.handler = server.Handler()
	return nil
}

// openPasskeys turns passkeys on for BASE_URL, or says in the log why they
// are off: WebAuthn needs a domain name, never an IP address.
func openPasskeys(cfg config.Config, sessions *auth.Sessions, log *slog.Logger) (*auth.Passkeys, error) {
	rpID, origin, ok := cfg.PasskeySite()
	if !ok {
		log.Warn("passkeys are off: BASE_URL's host is an IP address; set BASE_URL to an address with a name, such as http://localhost:PORT", "base_url", cfg.BaseURL)
		return nil, nil
	}
	return auth.NewPasskeys(rpID, origin, "ClubTogether", sessions)
}

// Handler is the site's HTTP handler.
func (a *App) Handler() http.Handler { return a.handler }

// Close closes the search index and the store (and stops the embedded database).
func (a *App) Close(ctx context.Context) error {
	for _, stop := range []context.CancelFunc{a.stopHealing, a.stopFollowing, a.stopSettling} {
		if stop != nil {
			stop()
		}
	}
	if a.Search != nil {
		_ = a.Search.Close()
	}
	return a.Store.Close(ctx)
}
