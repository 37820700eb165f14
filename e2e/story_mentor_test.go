package e2e

import (
	"context"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// A peer mentor helping someone new, in the browser, in plain English and
// in Easy Read, on a site of its own served on localhost (WebAuthn needs a
// domain name): the mentor makes an invite; the new member opens it in a
// tab of their own, whose device is Chromium's virtual authenticator
// (CTAP2, internal, resident keys, user verification), chooses a name and
// makes a passkey, and later signs in again with it.
type mentorStory struct {
	site     *sitetest.Site
	mode     storyMode
	mentor   *walker
	newcomer *walker
	device   webauthn.AuthenticatorID
	link     string
}

// TestMentorStory walks the mentor's story in both modes at once.
func TestMentorStory(t *testing.T) {
	t.Parallel()
	for _, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := newMentorStory(t, mode)
			runStory(t, s.steps())
		})
	}
}

func (s *mentorStory) steps() []storyStep {
	return []storyStep{
		{"the-mentor-makes-an-invite", s.invite},
		{"the-new-member-signs-up-with-a-passkey", s.signUp},
		{"they-sign-in-again-with-it", s.signInAgain},
	}
}

// storySite starts a site of its own on localhost, where passkeys work.
func storySite(t *testing.T) *sitetest.Site {
	t.Helper()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	return sitetest.StartT(t, sitetest.Options{Localhost: true, Log: log})
}

func newMentorStory(t *testing.T, mode storyMode) *mentorStory {
	t.Helper()
	s := &mentorStory{site: storySite(t), mode: mode}
	mentor := storyMentor(t, s.site)
	s.mentor = newWalker(t, s.site.URL, mentor, mode)
	s.newcomer, s.device = newDeviceWalker(t, s.site.URL, mode)
	return s
}

