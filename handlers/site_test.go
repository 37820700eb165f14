package handlers_test

import (
	"github.com/clubtogether/clubtogether/actions"
	"maps"
	"net/http"
	"net/url"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/sitetest"
	"github.com/clubtogether/clubtogether/store"
)

// testSite is the real site, opened through app as cmd/clubtogether opens
// it, over real HTTP on an embedded store in a temporary folder, seeded
// with the demo members.
type testSite struct {
	URL    string
	Store  *store.Store
	Index  search.Index
	People []community.Person
	// Actions makes form keys, for forms a page no longer shows.
	Actions *actions.Actions
	// Handler is the site's router, for the tests that list its routes.
	Handler http.Handler
}

// newTestSite opens the site. Without demoSignIn it is configured as on a
// public address, the one way the site turns demo sign-in off.
func newTestSite(t *testing.T, providers config.Providers, demoSignIn bool, moderators ...string) *testSite {
	t.Helper()
	site := sitetest.StartT(t, sitetest.Options{Providers: providers, Public: !demoSignIn, Moderators: moderators})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return &testSite{URL: site.URL, Store: site.App.Store, Index: site.App.Search, People: people, Actions: site.App.Actions,
		Handler: site.App.Handler()}
}

// browser is the shared test client, failing the test instead of
// returning errors.
type browser struct {
	t *testing.T
	c *sitetest.Client
}

func (s *testSite) browser(t *testing.T) *browser {
	return &browser{t: t, c: sitetest.NewClient(s.URL)}
}

// outOfDate is what the site says when a form's key is missing, made up or
// another member's.
const outOfDate = "This form was out of date, so nothing was saved"

// page is a response with its body read.
type page = sitetest.Page

func (b *browser) must(p page, err error) page {
	b.t.Helper()
	if err != nil {
		b.t.Fatal(err)
	}
	return p
}

func (b *browser) do(req *http.Request) page { b.t.Helper(); return b.must(b.c.Do(req)) }
func (b *browser) get(path string) page      { b.t.Helper(); return b.must(b.c.Get(path)) }

// post sends a form as a same-origin browser would, with the session's
// CSRF token unless the form sets its own.
func (b *browser) post(path string, form url.Values) page {
	b.t.Helper()
	return b.must(b.c.Post(path, form))
}

// submit presses the button of the form posting to action on the page at
// pagePath, as a person would: it reads the page, and sends that form's
// hidden inputs (the session's token, the key the server made for this
// member and this form, the entry or person it is about) with values over
// them. When several forms post to action, values picks the one whose
// hidden inputs agree with it.
func (b *browser) submit(pagePath, action string, values url.Values) page {
	b.t.Helper()
	return b.must(b.c.Submit(pagePath, action, values))
}

// form reads the page at pagePath and returns the hidden inputs of its form
// posting to action (the first whose hidden inputs agree with match) with
// values added over them, failing the test when the page has no such form.
// Posting what it returns more than once is sending the same form again,
// with the same key: a double click, or a retry.
func (b *browser) form(pagePath, action string, match, values url.Values) url.Values {
	b.t.Helper()
	p := b.get(pagePath)
	if p.Status != http.StatusOK {
		b.t.Fatalf("%s: status %d, want the page with the form to %s", pagePath, p.Status, action)
	}
	f, ok := sitetest.FindForm(p.Body, action, match)
	if !ok {
		b.t.Fatalf("%s has no form to %s agreeing with %v", pagePath, action, match)
	}
	for name, v := range values {
		f.Hidden[name] = v
	}
	return f.Hidden
}

// merged is a form's hidden inputs with values over them.
func merged(hidden, values url.Values) url.Values {
	out := maps.Clone(hidden)
	maps.Copy(out, values)
	return out
}

// hasForm returns the hidden inputs of the first form posting to action on
// the page at pagePath, and whether the page, as this browser sees it, has
// one at all.
func (b *browser) hasForm(pagePath, action string) (url.Values, bool) {
	b.t.Helper()
	p := b.get(pagePath)
	if p.Status != http.StatusOK {
		return nil, false
	}
	f, ok := sitetest.FindForm(p.Body, action, nil)
	return f.Hidden, ok
}

func (b *browser) csrf() string {
	b.t.Helper()
	token, err := b.c.CSRF()
	if err != nil {
		b.t.Fatal(err)
	}
	return token
}

// signInAs signs in through the demo page as the given demo member.
func (b *browser) signInAs(p community.Person) {
	b.t.Helper()
	if err := b.c.SignInAs(p.ID); err != nil {
		b.t.Fatalf("%s: %v", p.Name, err)
	}
}

// visible returns demo members who show their profile, by name order.
func (s *testSite) visible() []community.Person {
	var out []community.Person
	for _, p := range s.People {
		if p.Visible() {
			out = append(out, p)
		}
	}
	return out
}

// follow fetches an absolute URL (such as a redirect to the provider) with
// the same cookies.
func (b *browser) follow(location string) page { b.t.Helper(); return b.get(location) }
