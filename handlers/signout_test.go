package handlers_test

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// TestSigningOutEndsTheSessionOnTheServer: a cookie copied before signing
// out, replayed after, is signed out; "sign out everywhere" ends every
// other sign-in at once; signing in again afterwards works.
func TestSigningOutEndsTheSessionOnTheServer(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	p := site.visible()[0]
	signedIn := func() *sitetest.Client {
		c := sitetest.NewClient(site.URL)
		if err := c.SignInAs(p.ID); err != nil {
			t.Fatal(err)
		}
		return c
	}
	me := func(c *sitetest.Client) int {
		t.Helper()
		page, err := c.Get("/me")
		if err != nil {
			t.Fatal(err)
		}
		return page.Status
	}

	a := signedIn()
	copied := a.Cookies()
	if resp, err := a.Post("/signout", url.Values{}); err != nil || resp.Status != http.StatusSeeOther {
		t.Fatalf("signing out: %v %d", err, resp.Status)
	}
	replay := sitetest.NewClient(site.URL)
	replay.SetCookies(copied)
	if status := me(replay); status != http.StatusSeeOther {
		t.Errorf("a cookie copied before signing out, replayed after: /me answered %d, want a redirect to sign in", status)
	}

	phone, laptop := signedIn(), signedIn()
	if status := me(laptop); status != http.StatusOK {
		t.Fatalf("signed in on a laptop: /me answered %d", status)
	}
	if resp, err := phone.Post("/me/sign-out-everywhere", url.Values{}); err != nil || resp.Status != http.StatusSeeOther {
		t.Fatalf("signing out everywhere: %v %d", err, resp.Status)
	}
	if status := me(laptop); status != http.StatusSeeOther {
		t.Errorf("after signing out everywhere on the phone, the laptop's /me answered %d", status)
	}
	if status := me(phone); status != http.StatusSeeOther {
		t.Errorf("after signing out everywhere, the phone's own /me answered %d", status)
	}
	if status := me(signedIn()); status != http.StatusOK {
		t.Errorf("signing in again after signing out everywhere: /me answered %d", status)
	}
}
