package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The profile typed in every journey: HTML and script in "about me" must
// come back as text, never as markup or running script.
const (
	journeyName   = "Sam Journey"
	journeyAbout  = `I like walks <script>alert(1)</script> & <b>tea</b>`
	badDistrict   = "ZZ99 9ZZ"
	goodDistrict  = "ox4 1aa" // a full postcode, in lower case: kept as its district
	savedDistrict = "OX4"
)

// form is what the profile form's fields hold.
type form struct{ Name, About, District string }

func readForm(t *testing.T, ctx context.Context) form {
	t.Helper()
	// A step of Easy Read's profile form has one of the fields.
	return eval[form](t, ctx, `(() => {
	  const v = id => (document.getElementById(id) || {value: ''}).value;
	  return {Name: v('name'), About: v('about'), District: v('district')};
	})()`)
}

// checkErrorSummary checks what a person sees after saving a made-up
// district: the summary at the top, linking to the district field, the
// message beside it, and nothing they typed lost.
func checkErrorSummary(t *testing.T, ctx context.Context, typed form) {
	t.Helper()
	got := eval[struct {
		Visible bool
		Link    int
		Message bool
	}](t, ctx, `(() => {
	  const s = document.querySelector('.error-summary');
	  const r = s && s.getBoundingClientRect();
	  return {Visible: !!s && r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== 'hidden',
	    Link: s ? s.querySelectorAll('a[href="#district"]').length : 0,
	    Message: !!document.getElementById('district-error')};
	})()`)
	if !got.Visible || got.Link != 1 {
		t.Errorf("error summary: visible %v, links to #district %d; want a visible summary with one link", got.Visible, got.Link)
	}
	if !got.Message {
		t.Error("no message beside the district field (#district-error)")
	}
	if have := readForm(t, ctx); have != typed {
		t.Errorf("the form came back with %+v, want what was typed: %+v", have, typed)
	}
}

// checkSavedProfile checks /me after saving: the district, and the about
// text shown as literal text, with no script run.
func checkSavedProfile(t *testing.T, ctx context.Context, name, about string, dialogs func() []string) {
	t.Helper()
	if p := path(t, ctx); p != "/me?saved=1" {
		t.Fatalf("after saving: on %s, want /me?saved=1", p)
	}
	got := eval[struct {
		Text    string
		Scripts int
		Bold    int
	}](t, ctx, `({Text: document.querySelector('main').textContent,
	  Scripts: document.querySelectorAll('main script').length, Bold: document.querySelectorAll('main b').length})`)
	for _, want := range []string{name, about, savedDistrict} {
		if !strings.Contains(got.Text, want) {
			t.Errorf("/me does not show %q; it shows: %s", want, strings.Join(strings.Fields(got.Text), " "))
		}
	}
	if got.Scripts != 0 || got.Bold != 0 {
		t.Errorf("/me turned typed text into markup: %d <script>, %d <b> in main", got.Scripts, got.Bold)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("typed script ran: dialogs %q", d)
	}
}

// TestProfileJourney is the first thing a newcomer does: sign in as a demo
// member, save the profile with a made-up district, fix it, see it on /me.
func TestProfileJourney(t *testing.T) {
	t.Parallel()
	ctx := newTab(t)
	dialogs := watchDialogs(t, ctx)
	open(t, ctx, "/demo", 200)
	// The first member of the town lists: the roles above them each play a
	// part of their own.
	const town = `main section[aria-labelledby="town-oxford"] form[action="/demo/signin"]`
	if id := eval[string](t, ctx, `document.querySelector('`+town+` input[name="member"]').value`); reserved(id) {
		t.Fatalf("the first demo member %s is kept for another test; choose others in main_test.go", id)
	}
	first := chromedp.CSS(town + ` button`)
	if status := navigateBy(t, ctx, "sign in as the first demo member", chromedp.Click(first)); status != 200 {
		t.Fatalf("sign in: status %d", status)
	}
	open(t, ctx, "/me/edit", 200)
	fillAndSave(t, ctx, form{journeyName, journeyAbout, badDistrict}, 400)
	checkErrorSummary(t, ctx, form{journeyName, journeyAbout, badDistrict})
	fillAndSave(t, ctx, form{journeyName, journeyAbout, goodDistrict}, 200)
	checkSavedProfile(t, ctx, journeyName, journeyAbout, dialogs)
}

// TestProfileJourneyWithoutJavaScript runs the same journey with scripts
// turned off: every page must work without them.
func TestProfileJourneyWithoutJavaScript(t *testing.T) {
	t.Parallel()
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turn scripts off: %v", err)
	}
	dialogs := watchDialogs(t, ctx)
	signIn(t, ctx, member(t, noScriptMember).ID)
	open(t, ctx, "/me/edit", 200)
	name := journeyName + " Offline"
	fillAndSave(t, ctx, form{name, journeyAbout, badDistrict}, 400)
	checkErrorSummary(t, ctx, form{name, journeyAbout, badDistrict})
	fillAndSave(t, ctx, form{name, journeyAbout, goodDistrict}, 200)
	checkSavedProfile(t, ctx, name, journeyAbout, dialogs)
}

// fillAndSave fills the name, about and district fields, presses Save and
// checks the status of the page that comes back.
func fillAndSave(t *testing.T, ctx context.Context, f form, status int64) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("name"), f.Name),
		chromedp.SetValue(chromedp.ID("about"), f.About),
		chromedp.SetValue(chromedp.ID("district"), f.District),
	)
	if err != nil {
		t.Fatalf("fill the profile form: %v", err)
	}
	save := chromedp.Click(chromedp.CSS(`main form[action="/me/edit"] button[type="submit"]`))
	if got := navigateBy(t, ctx, "save the profile", save); got != status {
		t.Fatalf("save the profile with district %q: status %d, want %d", f.District, got, status)
	}
}
