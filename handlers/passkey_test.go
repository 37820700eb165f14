package handlers_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/sitetest"
)

// passkeySite is the site served on localhost, where passkeys work, with
// a browser signed in as a demo member and a device for it.
func passkeySite(t *testing.T) (*sitetest.Site, *browser, *sitetest.Authenticator, string) {
	t.Helper()
	site := sitetest.StartT(t, sitetest.Options{Localhost: true})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, c: site.Client()}
	if err := b.c.SignInAs(people[0].ID); err != nil {
		t.Fatal(err)
	}
	return site, b, sitetest.NewAuthenticator(site.URL), people[0].ID
}

// makePasskey adds a passkey named name from the device, as the profile's
// form and its script do.
func makePasskey(t *testing.T, b *browser, device *sitetest.Authenticator, name string) page {
	t.Helper()
	options := b.post("/me/passkeys/options", url.Values{"name": {name}})
	if options.Status != http.StatusOK {
		t.Fatalf("passkey options: %d %s", options.Status, options.Body)
	}
	answer, err := device.Create(options.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b.post("/me/passkeys", url.Values{"name": {name}, "credential": {answer}})
}

// signInWithPasskey signs a new browser in with the device.
func signInWithPasskey(t *testing.T, site *sitetest.Site, device *sitetest.Authenticator) (*browser, page) {
	t.Helper()
	b := &browser{t: t, c: site.Client()}
	options := b.post("/passkeys/signin/options", nil)
	if options.Status != http.StatusOK {
		t.Fatalf("sign-in options: %d %s", options.Status, options.Body)
	}
	answer, err := device.Get(options.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b, b.post("/passkeys/signin", url.Values{"credential": {answer}})
}

// TestPasskeys: a member adds named passkeys from their profile, signs in
// with one, and removes one; a replayed, stale, forged or wrong-origin
// answer is refused in words and changes nothing.
func TestPasskeys(t *testing.T) {
	site, b, device, me := passkeySite(t)
	if p := b.get("/signin"); !strings.Contains(p.Body, `action="/passkeys/signin"`) {
		t.Fatal("the sign-in page on localhost offers no passkey")
	}

	// A name is needed first: the options are refused and the form says so.
	if p := b.post("/me/passkeys/options", url.Values{"name": {"  "}}); p.Status != http.StatusBadRequest {
		t.Errorf("options without a name: %d", p.Status)
	}
	if p := b.post("/me/passkeys", url.Values{"name": {""}}); p.Status != http.StatusBadRequest || !strings.Contains(p.Body, "Give the passkey a name") {
		t.Errorf("no name: %d %s", p.Status, p.Body)
	}
	// The script did not run: the form says passkeys need it, keeping the name.
	if p := b.post("/me/passkeys", url.Values{"name": {"My phone"}}); p.Status != http.StatusBadRequest ||
		!strings.Contains(p.Body, "need JavaScript") || !strings.Contains(p.Body, `value="My phone"`) {
		t.Errorf("no credential: %d", p.Status)
	}
	// The device said no.
	if p := b.post("/me/passkeys", url.Values{"name": {"My phone"}, "cancelled": {"NotAllowedError"}}); !strings.Contains(p.Body, "did not give a passkey") {
		t.Errorf("cancelled: %d", p.Status)
	}

	if p := makePasskey(t, b, device, "My phone"); p.Status != http.StatusSeeOther || p.Location != "/me/passkeys?done=added" {
		t.Fatalf("adding a passkey: %d %s", p.Status, p.Body)
	}
	if p := b.get("/me/passkeys"); !strings.Contains(p.Body, "My phone") || !strings.Contains(p.Body, "Remove My phone") {
		t.Fatalf("the passkey is not listed: %s", p.Body)
	}
	if p := makePasskey(t, b, device, "My tablet"); p.Status != http.StatusSeeOther {
		t.Fatalf("a second passkey: %d %s", p.Status, p.Body)
	}
	keys, err := site.App.Store.PasskeysOf(t.Context(), me)
	if err != nil || len(keys) != 2 || keys[0].Name != "My phone" || keys[1].Name != "My tablet" {
		t.Fatalf("passkeys saved = %+v, %v", keys, err)
	}

	// Sending the same answer again finds the ceremony over: nothing added.
	options := b.post("/me/passkeys/options", url.Values{"name": {"Spare"}})
	answer, _ := device.Create(options.Body)
	b.post("/me/passkeys", url.Values{"name": {"Spare"}, "credential": {answer}})
	if p := b.post("/me/passkeys", url.Values{"name": {"Spare"}, "credential": {answer}}); p.Status != http.StatusBadRequest || !strings.Contains(p.Body, "took too long") {
		t.Errorf("replayed creation: %d", p.Status)
	}
	if keys, _ := site.App.Store.PasskeysOf(t.Context(), me); len(keys) != 3 {
		t.Errorf("after a replay there are %d passkeys, want 3", len(keys))
	}

	// Signing in with the newest passkey.
	signedIn, p := signInWithPasskey(t, site, device)
	if p.Status != http.StatusSeeOther {
		t.Fatalf("passkey sign-in: %d %s", p.Status, p.Body)
	}
	if p := signedIn.get("/me/passkeys"); p.Status != http.StatusOK || !strings.Contains(p.Body, "Spare") {
		t.Fatalf("not signed in as the passkey's owner: %d", p.Status)
	}

	refused := func(what string, p page) {
		t.Helper()
		if p.Status != http.StatusBadRequest || !strings.Contains(p.Body, "did not prove it is yours") {
			t.Errorf("%s: %d, want a refusal in words", what, p.Status)
		}
	}
	// A challenge from an earlier ceremony.
	stranger := &browser{t: t, c: site.Client()}
	old := stranger.post("/passkeys/signin/options", nil)
	stranger.post("/passkeys/signin/options", nil)
	oldAnswer, _ := device.Get(old.Body)
	refused("an old challenge", stranger.post("/passkeys/signin", url.Values{"credential": {oldAnswer}}))
	// Another origin.
	device.Origin = "http://evil.example"
	_, p = signInWithPasskey(t, site, device)
	refused("another origin", p)
	device.Origin = site.URL
	// Another member's user handle with this member's passkey.
	device.UserHandle = []byte("someone-else")
	_, p = signInWithPasskey(t, site, device)
	refused("another user", p)
	device.UserHandle = nil
	// No answer: the page says why.
	if p := stranger.post("/passkeys/signin", url.Values{"credential": {""}}); p.Status != http.StatusBadRequest || !strings.Contains(p.Body, "need JavaScript") {
		t.Errorf("sign-in without the script: %d", p.Status)
	}
	if p := stranger.get("/me"); p.Status == http.StatusOK {
		t.Error("a refused sign-in signed someone in")
	}

	// Removing the passkey the device last used: it signs nobody in now.
	keys, _ = site.App.Store.PasskeysOf(t.Context(), me)
	if p := b.post("/me/passkeys/"+keys[2].ID+"/remove", nil); p.Status != http.StatusSeeOther {
		t.Fatalf("removing: %d", p.Status)
	}
	_, p = signInWithPasskey(t, site, device)
	refused("a removed passkey", p)
}

// TestPasskeysOffOnAnIPAddress: where BASE_URL is an IP address, WebAuthn
// cannot work, so no page offers passkeys and their routes are not there.
func TestPasskeysOffOnAnIPAddress(t *testing.T) {
	var logged bytes.Buffer
	site := sitetest.StartT(t, sitetest.Options{Log: slog.New(slog.NewTextHandler(&logged, nil))})
	if !strings.Contains(logged.String(), "passkeys are off") {
		t.Errorf("the log does not say passkeys are off:\n%s", logged.String())
	}
	b := &browser{t: t, c: site.Client()}
	if p := b.get("/signin"); strings.Contains(p.Body, `action="/passkeys/signin"`) || strings.Contains(p.Body, "Sign in with a passkey") {
		t.Error("the sign-in page offers passkeys on an IP address")
	}
	if p := b.post("/passkeys/signin/options", nil); p.Status != http.StatusNotFound {
		t.Errorf("passkey options on an IP address: %d", p.Status)
	}
}
