package e2e

import (
	"context"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/sitetest"
)

// A peer mentor helping someone new, in the browser, in plain English and
// in Easy Read, on a site of its own served on localhost (WebAuthn needs a
// domain name): the mentor makes an invite; the new member opens it in a
// tab of their own, whose device is Chromium's virtual authenticator
// (CTAP2, internal, resident keys, user verification), chooses a name and
// makes a passkey, and later signs in again with it.
type mentorStory struct {
	group     string // the path of the group the mentor joins for Sam
	site      *sitetest.Site
	mode      storyMode
	mentor    *walker
	moderator *walker
	organiser httpMember
	newcomer  *walker
	device    webauthn.AuthenticatorID
	link      string
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
		{"they-ask-the-mentor-for-help", s.askForHelp},
		{"they-let-the-mentor-help-with-groups-and-payments", s.givePermission},
		{"the-mentor-joins-a-group-and-records-a-payment-for-them", s.helpInGroup},
		{"they-read-the-log-and-take-permission-back", s.takeBack},
		{"the-mentor-is-refused-after", s.refusedAfter},
		{"a-way-back-in-approved-and-used", s.recover},
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
	s.mentor = newWalker(t, s.site.URL, storyRole(t, s.site, "mentor"), mode)
	s.moderator = newWalker(t, s.site.URL, storyRole(t, s.site, "moderator"), mode)
	s.organiser = httpMemberAt(t, s.site.URL, storyRole(t, s.site, "treasurer"))
	s.newcomer, s.device = newDeviceWalker(t, s.site.URL, mode)
	return s
}

