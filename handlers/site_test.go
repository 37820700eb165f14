package handlers_test

import (
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
	return &testSite{URL: site.URL, Store: site.App.Store, Index: site.App.Search, People: people}
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
