package handlers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/store"
)

// TestOnlyModeratorsModerate: a member who is not a moderator, on every
// moderation route (with a key of their own, so nothing but being a
// moderator is missing), gets 403 and words saying only moderators can do
// it, and nothing changes: no report dealt with, no message hidden, nobody
// suspended, no check or approval given or withdrawn, no line logged.
func TestOnlyModeratorsModerate(t *testing.T) {
	people := plainDemo(3)
	ana, ben, mod := people[0], people[1], people[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	a, b := site.browser(t), site.browser(t)
	a.signInAs(ana)
	b.signInAs(ben)
	a.submit("/people/"+ben.ID, "/people/"+ben.ID+"/hello", nil)
	b.submit("/people/"+ana.ID, "/people/"+ana.ID+"/hello", nil)
	a.submit("/messages/"+ben.ID, "/messages/"+ben.ID, url.Values{"text": {"Hello there"}})
	msgs, _ := site.Store.Thread(t.Context(), ana.ID, ben.ID)
	b.submit("/report?kind=message&id="+msgs[0].ID, "/report", url.Values{"reason": {"unkind"}})
	open, _ := site.Store.OpenReports(t.Context())
	if len(open) != 1 {
		t.Fatalf("%d reports open, want 1", len(open))
	}
	report := open[0].ID
	provider := createProvider(t, a)
	approved, _ := site.Store.Mentors(t.Context(), true)
	mentor := approved[0].PersonID

	state := func() string {
		r, _ := site.Store.Report(t.Context(), report)
		m, _ := site.Store.Message(t.Context(), msgs[0].ID)
		p, _ := site.Store.Person(t.Context(), ana.ID)
		pr, _ := site.Store.Provider(t.Context(), provider)
		me, _ := site.Store.Mentor(t.Context(), mentor)
		log, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{}, 0, 100)
		return fmt.Sprint(r.Open(), m.Hidden(), p.Suspended(), pr.Verified(), me.Approved(), len(log))
	}
	before := state()
	key := func(form string) url.Values { return url.Values{"key": {site.Actions.FormKey(ben.ID, form)}} }
	for _, tc := range []struct {
		method, path string
		form         url.Values
	}{
		{"GET", "/moderation", nil},
		{"GET", "/moderation/log", nil},
		{"GET", "/moderation/mentors/" + mentor, nil},
		{"POST", "/moderation/reports/" + report + "/dismiss", key("dismiss")},
		{"POST", "/moderation/reports/" + report + "/hide", key("hide")},
		{"POST", "/moderation/people/" + ana.ID + "/suspend", merged(key("suspend"), url.Values{"report": {report}})},
		{"POST", "/moderation/mentors/" + mentor + "/approve", merged(key("mentor-approve"), url.Values{"checks": {"met them"}})},
		{"POST", "/moderation/mentors/" + mentor + "/unapprove", key("mentor-unapprove")},
		{"POST", "/moderation/providers/" + provider + "/unverify", key("unverify")},
		{"POST", "/providers/" + provider + "/verify", key("verify")},
		{"POST", "/moderation/invites/any/approve", key("approve-recovery")},
	} {
		var resp page
		if tc.method == "GET" {
			resp = b.get(tc.path)
		} else {
			resp = b.post(tc.path, tc.form)
		}
		wantIn(t, tc.method+" "+tc.path+" by a member who is not a moderator", resp, http.StatusForbidden,
			"Only moderators can see or do this, so nothing was changed.")
		if now := state(); now != before {
			t.Errorf("%s %s by a member who is not a moderator changed %s to %s", tc.method, tc.path, before, now)
		}
	}
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	wantIn(t, "the moderation page in Easy Read, by a member", b.get("/moderation"), http.StatusForbidden, "Only moderators can do this. Nothing changed.")
}

// TestASuspendedMemberIsToldWhyInEasyRead: suspending a member who reads
// Easy Read ends every sign-in of theirs at once (on each device), and
// signing in again shows them, in Easy Read, why they cannot use the
// site, on every page; they can still sign out.
func TestASuspendedMemberIsToldWhyInEasyRead(t *testing.T) {
	var easy community.Person
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() && p.Display.EasyRead {
			easy = p
			break
		}
	}
	mod := plainDemo(1)[0]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	phone, laptop, m := site.browser(t), site.browser(t), site.browser(t)
	phone.signInAs(easy)
	laptop.signInAs(easy)
	m.signInAs(mod)
	if resp := phone.get("/me"); resp.Status != http.StatusOK {
		t.Fatalf("before: /me answered %d", resp.Status)
	}
	if resp := m.post("/moderation/people/"+easy.ID+"/suspend", url.Values{"key": {site.Actions.FormKey(mod.ID, "suspend")}, "note": {"threats"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("suspending: %d", resp.Status)
	}
	for name, br := range map[string]*browser{"phone": phone, "laptop": laptop} {
		if resp := br.get("/me"); resp.Status != http.StatusSeeOther {
			t.Errorf("the suspended member's sign-in on the %s still works: /me answered %d", name, resp.Status)
		}
	}
	phone.signInAs(easy)
	for _, path := range []string{"/", "/me", "/messages", "/groups"} {
		wantIn(t, "a suspended Easy Read member opening "+path, phone.get(path), http.StatusForbidden,
			"You cannot use the site now", "A moderator stopped your account. Ask someone who helps you to talk to us.")
	}
	if resp := phone.post("/signout", nil); resp.Status != http.StatusSeeOther {
		t.Errorf("a suspended member signing out: %d", resp.Status)
	}
	log, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{Action: "suspend"}, 0, 20)
	if len(log) != 1 || log[0].Target != easy.ID || log[0].Note != "threats" {
		t.Errorf("the log of the suspension: %+v", log)
	}
}
