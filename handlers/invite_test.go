package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/sitetest"
)

var inviteLink = regexp.MustCompile(`/invites/([A-Za-z0-9_-]{20,})/qr\.png`)

// approveMentor makes a demo member an approved mentor, as a moderator
// would, straight in the store: the mentors' own pages are tested apart.
func approveMentor(t *testing.T, site *sitetest.Site, id string) {
	t.Helper()
	st := site.App.Store
	if _, err := st.OfferMentor(t.Context(), community.Mentor{PersonID: id, HelpWith: []string{"sign_up"}, FreeTimes: 1,
		Languages: []string{"English"}, Why: "I was helped once.", Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ApproveMentor(t.Context(), id, "moderator", "Met in person", time.Time{}); err != nil {
		t.Fatal(err)
	}
}

// TestInvites: an approved mentor makes a one-time invite (a link and a QR
// code); a new member opens it on their own device, chooses a name, makes
// a passkey and is signed in; the link then works for nobody else. A
// forged, used or expired invite, or one opened while signed in, is
// refused in words.
func TestInvites(t *testing.T) {
	site, mentor, _, mentorID := passkeySite(t)
	if p := mentor.get("/invites"); p.Status != http.StatusForbidden || !strings.Contains(p.Body, "Only approved peer mentors") {
		t.Fatalf("a member who is not a mentor opened /invites: %d", p.Status)
	}
	approveMentor(t, site, mentorID)
	page := mentor.get("/invites")
	form, ok := sitetest.FindForm(page.Body, "/invites", nil)
	if !ok {
		t.Fatal("no form to make an invite")
	}
	form.Hidden.Set("note", "Sam")
	made := mentor.post("/invites", form.Hidden)
	m := inviteLink.FindStringSubmatch(made.Body)
	if made.Status != http.StatusOK || m == nil || !strings.Contains(made.Body, site.URL+"/invites/"+m[1]) {
		t.Fatalf("making an invite: %d %s", made.Status, made.Body)
	}
	token := m[1]
	// The same form sent again shows the same invite, made once.
	if again := inviteLink.FindStringSubmatch(mentor.post("/invites", form.Hidden).Body); again == nil || again[1] != token {
		t.Errorf("sending the form again made another invite: %v", again)
	}
	if list, _ := site.App.Store.InvitesBy(t.Context(), mentorID); len(list) != 1 || list[0].Note != "Sam" {
		t.Errorf("invites saved: %+v", list)
	}
	if qr := mentor.get("/invites/" + token + "/qr.png"); qr.Status != http.StatusOK || qr.Header.Get("Content-Type") != "image/png" || !strings.HasPrefix(qr.Body, "\x89PNG") {
		t.Errorf("QR code: %d %s", qr.Status, qr.Header.Get("Content-Type"))
	}
	// The mentor is signed in: the invite is not for them.
	if p := mentor.get("/invites/" + token); p.Status != http.StatusConflict || !strings.Contains(p.Body, "You are signed in as") {
		t.Errorf("invite opened while signed in: %d", p.Status)
	}

	newcomer := &browser{t: t, c: site.Client()}
	device := sitetest.NewAuthenticator(site.URL)
	p := newcomer.get("/invites/" + token)
	if p.Status != http.StatusOK || !strings.Contains(p.Body, "a peer mentor, made this invite for you") || !strings.Contains(p.Body, "make a passkey on this phone or computer") {
		t.Fatalf("the invite page: %d %s", p.Status, p.Body)
	}
	if p := newcomer.post("/invites/"+token, url.Values{"name": {"Sa\u202Em"}}); p.Status != http.StatusBadRequest || !strings.Contains(p.Body, "hidden character") {
		t.Errorf("a name with a direction override: %d", p.Status)
	}
	options := newcomer.post("/invites/"+token+"/options", url.Values{"name": {"Sam"}})
	if options.Status != http.StatusOK {
		t.Fatalf("invite options: %d %s", options.Status, options.Body)
	}
	answer, err := device.Create(options.Body)
	if err != nil {
		t.Fatal(err)
	}
	joined := newcomer.post("/invites/"+token, url.Values{"name": {"Sam"}, "credential": {answer}})
	if joined.Status != http.StatusSeeOther || joined.Location != "/me/edit" {
		t.Fatalf("joining: %d %s", joined.Status, joined.Body)
	}
	if p := newcomer.get("/me/edit"); p.Status != http.StatusOK || !strings.Contains(p.Body, `value="Sam"`) {
		t.Errorf("the new member is not signed in to fill in their profile: %d", p.Status)
	}

	// Used: for anyone else, the link is spent.
	other := &browser{t: t, c: site.Client()}
	if p := other.get("/invites/" + token); p.Status != http.StatusGone || !strings.Contains(p.Body, "used already") {
		t.Errorf("a used invite: %d", p.Status)
	}
	if p := other.post("/invites/"+token+"/options", url.Values{"name": {"Kim"}}); p.Status != http.StatusGone {
		t.Errorf("options for a used invite: %d", p.Status)
	}
	// Signing in again with the passkey made on the new member's device.
	again, p := signInWithPasskey(t, site, device)
	if p.Status != http.StatusSeeOther {
		t.Fatalf("the new member signing in again: %d %s", p.Status, p.Body)
	}
	if p := again.get("/me/edit"); !strings.Contains(p.Body, `value="Sam"`) {
		t.Error("signed in again as someone other than Sam")
	}

	// Forged and expired links.
	if p := other.get("/invites/made-up-token-that-is-long"); p.Status != http.StatusNotFound || !strings.Contains(p.Body, "This invite link is not right") {
		t.Errorf("a forged invite: %d", p.Status)
	}
	old := "an-old-invite-token-000000"
	if _, err := site.App.Store.CreateInvite(t.Context(), community.Invite{ID: community.InviteID(old), Kind: community.InviteNewMember,
		By: mentorID, MadeAt: time.Now().Add(-8 * 24 * time.Hour), Expires: time.Now().Add(-24 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if p := other.get("/invites/" + old); p.Status != http.StatusGone || !strings.Contains(p.Body, "run out") {
		t.Errorf("an expired invite: %d", p.Status)
	}
	if p := other.post("/invites/"+old, url.Values{"name": {"Kim"}, "credential": {answer}}); p.Status != http.StatusGone {
		t.Errorf("joining with an expired invite: %d", p.Status)
	}
}

// TestInviteAndPasskeyRefusalsInEasyRead: each refusal of an invite or a
// passkey is said in Easy Read to a visitor who reads it.
func TestInviteAndPasskeyRefusalsInEasyRead(t *testing.T) {
	site, mentor, device, mentorID := passkeySite(t)
	approveMentor(t, site, mentorID)
	made := mentor.must(mentor.c.Submit("/invites", "/invites", nil))
	token := inviteLink.FindStringSubmatch(made.Body)[1]
	old := "an-old-invite-token-111111"
	if _, err := site.App.Store.CreateInvite(t.Context(), community.Invite{ID: community.InviteID(old), Kind: community.InviteNewMember,
		By: mentorID, MadeAt: time.Now().Add(-8 * 24 * time.Hour), Expires: time.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	waiting := "a-waiting-recovery-token-1"
	if _, err := site.App.Store.CreateInvite(t.Context(), community.Invite{ID: community.InviteID(waiting), Kind: community.InviteRecovery,
		By: mentorID, For: mentorID, MadeAt: time.Now(), Expires: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	easy := &browser{t: t, c: site.Client()}
	easy.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	catalogue, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	words := catalogue.For(true)
	says := func(what string, p page, key string) {
		t.Helper()
		if want := words.T(key); !strings.Contains(p.Body, want) {
			t.Errorf("%s: the page does not say %q in Easy Read (status %d)", what, want, p.Status)
		}
	}
	says("a forged invite", easy.get("/invites/not-a-real-invite-token-at-all"), "error.invite.not_found")
	says("an expired invite", easy.get("/invites/"+old), "error.invite.expired")
	says("a recovery invite not approved", easy.get("/invites/"+waiting), "error.invite.not_approved")
	says("no passkey sent", easy.post("/passkeys/signin", url.Values{"credential": {""}}), "error.passkey.no_script")
	makePasskey(t, mentor, device, "My phone")
	device.Origin = "http://evil.example"
	options := easy.post("/passkeys/signin/options", nil)
	answer, err := device.Get(options.Body)
	if err != nil {
		t.Fatal(err)
	}
	says("another origin", easy.post("/passkeys/signin", url.Values{"credential": {answer}}), "error.passkey.refused")
	mentor.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	says("an invite while signed in", mentor.get("/invites/"+token), "error.invite.signed_in")
}
