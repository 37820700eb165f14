package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
)

// sitePage is one page to check: how to reach it and the status it answers with.
type sitePage struct {
	name   string
	path   string
	status int64
	// show, when set, reaches the page instead of opening path.
	show func(t *testing.T, ctx context.Context)
}

// signedOutPages and signedInPages are every page the site has so far; each
// is checked in normal and in Easy Read mode.
func signedOutPages() []sitePage {
	return []sitePage{
		{name: "home", path: "/", status: 200},
		{name: "signin", path: "/signin", status: 200},
		{name: "demo", path: "/demo", status: 200},
		{name: "display", path: "/settings/display", status: 200},
		{name: "not-found", path: "/no-such-page", status: 404},
		// Issue 4's pages for visitors; TestProviderPages checks them, and
		// the rest, signed in.
		{name: "providers", path: "/providers", status: 200},
		{name: "search", path: "/search?q=swimming", status: 200},
		{name: "interest", path: "/interests/swimming", status: 200},
	}
}

func signedInPages(t *testing.T) []sitePage {
	return []sitePage{
		{name: "home", path: "/", status: 200},
		{name: "me", path: "/me", status: 200},
		{name: "me-edit", path: "/me/edit", status: 200},
		{name: "me-edit-errors", show: showProfileErrors},
		{name: "person", path: "/people/" + visibleMember(t).ID, status: 200},
		{name: "display", path: "/settings/display", status: 200},
		{name: "not-found", path: "/people/no-such-member", status: 404},
	}
}

// showProfileErrors sends the profile form with a district that does not
// exist, so that the form comes back with its error summary.
func showProfileErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/me/edit", 200)
	if isEasyRead(t, ctx) {
		// Easy Read's profile form is one step a page: the postcode's.
		if status := navigateBy(t, ctx, "open the where step", chromedp.Click(chromedp.CSS(`main a[href="/me/edit?step=where"]`))); status != 200 {
			t.Fatalf("open the where step: status %d", status)
		}
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("district"), "ZZ99 9ZZ")); err != nil {
		t.Fatal(err)
	}
	if status := navigateBy(t, ctx, "save the profile", chromedp.Click(chromedp.CSS(`main form button[type="submit"]`))); status != 400 {
		t.Fatalf("save with a made-up district: status %d, want 400", status)
	}
	if eval[int](t, ctx, `document.querySelectorAll('.error-summary a[href="#district"]').length`) != 1 {
		t.Fatal("the error summary with a link to #district is missing")
	}
}

// TestPages checks every page with axe-core (zero WCAG 2.2 AA violations)
// and for reflow at 320px, in normal and in Easy Read mode, signed out and
// signed in as a demo member.
func TestPages(t *testing.T) {
	modes := []struct {
		name   string
		easy   string
		member int
	}{
		{"normal", "off", normalPagesMember},
		{"easy-read", "on", easyPagesMember},
	}
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel() // two tabs: Chromium renders one while axe runs in the other
			ctx := newTab(t)
			easy := mode.easy == "on"
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			checkPages(t, ctx, "signed-out", signedOutPages(), easy)
			signIn(t, ctx, member(t, mode.member).ID)
			// Signing in brings the member's own display choices; choose again.
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			checkPages(t, ctx, "signed-in", signedInPages(t), easy)
		})
	}
}

func checkPages(t *testing.T, ctx context.Context, who string, pages []sitePage, easy bool) {
	for _, p := range pages {
		t.Run(who+"/"+p.name, func(t *testing.T) {
			checkPage(t, ctx, p, easy)
		})
	}
}

// checkPage shows the page, then checks its display mode, axe-core's WCAG
// rules and its reflow at 320px.
func checkPage(t *testing.T, ctx context.Context, p sitePage, easy bool, classes ...string) {
	screenshotOnFailure(t, ctx)
	if p.show != nil {
		p.show(t, ctx)
	} else {
		open(t, ctx, p.path, p.status)
	}
	checkMode(t, ctx, easy, classes...)
	checkAxe(t, ctx)
	checkReflow(t, ctx)
}

// TestLargerTextHighContrast checks the profile form, the longest page, with
// its error summary showing, in the largest text and high contrast.
func TestLargerTextHighContrast(t *testing.T) {
	t.Parallel()
	ctx := newTab(t)
	signIn(t, ctx, member(t, contrastMember).ID)
	setDisplay(t, ctx, "off", "larger", "high")
	checkPage(t, ctx, sitePage{name: "me-edit-errors", show: showProfileErrors}, false, "text-larger", "contrast-high")
}
