package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/store"
)

// TestHidingAReportedMessage: a moderator hides a reported message from
// the queue (the form sent twice hides it once and logs it once); both
// people in the conversation then see that a moderator removed it, in
// plain words and in Easy Read, and the report is dealt with. Any other
// action on that report then says so and changes nothing.
func TestHidingAReportedMessage(t *testing.T) {
	people := plainDemo(3)
	ana, ben, mod := people[0], people[1], people[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	a, b, m := site.browser(t), site.browser(t), site.browser(t)
	a.signInAs(ana)
	b.signInAs(ben)
	m.signInAs(mod)
	a.submit("/people/"+ben.ID, "/people/"+ben.ID+"/hello", nil)
	b.submit("/people/"+ana.ID, "/people/"+ana.ID+"/hello", nil)
	if resp := a.submit("/messages/"+ben.ID, "/messages/"+ben.ID, url.Values{"text": {"Send me £50 tonight"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("sending: %d", resp.Status)
	}
	msgs, _ := site.Store.Thread(t.Context(), ana.ID, ben.ID)
	if resp := b.submit("/report?kind=message&id="+msgs[0].ID, "/report", url.Values{"reason": {"money"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting: %d", resp.Status)
	}
	open, _ := site.Store.OpenReports(t.Context())
	if len(open) != 1 {
		t.Fatalf("%d reports open, want 1", len(open))
	}
	id := open[0].ID
	hide := "/moderation/reports/" + id + "/hide"
	if resp := b.post(hide, url.Values{"key": {site.Actions.FormKey(ben.ID, "hide")}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member who is not a moderator hiding a message: %d", resp.Status)
	}
	form := m.form("/moderation", hide, nil, url.Values{"note": {"asked for money"}})
	for range 2 {
		if resp := m.post(hide, form); resp.Status != http.StatusSeeOther || resp.Location != "/moderation?done=hidden" {
			t.Fatalf("hiding (the same form twice): %d to %q", resp.Status, resp.Location)
		}
	}
	if page := m.get("/moderation?done=hidden").Body; !strings.Contains(page, "It is hidden") || strings.Contains(page, hide) {
		t.Error("the queue does not say the message is hidden, or still offers the report")
	}
	for name, br := range map[string]*browser{"the sender": a, "the one it was sent to": b} {
		other := ben.ID
		if br == b {
			other = ana.ID
		}
		page := br.get("/messages/" + other).Body
		if strings.Contains(page, "Send me £50") || !strings.Contains(page, "This message was removed by a moderator.") {
			t.Errorf("%s still sees the hidden message, or not that a moderator removed it", name)
		}
		if list := br.get("/messages").Body; strings.Contains(list, "Send me £50") {
			t.Errorf("%s still sees the hidden message on the list of messages", name)
		}
	}
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	if page := b.get("/messages/" + ana.ID).Body; !strings.Contains(page, "A moderator took this message away.") {
		t.Error("in Easy Read the thread does not say a moderator took the message away")
	}
	kept, _ := site.Store.Message(t.Context(), msgs[0].ID)
	if !kept.Hidden() || kept.HiddenBy != mod.ID || kept.Text != "Send me £50 tonight" {
		t.Errorf("the message kept: %+v", kept)
	}
	r, _ := site.Store.Report(t.Context(), id)
	if r.Open() || r.HandledAs != "hide" || r.HandledBy != mod.ID {
		t.Errorf("the report after hiding: %+v", r)
	}
	log, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{By: mod.ID}, 0, 20)
	if len(log) != 1 || log[0].Action != "hide" || log[0].Report != id || log[0].Note != "asked for money" {
		t.Fatalf("the log after hiding twice: %+v", log)
	}

	// Acting on the report again, another way, is refused in words.
	for what, path := range map[string]string{"dismissing": "/moderation/reports/" + id + "/dismiss", "suspending": "/moderation/people/" + ana.ID + "/suspend"} {
		form := url.Values{"key": {site.Actions.FormKey(mod.ID, "dismiss")}, "report": {id}}
		if what == "suspending" {
			form.Set("key", site.Actions.FormKey(mod.ID, "suspend"))
		}
		wantIn(t, what+" a report already dealt with", m.post(path, form), http.StatusConflict,
			"This report is already dealt with", "A moderator has already dealt with this report, so nothing was changed.")
	}
	m.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	wantIn(t, "in Easy Read, dismissing a report already dealt with",
		m.post("/moderation/reports/"+id+"/dismiss", url.Values{"key": {site.Actions.FormKey(mod.ID, "dismiss")}}), http.StatusConflict,
		"Someone already dealt with this report. Nothing changed.")
	if r2, _ := site.Store.Report(t.Context(), id); r2 != r {
		t.Errorf("the report changed: %+v, was %+v", r2, r)
	}
	if p, _ := site.Store.Person(t.Context(), ana.ID); p.Suspended() {
		t.Error("suspending from a report already dealt with suspended the member")
	}
	if after, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{By: mod.ID}, 0, 20); len(after) != 1 {
		t.Errorf("refused actions wrote to the log: %+v", after)
	}
}
