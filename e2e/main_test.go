// Package e2e drives the whole site in a real browser: Chromium through
// chromedp, with axe-core injected to check every page against WCAG 2.2 AA.
// `make test` installs Chromium and axe-core when they are missing.
package e2e

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/sitetest"
)

const (
	chromiumPath = "/usr/bin/chromium"
	axePath      = "../node_modules/axe-core/axe.min.js"
)

// suite is the one site and the one browser that every test shares: starting
// the embedded database, seeding the demo members and starting Chromium take
// seconds, a new tab takes milliseconds.
var suite struct {
	base    string          // the site's address, http://localhost:port
	browser context.Context // a chromedp context whose browser is running
	axe     string          // the axe-core source, injected into pages
	people  []community.Person
	// moderators are the ids named in MODERATORS, all of them demo members
	// kept for tests (see moderatorMembers).
	moderators []string
}

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		code = 1
	}
	os.Exit(code)
}

// run starts the site and the browser, runs the tests and stops both. A
// missing browser or axe-core fails the package: skipping would let a
// machine without them pass without checking any page.
func run(m *testing.M) (int, error) {
	if _, err := os.Stat(chromiumPath); err != nil {
		return 1, fmt.Errorf("%s is missing (run make test, which installs it): %w", chromiumPath, err)
	}
	axe, err := os.ReadFile(axePath)
	if err != nil {
		return 1, fmt.Errorf("axe-core is missing (run make test, which installs it): %w", err)
	}
	suite.axe = string(axe)

	// The embedded database lives in a temporary folder (SQLite in memory
	// deadlocks, see DESIGN.md); 0700 as MkdirTemp makes it.
	dir, err := os.MkdirTemp("", "clubtogether-e2e-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(dir)

	stopSite, err := startSite(dir)
	if err != nil {
		return 1, err
	}
	defer stopSite()

	stopBrowser, err := startBrowser(filepath.Join(dir, "chromium"))
	if err != nil {
		return 1, err
	}
	defer stopBrowser()
	return m.Run(), nil
}

// startSite opens the real site, as `go run ./cmd/clubtogether` does, on a
// free loopback port: demo sign-in exists only on a loopback address.
func startSite(dir string) (stop func(), err error) {
	moderators, err := demoModerators()
	if err != nil {
		return nil, err
	}
	// Errors only: a failing test should show a 500's cause, not every request.
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	ctx := context.Background()
	start := time.Now()
	site, err := sitetest.Start(ctx, sitetest.Options{DataDir: filepath.Join(dir, "data"), Moderators: moderators, Log: log, Localhost: true})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "e2e: site ready in %s\n", time.Since(start).Round(time.Millisecond))
	if suite.people, err = site.App.Store.DemoPeople(ctx); err != nil || len(suite.people) < 8 {
		site.Stop()
		return nil, fmt.Errorf("demo members: %d found: %v", len(suite.people), err)
	}
	// The moderators were chosen from demo.People before the site started;
	// the store must list the same members in the same order.
	for i, which := range moderatorMembers {
		if p := suite.people[len(suite.people)-1-which]; p.ID != moderators[i] {
			site.Stop()
			return nil, fmt.Errorf("MODERATORS names %s, but the store lists %s (%s) in its place: the demo members' order changed", moderators[i], p.ID, p.Name)
		}
	}
	suite.moderators = moderators
	suite.base = site.URL
	return site.Stop, nil
}

// startBrowser starts one headless Chromium for the whole package.
func startBrowser(userDataDir string) (stop func(), err error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(userDataDir),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	stop = func() { cancelBrowser(); cancelAlloc() }
	// The first Do starts the browser; it lives as long as this context.
	if err := chromedp.Do(browser); err != nil {
		stop()
		return nil, fmt.Errorf("start %s (run make test to install it): %w", chromiumPath, err)
	}
	suite.browser = browser
	return stop, nil
}

// Each test signs in as its own demo member, so that no test sees another's
// saved profile. The click journey uses the first member /demo lists; the
// others are taken from the end of the list.
const (
	keyboardMember = iota
	noScriptMember
	normalPagesMember
	easyPagesMember
	contrastMember
	providerMember            // sets up a provider and a listing in TestProviderJourney
	moderatorMember           // checks that provider in TestProviderJourney
	adviceMember              // saves Easy Read text with advice in TestEasyReadAdvice
	normalProviderPagesMember // provider and search pages, normal mode
	easyProviderPagesMember   // provider and search pages, Easy Read
	bigListingMember          // sets up a listing with 12 prices in TestEasyReadTwelvePrices
	reservedMembers
)

// moderatorMembers are the members named in MODERATORS: the journey's
// moderator, and the page checks' members, who verify their own provider
// and look at /moderation. Nobody else moderates, so every other test sees
// the site as an ordinary member does.
var moderatorMembers = []int{moderatorMember, normalProviderPagesMember, easyProviderPagesMember}

// demoModerators returns the ids of moderatorMembers before the site runs
// (config.Load needs them): demo.People is the same for the same seed, and
// sorted as the store's DemoPeople sorts (by name, then id) it puts the
// members in the same places. Moderators must be visible members, like
// any moderator a person could meet on the site.
func demoModerators() ([]string, error) {
	people := demo.People(demo.DefaultSeed)
	slices.SortFunc(people, func(a, b community.Person) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	var ids []string
	for _, which := range moderatorMembers {
		p := people[len(people)-1-which]
		if !p.Visible() {
			return nil, fmt.Errorf("demo member %s (%s), kept as a moderator, is hidden; choose another in main_test.go", p.ID, p.Name)
		}
		ids = append(ids, p.ID)
	}
	return ids, nil
}

// member returns the demo member kept for one test.
func member(t *testing.T, which int) community.Person {
	t.Helper()
	return suite.people[len(suite.people)-1-which]
}

// reserved reports whether a demo member is kept for one of the tests.
func reserved(id string) bool {
	return slices.ContainsFunc(suite.people[len(suite.people)-reservedMembers:], func(p community.Person) bool { return p.ID == id })
}

// visibleMember returns a demo member whom others may see, and who is none
// of the members kept for tests, for /people/:id. Demo members are sorted
// by name, so it is one near the end of the alphabet.
func visibleMember(t *testing.T) community.Person {
	t.Helper()
	for _, p := range slices.Backward(suite.people[:len(suite.people)-reservedMembers]) {
		if p.Visible() {
			return p
		}
	}
	t.Fatal("no visible demo member to look at")
	return community.Person{}
}
