package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// maxTabs bounds the search for an element by tabbing: the profile form,
// the longest page, has about 120 stops.
const maxTabs = 400

// focused describes document.activeElement after a key press, and whether
// a person can see where the focus is (WCAG 2.4.7).
type focused struct {
	Match, InMain, Visible bool
	What                   string
}

func focusJS(selector string) string {
	return `(() => {
	  const a = document.activeElement;
	  if (!a || a === document.body) return {What: 'nothing'};
	  const s = getComputedStyle(a);
	  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
	  return {Match: a.matches(` + js(selector) + `), InMain: !!a.closest('main'),
	    Visible: outline || s.boxShadow !== 'none', What: a.outerHTML.slice(0, 120)};
	})()`
}

// keyboard drives the tab with keys only, as a person who cannot use a
// mouse does: Tab, Shift+Tab, Enter, Space and typing. Typing and Tab go
// through chromedp.KeyEvent; Enter and Space through hit.
type keyboard struct {
	t       *testing.T
	ctx     context.Context
	noFocus map[string]bool // elements already reported without a focus indicator
}

func (k *keyboard) press(keys string, opts ...chromedp.KeyOption) {
	k.t.Helper()
	if err := chromedp.Do(k.ctx, chromedp.KeyEvent(keys, opts...)); err != nil {
		k.t.Fatalf("press %q: %v", keys, err)
	}
}

// where reports the focus, and fails the test once per element that has
// no visible focus indicator.
func (k *keyboard) where(selector string) focused {
	k.t.Helper()
	f := eval[focused](k.t, k.ctx, focusJS(selector))
	if f.What != "nothing" && !f.Visible && !k.noFocus[f.What] {
		k.noFocus[f.What] = true
		k.t.Errorf("no visible focus indicator (outline or box-shadow) on %s", f.What)
	}
	return f
}

// tabTo presses Tab until the element matching selector has the focus.
func (k *keyboard) tabTo(selector string) {
	k.t.Helper()
	for range maxTabs {
		k.press(kb.Tab)
		if k.where(selector).Match {
			return
		}
	}
	k.t.Fatalf("%d presses of Tab never reached %s", maxTabs, selector)
}

// skipToMain checks that the first Tab on a fresh page reaches the skip
// link, and follows it: the next Tab must land inside main.
func (k *keyboard) skipToMain() {
	k.t.Helper()
	k.press(kb.Tab)
	if f := k.where(".skip-link"); !f.Match {
		k.t.Fatalf("the first Tab focused %s, want the skip link", f.What)
	}
	k.hit(kb.Enter)
	k.press(kb.Tab)
	if f := k.where("*"); !f.InMain {
		k.t.Fatalf("after the skip link, Tab focused %s, outside main", f.What)
	}
}

// hit presses Enter or Space on the focused element, as a keyboard does.
// chromedp.KeyEvent sends the key's character as an event of its own; a
// real key press lets the browser drop the character when the key down
// was handled, so Enter on a link that moves focus to a field does not
// also submit that field's form. Here the character rides on the key down.
func hit(key string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		events := kb.Encode([]rune(key)[0])
		down, up := *events[0], *events[len(events)-1]
		if len(events) == 3 {
			down.Text, down.UnmodifiedText = events[1].Text, events[1].UnmodifiedText
		}
		for _, e := range []input.DispatchKeyEventParams{down, up} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, e); err != nil {
				return fmt.Errorf("press %q: %w", key, err)
			}
		}
		return nil
	})
}

func (k *keyboard) hit(key string) {
	k.t.Helper()
	if err := chromedp.Do(k.ctx, hit(key)); err != nil {
		k.t.Fatal(err)
	}
}

// follow presses Enter or Space and waits for the page that loads,
// returning its status.
func (k *keyboard) follow(key string) int64 {
	k.t.Helper()
	return navigateBy(k.t, k.ctx, fmt.Sprintf("press %q", key), hit(key))
}

// TestKeyboardOnlyJourney is the profile journey with no mouse: sign in,
// save with a made-up district, follow the error summary's link to the
// field, fix it, save, and see the profile.
func TestKeyboardOnlyJourney(t *testing.T) {
	t.Parallel()
	ctx := newTab(t)
	dialogs := watchDialogs(t, ctx)
	k := &keyboard{t: t, ctx: ctx, noFocus: map[string]bool{}}
	me := member(t, keyboardMember)

	open(t, ctx, "/demo", 200)
	k.skipToMain()
	k.tabTo(`form[action="/demo/signin"]:has(input[name="member"][value=` + js(me.ID) + `]) button`)
	if status := k.follow(kb.Enter); status != 200 || path(t, ctx) != "/" {
		t.Fatalf("Enter on the sign-in button: status %d on %s, want 200 on /", status, path(t, ctx))
	}

	k.skipToMain()
	k.tabTo(`main a[href="/me/edit"]`)
	if status := k.follow(kb.Enter); status != 200 {
		t.Fatalf("Enter on the edit link: status %d", status)
	}
	if isEasyRead(t, ctx) {
		// Easy Read's profile form is one step a page.
		keyboardProfileSteps(k, dialogs)
		return
	}

	// Tabbing into a text field selects what it holds, so typing replaces
	// it; in a textarea the caret goes to the start, so typing goes first.
	k.skipToMain()
	k.tabTo("#name")
	k.press(journeyName)
	k.tabTo("#about")
	k.press(journeyAbout)
	k.tabTo("#district")
	k.press(badDistrict)
	k.tabTo("#open_to_buying")
	buying := eval[bool](t, ctx, `document.getElementById('open_to_buying').checked`)
	k.hit(" ")
	if eval[bool](t, ctx, `document.getElementById('open_to_buying').checked`) == buying {
		t.Error("Space did not toggle the focused checkbox")
	}
	typed := readForm(t, ctx)
	if typed.Name != journeyName || typed.District != badDistrict || !strings.HasPrefix(typed.About, journeyAbout) {
		t.Fatalf("typing gave %+v", typed)
	}
	k.tabTo(`main form[action="/me/edit"] button[type="submit"]`)
	if status := k.follow(" "); status != 400 {
		t.Fatalf("Space on Save with a made-up district: status %d, want 400", status)
	}
	checkErrorSummary(t, ctx, typed)

	// The summary's link takes the focus to the field to fix.
	k.tabTo(`.error-summary a[href="#district"]`)
	k.hit(kb.Enter)
	if f := k.where("#district"); !f.Match {
		t.Fatalf("Enter on the summary's link focused %s, want #district", f.What)
	}
	// Tab away and back, so that the field's text is selected and replaced.
	k.press(kb.Tab)
	k.press(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift))
	if f := k.where("#district"); !f.Match {
		t.Fatalf("Shift+Tab focused %s, want #district", f.What)
	}
	k.press(goodDistrict)
	k.tabTo(`main form[action="/me/edit"] button[type="submit"]`)
	if status := k.follow(kb.Enter); status != 200 {
		t.Fatalf("Enter on Save: status %d, want 200", status)
	}
	checkSavedProfile(t, ctx, journeyName, journeyAbout, dialogs)
}
