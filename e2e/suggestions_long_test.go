package e2e

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/sitetest"
)

// Issue 15's bad input for the pages of discovery and talking: a member
// whose name is 60 characters long, and a list of 40 people. The test runs
// a site of its own (the demo, plus 41 members in a district the demo does
// not use), so that nothing the other tests see changes: a member in York
// to whom 40 people are suggested, the long-named one first, who said
// hello both ways with them and wrote. It measures, in Easy Read at 375 by
// 800 as TestEasyReadTargets does, the member's suggestions, the list of
// people, the long-named member's page, the messages and the thread.

// longSuggestedName is 60 characters, as long as a name may be.
const longSuggestedName = "Bartholomew Alexander Montgomery-Fitzwilliam Wolstenholme Jr"

// longDistrict is the district of the test's own members; the demo has
// nobody there.
const longDistrict = "YO1"

func TestSuggestionsLongNameAndForty(t *testing.T) {
	t.Parallel()
	if n := utf8.RuneCountInString(longSuggestedName); n != 60 || n > community.MaxNameLength {
		t.Fatalf("the long name is %d characters, want 60 (the most a name may be is %d)", n, community.MaxNameLength)
	}
	dir, err := places.Load()
	if err != nil || !dir.Known(longDistrict) {
		t.Fatalf("%s is not a known district: %v", longDistrict, err)
	}
	site := sitetest.StartT(t, sitetest.Options{Localhost: true})
	ctx := context.Background()
	add := func(p community.Person) community.Person {
		t.Helper()
		p.Demo, p.District, p.Visibility = true, longDistrict, community.VisibleToMembers
		saved, err := site.App.Store.CreatePerson(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		// As saving a profile does: into the matching and search indexes.
		site.App.Matching.PutPerson(saved)
		site.App.Discovery.Person(ctx, saved)
		return saved
	}
	likes := []string{"swimming", "walking", "board-games"}
	me := add(community.Person{Name: "Ann York", Interests: likes, Display: community.Display{EasyRead: true}.Normalised()})
	long := add(community.Person{Name: longSuggestedName, Interests: likes, About: strings.Repeat("I like to swim in the morning. ", 8)})
	for i := 1; i < 40; i++ {
		add(community.Person{Name: fmt.Sprintf("York member %d", i), Interests: likes[:1]})
	}

	// They say hello both ways, and the long-named member writes.
	mine, theirs := siteClient(t, site, me), siteClient(t, site, long)
	siteSubmit(t, mine, "/people/"+long.ID, "/people/"+long.ID+"/hello", nil)
	siteSubmit(t, theirs, "/people/"+me.ID, "/people/"+me.ID+"/hello", nil)
	siteSubmit(t, theirs, "/messages/"+me.ID, "/messages/"+me.ID, url.Values{"text": {"Shall we swim on Saturday morning? The pool opens at eight."}})

	tab := newTab(t)
	at := func(p string) {
		t.Helper()
		resp, err := chromedp.RunResponse(tab, chromedp.Navigate(site.URL+p))
		if err != nil || resp.Status != 200 {
			t.Fatalf("open %s: %v, %+v", p, err, resp)
		}
	}
	value := url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}}.Encode()
	if _, err := chromedp.Call(tab, network.SetCookie, network.SetCookieParams{
		Name: "ct_display", Value: value, URL: site.URL + "/", HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
	}); err != nil {
		t.Fatalf("set display cookie: %v", err)
	}
	at("/demo")
	button := chromedp.CSS(`form[action="/demo/signin"]:has(input[name="member"][value=` + js(me.ID) + `]) button`)
	if _, err := chromedp.RunResponse(tab, chromedp.Click(button)); err != nil {
		t.Fatalf("sign in as %s: %v", me.Name, err)
	}
	if err := chromedp.Do(tab, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
		t.Fatal(err)
	}

	at("/suggestions")
	tasks := eval[[]string](t, tab, `[...document.querySelectorAll('main .tasks a')].map(a => a.textContent.trim())`)
	if len(tasks) == 0 || tasks[0] != "People near you: 40" {
		t.Errorf("the Easy Read /suggestions offers %q, want \"People near you: 40\" first", tasks)
	}
	at("/suggestions/people")
	cards := readSuggestionCards(t, tab, "people")
	if len(cards) != 5 || cards[0].ID != long.ID || cards[0].Name != longSuggestedName {
		t.Errorf("the list of people shows %d, the first %q, want 5, %q first", len(cards), suggestionIDs(cards), longSuggestedName)
	}
	more := eval[string](t, tab, `(a => a ? a.getAttribute('href') : '')(document.querySelector('main a.button[href*="people=10"]'))`)
	if more == "" {
		t.Errorf("the list of 40 people has no link to show 5 more; main says: %s", mainText(t, tab))
	}

	for _, p := range []erPage{
		{"easy member", "suggestions", "/suggestions", false, true},
		{"easy member", "40 people", "/suggestions/people", false, true},
		{"easy member", "person, 60 characters", "/people/" + long.ID, false, true},
		{"easy member", "messages", "/messages", false, true},
		{"easy member", "thread, 60 characters", "/messages/" + long.ID, true, true},
	} {
		at(p.path)
		f := eval[erFigures](t, tab, erMeasure)
		checkMeasured(t, p, f)
		if missed := f.missed(p.task); len(missed) > 0 {
			t.Errorf("%s (%s) misses: %s; %s", p.name, p.path, strings.Join(missed, "; "), f.summary())
		} else {
			t.Logf("%s (%s): meets every target; %s", p.name, p.path, f.summary())
		}
	}
	if more != "" {
		at(more)
		if cards := readSuggestionCards(t, tab, "people"); len(cards) != 10 {
			t.Errorf("after \"Show 5 more\", the list shows %d people, want 10", len(cards))
		}
	}
}

// siteClient signs in to a site of a test's own as a demo member.
func siteClient(t *testing.T, site *sitetest.Site, p community.Person) *sitetest.Client {
	t.Helper()
	c := sitetest.NewClient(site.URL)
	if err := c.SignInAs(p.ID); err != nil {
		t.Fatal(err)
	}
	return c
}

// siteSubmit sends a form of a page on a site of a test's own.
func siteSubmit(t *testing.T, c *sitetest.Client, pagePath, action string, form url.Values) {
	t.Helper()
	if form == nil {
		form = url.Values{}
	}
	page, err := c.Submit(pagePath, action, form)
	if page, err = followed(c, page, err); err != nil || page.Status != 200 {
		t.Fatalf("submit %s on %s: status %d, %v", action, pagePath, page.Status, err)
	}
}