// storyMentor is an approved mentor of the site's demo members.
func storyMentor(t *testing.T, site *sitetest.Site) community.Person {
	t.Helper()
	people, err := site.App.Store.DemoPeople(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(people, func(p community.Person) bool { return p.Visible() && p.HasProfile() })
	st := site.App.Store
	if _, err := st.OfferMentor(context.Background(), community.Mentor{PersonID: people[i].ID, HelpWith: []string{"sign_up", "find_group"},
		FreeTimes: people[i].FreeTimes | 1, Languages: []string{"English"}, Why: "Someone helped me start.", Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ApproveMentor(context.Background(), people[i].ID, "moderator", "Met in person at the library", time.Time{}); err != nil {
		t.Fatal(err)
	}
	return people[i]
}

// newDeviceWalker opens a tab for someone who is not a member yet, signed
// in as nobody, whose device is a virtual authenticator.
func newDeviceWalker(t *testing.T, base string, mode storyMode) (*walker, webauthn.AuthenticatorID) {
	t.Helper()
	tab, closeTab := chromedp.NewContext(suite.browser, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(tab); err != nil {
		closeTab()
		t.Fatalf("open a tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, storyTabFor)
	t.Cleanup(func() { cancel(); closeTab() })
	m := &walker{base: base, ctx: ctx, easy: mode.easy == "on", l: storyWords(t, mode.easy == "on"),
		shots: map[*testing.T]bool{}, missing: map[string]bool{}}
	if _, err := chromedp.Call(ctx, webauthn.Enable, webauthn.EnableParams{}); err != nil {
		t.Fatalf("turn on WebAuthn in the tab: %v", err)
	}
	added, err := chromedp.Call(ctx, webauthn.AddVirtualAuthenticator, webauthn.AddVirtualAuthenticatorParams{Options: &webauthn.VirtualAuthenticatorOptions{
		Protocol: webauthn.AuthenticatorProtocolCtap2, Transport: webauthn.AuthenticatorTransportInternal,
		HasResidentKey: true, HasUserVerification: true, IsUserVerified: true, AutomaticPresenceSimulation: true,
	}})
	if err != nil {
		t.Fatalf("add a virtual authenticator: %v", err)
	}
	m.display(t, mode.easy)
	return m, added.AuthenticatorID
}

// passkeysOn counts the passkeys the virtual device holds.
func passkeysOn(t *testing.T, m *walker, device webauthn.AuthenticatorID) []*webauthn.Credential {
	t.Helper()
	got, err := chromedp.Call(m.ctx, webauthn.GetCredentials, webauthn.GetCredentialsParams{AuthenticatorID: device})
	if err != nil {
		t.Fatalf("read the virtual device's passkeys: %v", err)
	}
	return got.Credentials
}

// invite: the mentor makes an invite for Sam, and the page shows its QR
// code and its link, once.
func (s *mentorStory) invite(t *testing.T) {
	m := s.mentor
	m.open(t, "/invites")
	fill(t, m.tab(t), "note", "Sam")
	m.press(t, "/invites", 200)
	s.link = eval[string](t, m.ctx, `(a => a ? a.getAttribute('href') : '')(document.querySelector('main .notice a[href*="/invites/"]'))`)
	if !strings.HasPrefix(s.link, s.site.URL+"/invites/") {
		t.Fatalf("the invite's link is %q; main says: %s", s.link, mainText(t, m.ctx))
	}
	if !eval[bool](t, m.ctx, `(i => !!i && i.complete && i.naturalWidth > 100 && i.alt !== '')(document.querySelector('main img[src$="/qr.png"]'))`) {
		t.Error("the invite's QR code is not shown, or has no words for it")
	}
	if !strings.Contains(mainText(t, m.ctx), "Sam") {
		t.Error("the invites the mentor made do not list the one for Sam")
	}
}

// signUp: the new member opens the link, reads that they will make a
// passkey on their own device, chooses a name and makes it; they land on
// their profile to fill in.
func (s *mentorStory) signUp(t *testing.T) {
	n := s.newcomer
	n.open(t, strings.TrimPrefix(s.link, s.site.URL))
	text := mainText(t, n.ctx)
	for _, want := range []string{n.l.T("invite.from", s.mentor.who.Name), strings.Split(n.l.T("invite.passkey"), ".")[0]} {
		if !strings.Contains(text, want) {
			t.Errorf("the invite page does not say %q; it says: %s", want, text)
		}
	}
	fill(t, n.tab(t), "name", "Sam Newcomer")
	n.press(t, strings.TrimPrefix(s.link, s.site.URL), 200)
	if at := path(t, n.ctx); at != "/me/edit" {
		t.Fatalf("after signing up Sam is on %s; main says: %s", at, mainText(t, n.ctx))
	}
	n.who.Name = "Sam Newcomer"
	if creds := passkeysOn(t, n, s.device); len(creds) != 1 || !creds[0].IsResidentCredential {
		t.Fatalf("the device holds %d passkeys, want one resident passkey", len(creds))
	}
	// The link is spent.
	n.navigate(t, strings.TrimPrefix(s.link, s.site.URL), 410)
}

// signInAgain: Sam signs out and in again with the passkey.
func (s *mentorStory) signInAgain(t *testing.T) {
	n := s.newcomer
	if status := navigateBy(t, n.tab(t), "sign out", chromedp.Click(chromedp.CSS(`form[action="/signout"] button`))); status != 200 {
		t.Fatalf("signing out: %d", status)
	}
	n.open(t, "/signin")
	n.press(t, "/passkeys/signin", 200)
	if at := path(t, n.ctx); at != "/me/edit" {
		t.Fatalf("after signing in with the passkey Sam is on %s; main says: %s", at, mainText(t, n.ctx))
	}
	if !strings.Contains(eval[string](t, n.ctx, `document.getElementById('name').value`), "Sam Newcomer") {
		t.Error("signed in with the passkey, but not as Sam")
	}
}

// TestInviteSignUpByKeyboard: someone who uses no mouse signs up from an
// invite with the keyboard alone: the skip link, Tab to the name, type it,
// Tab to the button, Enter, and the passkey is made.
func TestInviteSignUpByKeyboard(t *testing.T) {
	t.Parallel()
	site := storySite(t)
	mentor := storyMentor(t, site)
	h := site.Client()
	if err := h.SignInAs(mentor.ID); err != nil {
		t.Fatal(err)
	}
	made, err := h.Submit("/invites", "/invites", nil)
	if err != nil {
		t.Fatal(err)
	}
	link := inviteLinkRe.FindString(made.Body)
	if link == "" {
		t.Fatalf("no invite link on the page: %d", made.Status)
	}
	n, device := newDeviceWalker(t, site.URL, storyModes[0])
	n.navigate(t, link, 200)
	k := &keyboard{t: t, ctx: n.tab(t), noFocus: map[string]bool{}}
	k.skipToMain()
	k.tabTo("#name")
	k.press("Kim")
	k.tabTo(`form[data-passkey] button[type="submit"]`)
	if status := k.follow(kb.Enter); status != 200 {
		t.Fatalf("pressing Enter on the button: %d", status)
	}
	if at := path(t, n.ctx); at != "/me/edit" {
		t.Fatalf("after signing up by keyboard Kim is on %s; main says: %s", at, mainText(t, n.ctx))
	}
	if creds := passkeysOn(t, n, device); len(creds) != 1 {
		t.Fatalf("the device holds %d passkeys, want 1", len(creds))
	}
}

// inviteLinkRe finds an invite's path on the page that made it.
var inviteLinkRe = regexp.MustCompile(`/invites/[A-Za-z0-9_-]{20,}`)
