package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/store"
)

// TestWithdrawingChecks: from the moderation page a moderator withdraws
// a provider's check and a mentor's approval (each form sent twice does
// it once and logs it once); the provider's page then says it is not
// checked, and the mentor is no longer approved.
func TestWithdrawingChecks(t *testing.T) {
	people := plainDemo(3)
	owner, mod := people[0], people[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	o, m := site.browser(t), site.browser(t)
	o.signInAs(owner)
	m.signInAs(mod)
	id := createProvider(t, o)
	if resp := m.submit("/moderation", "/providers/"+id+"/verify", url.Values{"return": {"/moderation"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("verifying: %d", resp.Status)
	}
	unverify := "/moderation/providers/" + id + "/unverify"
	form := m.form("/moderation", unverify, nil, url.Values{"note": {"the charity closed"}})
	for range 2 {
		if resp := m.post(unverify, form); resp.Status != http.StatusSeeOther || resp.Location != "/moderation?done=unverified" {
			t.Fatalf("withdrawing the check (twice): %d to %q", resp.Status, resp.Location)
		}
	}
	wantIn(t, "after withdrawing the check", m.get("/moderation?done=unverified"), http.StatusOK, "no longer shows the badge")
	if page := o.get("/providers/" + id).Body; !strings.Contains(page, "Not checked yet") {
		t.Error("the provider's page still shows it as checked")
	}
	if p, _ := site.Store.Provider(t.Context(), id); p.Verified() {
		t.Errorf("the provider is still verified: %+v", p)
	}

	mentors, _ := site.Store.Mentors(t.Context(), true)
	if len(mentors) == 0 {
		t.Fatal("the demo has no approved mentor")
	}
	mentor := mentors[0].PersonID
	unapprove := "/moderation/mentors/" + mentor + "/unapprove"
	form = m.form("/moderation", unapprove, nil, nil)
	for range 2 {
		if resp := m.post(unapprove, form); resp.Status != http.StatusSeeOther || resp.Location != "/moderation?done=mentor_unapproved" {
			t.Fatalf("withdrawing the approval (twice): %d to %q", resp.Status, resp.Location)
		}
	}
	if got, _ := site.Store.Mentor(t.Context(), mentor); got.Approved() {
		t.Error("the mentor is still approved")
	}
	if _, has := m.hasForm("/moderation", unapprove); has {
		t.Error("the moderation page still offers to withdraw the approval")
	}
	log, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{By: mod.ID}, 0, 20)
	if len(log) != 3 || log[0].Action != "mentor_unapprove" || log[0].Target != mentor || log[1].Action != "unverify" || log[1].Note != "the charity closed" {
		t.Errorf("the log: %+v", log)
	}
}
