package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/sitetest"
)

// plainMembers are demo members who are neither mentors nor the demo
// moderator, signed in, each in a browser of their own.
func plainMembers(t *testing.T, site *sitetest.Site, n int) ([]community.Person, []*browser) {
	t.Helper()
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var chosen []community.Person
	var browsers []*browser
	for _, p := range people {
		if _, err := site.App.Store.Mentor(t.Context(), p.ID); err == nil || p.ID == demo.ModeratorID(demo.DefaultSeed) || !p.Visible() {
			continue
		}
		b := &browser{t: t, c: site.Client()}
		if err := b.c.SignInAs(p.ID); err != nil {
			t.Fatal(err)
		}
		chosen, browsers = append(chosen, p), append(browsers, b)
		if len(chosen) == n {
			return chosen, browsers
		}
	}
	t.Fatalf("fewer than %d plain demo members", n)
	return nil, nil
}

// TestRecovery: a member gives a mentor "Help me get back in"; having lost
// their device, the mentor makes a recovery invite, which works only once a
// moderator approves it; on the member's new device it adds a passkey,
// ends every other sign-in, and leaves a notice on their home page. A
// mentor without the permission, a non-moderator approving, a moderator
// approving their own, and a used invite are each refused; a moderator can
// make a way back in for someone with no such permission.
func TestRecovery(t *testing.T) {
	site := sitetest.StartT(t, sitetest.Options{Localhost: true})
	people, browsers := plainMembers(t, site, 3)
	sam, mentorP, other := people[0], people[1], people[2]
	samOld, mentor := browsers[0], browsers[1]
	approveMentor(t, site, mentorP.ID)
	moderator := &browser{t: t, c: site.Client()}
	if err := moderator.c.SignInAs(demo.ModeratorID(demo.DefaultSeed)); err != nil {
		t.Fatal(err)
	}

	// Without "Help me get back in", the mentor cannot make one.
	noKey := mentor.must(mentor.c.Post("/invites/recovery", url.Values{"member": {other.ID}, "key": {site.App.Actions.FormKey(mentorP.ID, "recovery@"+other.ID)}}))
	if noKey.Status != http.StatusForbidden || !strings.Contains(noKey.Body, "has not given you") {
		t.Errorf("a recovery invite without permission: %d", noKey.Status)
	}
	if p := samOld.must(samOld.c.Submit("/permissions/recovery", "/permissions/recovery", url.Values{"mentor": {mentorP.ID}})); p.Status != http.StatusSeeOther {
		t.Fatalf("giving help to get back in: %d %s", p.Status, p.Body)
	}
	made := mentor.must(mentor.c.Submit("/permissions", "/invites/recovery", url.Values{"member": {sam.ID}}))
	m := inviteLink.FindStringSubmatch(made.Body)
	if made.Status != http.StatusOK || m == nil || !strings.Contains(made.Body, "It works once a moderator approves it") {
		t.Fatalf("the mentor making a way back in: %d %s", made.Status, made.Body)
	}
	token := m[1]
	newPhone := &browser{t: t, c: site.Client()}
	if p := newPhone.get("/invites/" + token); p.Status != http.StatusGone || !strings.Contains(p.Body, "moderator to approve it") {
		t.Errorf("a recovery invite before approval: %d", p.Status)
	}
	if p := newPhone.post("/invites/"+token+"/options", nil); p.Status == http.StatusOK {
		t.Error("passkey options for an invite not approved yet")
	}

	// Approval: never by a member, never by its maker.
	waiting, _ := site.App.Store.RecoveryInvitesWaiting(t.Context())
	if len(waiting) != 1 {
		t.Fatalf("%d recovery invites wait for approval, want 1", len(waiting))
	}
	approve := "/moderation/invites/" + waiting[0].ID + "/approve"
	if p := mentor.post(approve, url.Values{"key": {site.App.Actions.FormKey(mentorP.ID, "approve-recovery")}}); p.Status != http.StatusForbidden {
		t.Errorf("a mentor approving: %d", p.Status)
	}
	if p := moderator.get("/moderation"); !strings.Contains(p.Body, "For "+sam.Name+", made by "+mentorP.Name) {
		t.Errorf("the moderation page does not list the way back in for %s", sam.Name)
	}
	if p := moderator.must(moderator.c.Submit("/moderation", approve, nil)); p.Status != http.StatusSeeOther {
		t.Fatalf("approving: %d %s", p.Status, p.Body)
	}

	// Sam, on a new phone.
	device := sitetest.NewAuthenticator(site.URL)
	if p := newPhone.get("/invites/" + token); p.Status != http.StatusOK || !strings.Contains(p.Body, sam.Name+"&#39;s account") {
		t.Fatalf("the approved invite page: %d %s", p.Status, p.Body)
	}
	options := newPhone.post("/invites/"+token+"/options", nil)
	if options.Status != http.StatusOK {
		t.Fatalf("options: %d %s", options.Status, options.Body)
	}
	answer, err := device.Create(options.Body)
	if err != nil {
		t.Fatal(err)
	}
	if p := newPhone.post("/invites/"+token, url.Values{"credential": {answer}}); p.Status != http.StatusSeeOther {
		t.Fatalf("using the way back in: %d %s", p.Status, p.Body)
	}
	if p := newPhone.get("/me/passkeys"); p.Status != http.StatusOK || !strings.Contains(p.Body, "The passkey made to get back in") {
		t.Errorf("Sam's passkeys after getting back in: %d", p.Status)
	}
	home := newPhone.get("/")
	if !strings.Contains(home.Body, "made a way back in for you") || !strings.Contains(home.Body, "Not you? Tell a moderator") {
		t.Errorf("the home page does not tell Sam a way back in was made")
	}
	if p := samOld.get("/me"); p.Status == http.StatusOK {
		t.Error("Sam's old sign-in still works after getting back in")
	}
	if _, p := signInWithPasskey(t, site, device); p.Status != http.StatusSeeOther {
		t.Errorf("signing in with the new passkey: %d", p.Status)
	}
	stranger := &browser{t: t, c: site.Client()}
	if p := stranger.get("/invites/" + token); p.Status != http.StatusGone || !strings.Contains(p.Body, "used already") {
		t.Errorf("a used recovery invite: %d", p.Status)
	}

	// A moderator, having checked who they are, makes one for a member
	// who gave nobody permission: it works at once.
	direct := moderator.must(moderator.c.Submit("/people/"+other.ID, "/invites/recovery", nil))
	if m := inviteLink.FindStringSubmatch(direct.Body); direct.Status != http.StatusOK || m == nil {
		t.Fatalf("a moderator's way back in: %d %s", direct.Status, direct.Body)
	} else if p := stranger.get("/invites/" + m[1]); p.Status != http.StatusOK {
		t.Errorf("a moderator's way back in is not ready at once: %d", p.Status)
	}
}
