package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/oauth2-proxy/mockoidc"
)

// TestOpenIDConnectSignIn runs the whole sign-in over real HTTP against an
// OpenID Connect provider in this process: redirect, callback, session, /me.
func TestOpenIDConnectSignIn(t *testing.T) {
	provider, site := newOIDCSite(t)
	provider.QueueUser(&mockoidc.MockUser{Subject: "oidc-subject-1", Email: "robin@example.org", PreferredUsername: "Robin"})

	b := site.browser(t)
	if !strings.Contains(b.get("/signin").Body, `href="/auth/oidc"`) {
		t.Fatal("the sign-in page does not offer OpenID Connect")
	}
	// Leave for the provider, which signs Robin in at once and sends them back.
	toProvider := b.get("/auth/oidc")
	if toProvider.Status != http.StatusFound || !strings.HasPrefix(toProvider.Location, provider.AuthorizationEndpoint()) {
		t.Fatalf("/auth/oidc: %d to %q", toProvider.Status, toProvider.Location)
	}
	back := b.follow(toProvider.Location)
	if back.Status != http.StatusFound || !strings.HasPrefix(back.Location, site.URL+"/auth/oidc/callback") {
		t.Fatalf("the provider answered %d to %q", back.Status, back.Location)
	}
	done := b.follow(back.Location)
	if done.Status != http.StatusSeeOther || done.Location != "/me/edit" {
		t.Fatalf("callback: %d to %q, want a new member sent to fill in their profile", done.Status, done.Location)
	}
	me := b.get("/me")
	if me.Status != http.StatusOK || !strings.Contains(me.Body, "Robin") {
		t.Fatalf("/me after sign-in: %d", me.Status)
	}
	// Signing in again finds the same person.
	b2 := site.browser(t)
	provider.QueueUser(&mockoidc.MockUser{Subject: "oidc-subject-1", Email: "robin@example.org", PreferredUsername: "Robin"})
	again := b2.follow(b2.follow(b2.get("/auth/oidc").Location).Location)
	if again.Status != http.StatusSeeOther {
		t.Fatalf("second sign-in: %d", again.Status)
	}
	if n, _ := site.Store.CountPeople(t.Context()); n != int64(len(site.People))+1 {
		t.Errorf("%d people after two sign-ins with one account, want %d", n, len(site.People)+1)
	}
	// Signing out is a POST and ends the session.
	if resp := b.post("/signout", url.Values{}); resp.Status != http.StatusSeeOther {
		t.Fatalf("sign-out: %d", resp.Status)
	}
	if resp := b.get("/me"); resp.Status != http.StatusSeeOther {
		t.Errorf("/me after signing out: %d, want a redirect to sign in", resp.Status)
	}
}

func TestCallbackWithWrongStateIsRefused(t *testing.T) {
	_, site := newOIDCSite(t)
	b := site.browser(t)
	back := b.follow(b.get("/auth/oidc").Location)
	u, _ := url.Parse(back.Location)
	q := u.Query()
	q.Set("state", "forged-state")
	u.RawQuery = q.Encode()
	resp := b.follow(u.String())
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Signing in did not work") {
		t.Errorf("callback with a wrong state: %d", resp.Status)
	}
	// Without ever starting, a callback is refused too.
	if resp := site.browser(t).get("/auth/oidc/callback?state=x&code=y"); resp.Status != http.StatusBadRequest {
		t.Errorf("callback out of nowhere: %d, want 400", resp.Status)
	}
	if resp := b.get("/auth/nosuchprovider"); resp.Status != http.StatusNotFound {
		t.Errorf("unknown provider: %d, want 404", resp.Status)
	}
	if resp := b.get("/me"); resp.Status != http.StatusSeeOther {
		t.Error("a refused callback signed someone in")
	}
}

func TestDisplaySettings(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	// Signed out: kept in a cookie.
	resp := b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"larger"}, "contrast": {"high"}})
	if resp.Status != http.StatusSeeOther {
		t.Fatalf("saving display settings: %d", resp.Status)
	}
	home := b.get("/").Body
	if !strings.Contains(home, `class="easy-read text-larger contrast-high"`) {
		t.Error("the home page does not use the chosen display settings")
	}
	if !strings.Contains(home, "/static/pictograms/") || !strings.Contains(home, "This website is for people who get money for their care and support.") {
		t.Error("the Easy Read home page lacks its words or pictograms")
	}
	// Signing in keeps the choice on the profile.
	member := site.visible()[0]
	for _, p := range site.visible() {
		if !p.Display.EasyRead {
			member = p
			break
		}
	}
	b.signInAs(member)
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if !saved.Display.EasyRead || saved.Display.Contrast != "high" {
		t.Errorf("after sign-in the profile has display %+v, want the choice made before", saved.Display)
	}
	// The header button turns it off and comes back to the page.
	resp = b.post("/settings/display", url.Values{"easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}, "return": {"/me"}})
	if resp.Location != "/me" {
		t.Errorf("after the header button: sent to %q, want /me", resp.Location)
	}
	if strings.Contains(b.get("/me").Body, `class="easy-read`) {
		t.Error("Easy Read is still on")
	}
	// A bad value is refused with a message; an outside return address is ignored.
	if resp := b.post("/settings/display", url.Values{"easy_read": {"maybe"}}); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Choose Easy Read on or off") {
		t.Errorf("easy_read=maybe: %d", resp.Status)
	}
	resp = b.post("/settings/display", url.Values{"easy_read": {"off"}, "return": {"//evil.example/"}})
	if resp.Location != "/settings/display?saved=1" {
		t.Errorf("return to another site: sent to %q", resp.Location)
	}
}

// newOIDCSite starts an OpenID Connect provider in this process and a site
// that signs in with it (and has no demo sign-in).
func newOIDCSite(t *testing.T) (*mockoidc.MockOIDC, *testSite) {
	t.Helper()
	provider, err := mockoidc.Run()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = provider.Shutdown() })
	cfg := provider.Config()
	return provider, newTestSite(t, config.Providers{OIDCIssuer: cfg.Issuer, OIDCClientID: cfg.ClientID, OIDCSecret: cfg.ClientSecret}, false)
}
