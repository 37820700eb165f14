package e2e

import (
	"context"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/demo"
)

// TestMentorPages checks the peer mentors' pages with axe-core (and for
// reflow at 320px), in normal and in Easy Read mode: the demo's new member
// sees their help request and the form to ask for help, sent empty so it
// comes back with its error summary; the demo's approved mentor sees their
// page and their offer, sent without a reason, with its errors. Nothing is
// saved, so every other test sees the demo as it was.
func TestMentorPages(t *testing.T) {
	roles := demo.Roles(demo.DefaultSeed)
	role := func(key string) string {
		return roles[slices.IndexFunc(roles, func(r demo.Role) bool { return r.Key == key })].PersonID
	}
	for _, mode := range []struct{ name, easy string }{{"normal", "off"}, {"easy-read", "on"}} {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			easy := mode.easy == "on"
			signIn(t, ctx, role("newcomer"))
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			checkPages(t, ctx, "newcomer", []sitePage{
				{name: "help", path: "/help", status: 200},
				{name: "help-ask-errors", show: showHelpAskErrors},
			}, easy)
			signIn(t, ctx, role("mentor"))
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			checkPages(t, ctx, "mentor", []sitePage{
				{name: "mentors", path: "/mentors", status: 200},
				{name: "offer-errors", show: showOfferErrors},
			}, easy)
		})
	}
}

// showHelpAskErrors sends the form to ask for help with nothing chosen.
func showHelpAskErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/help/ask", 200)
	if status := submit(t, ctx, "ask for nothing"); status != 400 {
		t.Fatalf("asking for nothing: status %d, want 400", status)
	}
	if eval[int](t, ctx, `document.querySelectorAll('.error-summary a[href="#what-find_group"]').length`) != 1 {
		t.Fatal("the error summary with a link to the first choice is missing")
	}
}

// showOfferErrors sends the mentor's offer with its reason emptied.
func showOfferErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/mentors/offer", 200)
	if isEasyRead(t, ctx) {
		// Easy Read asks the offer on short pages: the reason is on the
		// third, after what they help with and when.
		for _, page := range []string{"what they help with", "when"} {
			if status := submit(t, ctx, "send "+page); status != 200 {
				t.Fatalf("sending the page of %s: status %d, want 200 and the next page", page, status)
			}
		}
	}
	if err := chromedp.Do(ctx, setValue("why", "")); err != nil {
		t.Fatal(err)
	}
	if status := submit(t, ctx, "offer without a reason"); status != 400 {
		t.Fatalf("an offer without a reason: status %d, want 400", status)
	}
	if eval[int](t, ctx, `document.querySelectorAll('.error-summary a[href="#why"]').length`) != 1 {
		t.Fatal("the error summary with a link to #why is missing")
	}
}
