package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestTheQueueShowsWhatWasReportedAndItsHistory: each report in the queue
// shows the reported message's words, or a link to the profile, group,
// listing or provider reported, and what happened before: earlier reports
// about the same person and what moderators did about them, with their
// notes, and about the other messages they sent, in plain words and in
// Easy Read.
func TestTheQueueShowsWhatWasReportedAndItsHistory(t *testing.T) {
	people := plainDemo(3)
	ana, ben, mod := people[0], people[1], people[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	a, b, m := site.browser(t), site.browser(t), site.browser(t)
	a.signInAs(ana)
	b.signInAs(ben)
	m.signInAs(mod)

	if resp := b.submit("/report?kind=person&id="+ana.ID, "/report", url.Values{"reason": {"unkind"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting a person: %d", resp.Status)
	}
	first, _ := site.Store.OpenReports(t.Context())
	queue := m.get("/moderation").Body
	if !strings.Contains(queue, `href="/people/`+ana.ID+`"`) || !strings.Contains(queue, "Nothing reported or done about this before.") {
		t.Error("the first report does not link to the profile reported, or says there is history")
	}
	if resp := m.submit("/moderation", "/moderation/reports/"+first[0].ID+"/dismiss", url.Values{"note": {"a first warning"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("dismissing: %d", resp.Status)
	}

	a.submit("/people/"+ben.ID, "/people/"+ben.ID+"/hello", nil)
	b.submit("/people/"+ana.ID, "/people/"+ana.ID+"/hello", nil)
	a.submit("/messages/"+ben.ID, "/messages/"+ben.ID, url.Values{"text": {"Lend me £200 or else"}})
	msgs, _ := site.Store.Thread(t.Context(), ana.ID, ben.ID)
	if resp := b.submit("/report?kind=message&id="+msgs[0].ID, "/report", url.Values{"reason": {"money"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting the message: %d", resp.Status)
	}
	wantIn(t, "the queue with the message report", m.get("/moderation"), http.StatusOK,
		"Lend me £200 or else", "Before this report",
		"Reported by "+ben.Name+": Unkind, rude or bullying. Report dismissed.",
		"Report dismissed by "+mod.Name+". Note: a first warning")

	// A moderator hides that message; Ana's next reported message shows it.
	open, _ := site.Store.OpenReports(t.Context())
	if resp := m.submit("/moderation", "/moderation/reports/"+open[0].ID+"/hide", url.Values{"note": {"money again"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("hiding: %d", resp.Status)
	}
	a.submit("/messages/"+ben.ID, "/messages/"+ben.ID, url.Values{"text": {"Last chance to pay"}})
	msgs, _ = site.Store.Thread(t.Context(), ana.ID, ben.ID)
	if resp := b.submit("/report?kind=message&id="+msgs[1].ID, "/report", url.Values{"reason": {"unsafe"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting the second message: %d", resp.Status)
	}
	wantIn(t, "the queue with the second message report", m.get("/moderation"), http.StatusOK,
		"Last chance to pay", "Reported by "+ben.Name+": Asking for money, or a scam. Content hidden.",
		"Content hidden by "+mod.Name+". Note: money again", "Report dismissed by "+mod.Name+". Note: a first warning")
	m.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	wantIn(t, "the queue in Easy Read", m.get("/moderation"), http.StatusOK,
		"What happened before", ben.Name+" told us: They are unkind to me. Let a report go.", mod.Name+" did this: Let a report go.")
}