// storyRole is the demo member who plays a part: "mentor" (approved and
// seeded through the actions), "moderator", "newcomer", and so on.
func storyRole(t *testing.T, site *sitetest.Site, role string) community.Person {
	t.Helper()
	for _, r := range demo.Roles(demo.DefaultSeed) {
		if r.Key == role {
			p, err := site.App.Store.Person(context.Background(), r.PersonID)
			if err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	t.Fatalf("no demo member plays %s", role)
	return community.Person{}
}

// newDeviceWalker opens a tab for someone who is not a member yet, signed
// in as nobody, whose device is a virtual authenticator.
func newDeviceWalker(t *testing.T, base string, mode storyMode) (*walker, webauthn.AuthenticatorID) {
	t.Helper()
	m := newSignedOutWalker(t, base, mode)
	ctx := m.ctx
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
	if n.easy {
		// Easy Read's profile form starts with its steps: Sam opens the
		// one with the name.
		n.click(t, "a", n.l.T("profile.name"), 200)
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
	mentor := storyRole(t, site, "mentor")
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

// askForHelp: Sam asks the mentor who invited them for help to find a
// group, and the mentor takes the request; both see it taken.
func (s *mentorStory) askForHelp(t *testing.T) {
	n, m := s.newcomer, s.mentor
	n.open(t, "/help/ask?mentor="+m.who.ID)
	if err := chromeClick(n.tab(t), "#what-find_group"); err != nil {
		t.Fatal(err)
	}
	fill(t, n.ctx, "words", "I would like to find a swimming group near me.")
	n.press(t, "/help/ask", 200)
	m.open(t, "/mentors")
	if m.easy {
		// Easy Read's mentors' page starts with its parts as buttons: the
		// mentor opens the requests waiting.
		if status := navigateBy(t, m.ctx, "open the requests waiting", chromedp.Click(chromedp.CSS(`main a[href="/mentors?part=open"]`))); status != 200 {
			t.Fatalf("opening the requests waiting: %d", status)
		}
		m.seen(t)
	}
	if got := eval[int](t, m.ctx, `document.querySelectorAll('main form[action^="/help/"][action$="/take"]').length`); got < 1 {
		t.Fatalf("the mentor sees no request to take; main says: %s", mainText(t, m.ctx))
	}
	if status := navigateBy(t, m.ctx, "take the request", chromedp.Click(chromedp.CSS(`main form[action^="/help/"][action$="/take"] button`))); status != 200 {
		t.Fatalf("taking the request: %d", status)
	}
	m.seen(t)
	n.open(t, "/help")
	if text := mainText(t, n.ctx); !strings.Contains(text, m.who.Name) {
		t.Errorf("Sam's help page does not say %s took the request: %s", m.who.Name, text)
	}
}

// givePermission: Sam lets the mentor join or leave groups and record
// payments for a week, reading first what that means for their money.
func (s *mentorStory) givePermission(t *testing.T) {
	n := s.newcomer
	page := "/permissions"
	if n.easy {
		page = "/permissions/give"
	}
	n.open(t, page)
	if text := mainText(t, n.ctx); !strings.Contains(text, n.l.T("permission.money.groups")) {
		t.Errorf("the permission form does not say what joining means for Sam's money: %s", text)
	}
	if err := chromedp.Do(n.tab(t), chromedp.SetValue(chromedp.ID("mentor"), s.mentor.who.ID)); err != nil {
		t.Fatal(err)
	}
	tick(t, n.ctx, "scope-groups")
	tick(t, n.ctx, "scope-payments")
	if err := chromeClick(n.ctx, "#length-week"); err != nil {
		t.Fatal(err)
	}
	n.press(t, "/permissions", 200)
	if text := mainText(t, n.ctx); !strings.Contains(text, n.l.T("permissions.take_back", s.mentor.who.Name)) {
		t.Errorf("after giving permission Sam cannot see how to take it back: %s", text)
	}
}

// helpInGroup: the mentor starts helping Sam, sees the banner, joins an
// open group for them and records that they paid £5.
func (s *mentorStory) helpInGroup(t *testing.T) {
	m := s.mentor
	g := startGroupOverHTTP(t, s.organiser.h, s.organiser.who, "Lido swimmers "+s.mode.name, true)
	s.group = g.path
	m.open(t, "/permissions")
	m.click(t, "button", m.l.T("permissions.help", s.newcomer.who.Name), 200)
	if banner := eval[string](t, m.ctx, `(b => b ? b.textContent : '')(document.querySelector('[role="region"], .helping-banner'))`); !strings.Contains(banner, s.newcomer.who.Name) {
		t.Errorf("no banner saying the mentor is helping %s: %q", s.newcomer.who.Name, banner)
	}
	m.open(t, s.group)
	// The group asks £5 a week for 10 weeks: the mentor reads what joining
	// promises for Sam before pressing the button.
	if want := m.l.T("group.join_means_for", s.newcomer.who.Name, community.Pence(50_00).Pounds()); !strings.Contains(mainText(t, m.ctx), want) {
		t.Errorf("the join form does not say %q; main says: %s", want, mainText(t, m.ctx))
	}
	m.click(t, "button", m.l.T("group.join"), 200)
	m.wantDone(t, s.group, "joined")
	// In Easy Read the group's start page offers the mentor only what
	// they may do for Sam: pay in, and leave.
	if tasks := eval[[]string](t, m.ctx, `[...document.querySelectorAll('main ul.tasks a')].map(a => a.getAttribute('href'))`); m.easy && !slices.Equal(tasks, []string{s.group + "/pay", s.group + "/leave"}) {
		t.Errorf("helping Sam, the mentor is offered the group's tasks %q, want only paying in and leaving", tasks)
	}
	m.pay(t, s.group, 5_00, "bank_transfer", "Week 1")
}

// takeBack: Sam reads in their log what the mentor did for them, and
// takes the permission back.
func (s *mentorStory) takeBack(t *testing.T) {
	n := s.newcomer
	n.open(t, "/")
	n.open(t, "/permissions")
	text := mainText(t, n.ctx)
	for _, want := range []string{" " + s.mentor.who.Name + " joined the ", "Lido swimmers"} {
		if !strings.Contains(text, want) {
			t.Errorf("Sam's log does not say %q: %s", want, text)
		}
	}
	n.click(t, "button", n.l.T("permissions.take_back", s.mentor.who.Name), 200)
}

// refusedAfter: the mentor, still on Sam's group page, records another
// payment, and is told they no longer may.
func (s *mentorStory) refusedAfter(t *testing.T) {
	m := s.mentor
	payPage := s.group // the plain group page has the form
	if m.easy {
		payPage += "/pay"
	}
	m.navigate(t, payPage, 200)
	fill(t, m.tab(t), "amount", "5.00", "method", "cash", "note", "Week 2")
	if got := pressForm(t, m.ctx, s.group+"/payments"); got != 403 {
		t.Fatalf("a payment after permission was taken back: status %d; main says: %s", got, mainText(t, m.ctx))
	}
	m.seen(t)
	if text := mainText(t, m.ctx); !strings.Contains(text, m.l.T("error.acting.no_live_permission")) {
		t.Errorf("the refusal does not say why: %s", text)
	}
	if status := navigateBy(t, m.ctx, "stop helping", chromedp.Click(chromedp.CSS(`form[action="/helping/stop"] button`))); status != 200 {
		t.Fatalf("stopping helping: %d", status)
	}
}

// recover: Sam gives the mentor "Help me get back in", then loses their
// phone; the mentor makes a way back in, a moderator approves it, and on
// a new phone Sam makes a new passkey and reads on their home page that
// it was made.
func (s *mentorStory) recover(t *testing.T) {
	n, m, mod := s.newcomer, s.mentor, s.moderator
	n.open(t, "/permissions/recovery")
	if err := chromedp.Do(n.tab(t), chromedp.SetValue(chromedp.ID("recovery_mentor"), m.who.ID)); err != nil {
		t.Fatal(err)
	}
	n.press(t, "/permissions/recovery", 200)

	m.open(t, "/permissions")
	m.click(t, "button", m.l.T("permissions.make_recovery", n.who.Name), 200)
	link := eval[string](t, m.ctx, `(a => a ? a.getAttribute('href') : '')(document.querySelector('main .notice a[href*="/invites/"]'))`)
	if !strings.HasPrefix(link, s.site.URL+"/invites/") {
		t.Fatalf("no link for the way back in; main says: %s", mainText(t, m.ctx))
	}
	invitePath := strings.TrimPrefix(link, s.site.URL)

	phone, device := newDeviceWalker(t, s.site.URL, s.mode)
	phone.who = n.who
	phone.navigate(t, invitePath, 410)
	phone.seen(t)

	mod.open(t, "/moderation")
	mod.click(t, "button", mod.l.T("moderation.approve_recovery", n.who.Name), 200)

	phone.open(t, invitePath)
	phone.press(t, invitePath, 200)
	if creds := passkeysOn(t, phone, device); len(creds) != 1 {
		t.Fatalf("the new phone holds %d passkeys, want 1", len(creds))
	}
	phone.open(t, "/")
	if text := mainText(t, phone.ctx); !strings.Contains(text, m.who.Name) || !strings.Contains(text, "Tell a moderator") {
		t.Errorf("Sam's home page does not say %s made a way back in: %s", m.who.Name, text)
	}
	// The old phone's sign-in ended.
	n.navigate(t, "/me", 200)
	if at := path(t, n.ctx); !strings.HasPrefix(at, "/signin") {
		t.Errorf("Sam's old phone is still signed in after the way back in: on %s", at)
	}
}
