package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// keyboardProfileSteps is the keyboard-only profile journey through Easy
// Read's profile form, one step a page: the name, about you and buying
// together, each saved from its own page, then a made-up district, the
// error summary's link to the field, the fix, and what was saved.
func keyboardProfileSteps(k *keyboard, dialogs func() []string) {
	t, ctx := k.t, k.ctx
	t.Helper()
	step := func(slug, field string) {
		t.Helper()
		k.skipToMain()
		k.tabTo(`main a[href="/me/edit?step=` + slug + `"]`)
		if status := k.follow(kb.Enter); status != 200 {
			t.Fatalf("Enter on the %s step: status %d", slug, status)
		}
		k.skipToMain()
		k.tabTo("#" + field)
	}
	save := func(key string, status int64) {
		t.Helper()
		k.tabTo(`main form[action="/me/edit"] button[type="submit"]`)
		if got := k.follow(key); got != status {
			t.Fatalf("%q on Save on %s: status %d, want %d", key, path(t, ctx), got, status)
		}
	}
	step("name", "name")
	k.press(journeyName)
	save(kb.Enter, 200)
	step("about", "about")
	k.press(journeyAbout)
	save(kb.Enter, 200)
	step("buying", "open_to_buying")
	buying := eval[bool](t, ctx, `document.getElementById('open_to_buying').checked`)
	k.hit(" ")
	if eval[bool](t, ctx, `document.getElementById('open_to_buying').checked`) == buying {
		t.Error("Space did not toggle the focused checkbox")
	}
	save(kb.Enter, 200)

	step("where", "district")
	k.press(badDistrict)
	typed := readForm(t, ctx)
	if typed.District != badDistrict {
		t.Fatalf("typing gave %+v", typed)
	}
	save(" ", 400)
	checkErrorSummary(t, ctx, typed)
	k.tabTo(`.error-summary a[href="#district"]`)
	k.hit(kb.Enter)
	if f := k.where("#district"); !f.Match {
		t.Fatalf("Enter on the summary's link focused %s, want #district", f.What)
	}
	k.press(kb.Tab)
	k.press(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift))
	if f := k.where("#district"); !f.Match {
		t.Fatalf("Shift+Tab focused %s, want #district", f.What)
	}
	k.press(goodDistrict)
	save(kb.Enter, 200)
	checkSavedSteps(t, ctx, journeyName, journeyAbout, dialogs)
}

// checkSavedSteps is checkSavedProfile for Easy Read, whose /me starts
// with the member's name and whose steps show what was saved: back on the
// list of steps, the name on /me, the about text as text (no script run)
// and the district on their steps.
func checkSavedSteps(t *testing.T, ctx context.Context, name, about string, dialogs func() []string) {
	t.Helper()
	if p := path(t, ctx); p != "/me/edit?saved=1" {
		t.Fatalf("after saving a step: on %s, want /me/edit?saved=1", p)
	}
	open(t, ctx, "/me", 200)
	if text := mainText(t, ctx); !strings.Contains(text, name) {
		t.Errorf("/me does not show %q; it shows: %s", name, text)
	}
	open(t, ctx, "/me/edit?step=about", 200)
	got := eval[struct {
		About         string
		Scripts, Bold int
	}](t, ctx, `({About: document.getElementById('about').value,
	  Scripts: document.querySelectorAll('main script').length, Bold: document.querySelectorAll('main b').length})`)
	if !strings.Contains(got.About, about) || got.Scripts != 0 || got.Bold != 0 {
		t.Errorf("the about step holds %q with %d <script> and %d <b> in main; want %q as text", got.About, got.Scripts, got.Bold, about)
	}
	open(t, ctx, "/me/edit?step=where", 200)
	if d := eval[string](t, ctx, `document.getElementById('district').value`); d != savedDistrict {
		t.Errorf("the where step holds %q, want %q", d, savedDistrict)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("typed script ran: dialogs %q", d)
	}
}
