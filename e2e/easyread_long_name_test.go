package e2e

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
)

// longName is a member's name of 60 characters, the bad input for
// the member's own pages.
const longName = "Alexandrina Maria-Magdalena Featherstonehaugh-Montgomery Joy"

// TestEasyReadLongName: a member whose name is 60 characters long, on a
// site of the test's own (so no other test meets them), sees their Easy
// Read /me and the start of /me/edit within the targets of
// TestEasyReadTargets, with the name shown and marked as theirs.
func TestEasyReadLongName(t *testing.T) {
	t.Parallel()
	if n := utf8.RuneCountInString(longName); n != 60 {
		t.Fatalf("the long name has %d characters, want 60", n)
	}
	site := storySite(t)
	p := storyRole(t, site, "easy_read")
	p.Name = longName
	if _, err := site.App.Store.SaveProfile(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	m := newWalker(t, site.URL, p, storyModes[1])
	if err := chromedp.Do(m.tab(t), chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
		t.Fatal(err)
	}
	for _, page := range []erPage{
		{"member", "me", "/me", false, true},
		{"member", "me-edit", "/me/edit", false, true},
		{"member", "me-edit-name", "/me/edit?step=name", true, true},
	} {
		m.navigate(t, page.path, 200)
		f := eval[erFigures](t, m.ctx, erMeasure)
		checkMeasured(t, page, f)
		if missed := f.missed(page.task); len(missed) > 0 {
			t.Errorf("%s with a name of 60 characters misses: %s; %s", page.path, strings.Join(missed, "; "), f.summary())
		} else {
			t.Logf("%s with a name of 60 characters: %s", page.path, f.summary())
		}
	}
	m.navigate(t, "/me", 200)
	if got := eval[string](t, m.ctx, `(e => e ? e.textContent : '')(document.querySelector('main .idea .theirs'))`); got != longName {
		t.Errorf("/me shows the name as theirs as %q, want %q", got, longName)
	}
	m.navigate(t, "/me/edit?step=name", 200)
	if got := eval[string](t, m.ctx, `document.getElementById('name').value`); got != longName {
		t.Errorf("the name step holds %q, want the whole name %q", got, longName)
	}
}
