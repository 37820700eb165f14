package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
)

// TestTalkingSafely: a hello answered with a hello back connects two
// members, who can then write to each other; what waits shows on the home
// page and as a count in the header, and reading clears it; bad messages
// are refused in words and keep what was typed; a message can be reported
// and reaches the moderators' queue, which can dismiss it; a block ends
// the talking both ways.
func TestTalkingSafely(t *testing.T) {
	// The demo members are the same every time, so a moderator can be
	// named before the site starts.
	var plain []community.Person
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() && !p.Display.EasyRead && p.District != "" {
			plain = append(plain, p)
		}
	}
	ana, ben, mod := plain[0], plain[1], plain[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	a, b, m := site.browser(t), site.browser(t), site.browser(t)
	a.signInAs(ana)
	b.signInAs(ben)
	m.signInAs(mod)

	if resp := a.post("/messages/"+ben.ID, url.Values{"text": {"Hi"}, "key": {site.Actions.FormKey(ana.ID, "message")}}); resp.Status != http.StatusForbidden ||
		!strings.Contains(resp.Body, "only to people you are connected with") {
		t.Errorf("a message before any hello: %d", resp.Status)
	}
	if resp := a.submit("/people/"+ben.ID, "/people/"+ben.ID+"/hello", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("saying hello: %d", resp.Status)
	}
	if home := b.get("/").Body; !strings.Contains(home, ana.Name+" said hello") || !strings.Contains(home, "(1 waiting)") {
		t.Error("the hello does not wait on the other member's home page, with a count in the header")
	}
	back := b.submit("/people/"+ana.ID, "/people/"+ana.ID+"/hello", nil)
	if back.Status != http.StatusSeeOther || !strings.Contains(back.Location, "done=connected") {
		t.Fatalf("saying hello back: %d %s", back.Status, back.Location)
	}
	thread := "/messages/" + ben.ID
	for typed, want := range map[string]string{
		"   ":                      "Write your message before sending it",
		strings.Repeat("a", 2001):  "at most 2000 characters",
		"Pay me at \u202Emoc.live": "hidden character",
	} {
		resp := a.submit(thread, thread, url.Values{"text": {typed}})
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, want) {
			t.Errorf("a message of %d characters: %d, want %q", len(typed), resp.Status, want)
		}
	}
	if resp := a.submit(thread, thread, url.Values{"text": {strings.Repeat("spam ", 200_000)}}); resp.Status != http.StatusRequestEntityTooLarge ||
		!strings.Contains(resp.Body, "far longer than any form here takes") {
		t.Errorf("a 1 MB message: %d", resp.Status)
	}
	if msgs, _ := site.Store.Thread(t.Context(), ana.ID, ben.ID); len(msgs) != 0 {
		t.Fatalf("refused messages were saved: %d", len(msgs))
	}
	if resp := a.submit(thread, thread, url.Values{"text": {"Shall we swim on Tuesday?\nAt ten."}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("sending: %d", resp.Status)
	}
	if home := b.get("/").Body; !strings.Contains(home, "1 new message from "+ana.Name) || !strings.Contains(home, "(1 waiting)") {
		t.Error("the message does not wait on the home page with a count")
	}
	if page := b.get("/messages/" + ana.ID).Body; !strings.Contains(page, "Shall we swim on Tuesday?\nAt ten.") {
		t.Error("the thread does not show the message as written")
	}
	if home := b.get("/").Body; strings.Contains(home, "waiting)") {
		t.Error("reading the thread did not clear the count")
	}

	msgs, _ := site.Store.Thread(t.Context(), ana.ID, ben.ID)
	report := "/report?kind=message&id=" + msgs[0].ID
	if resp := b.submit(report, "/report", url.Values{"reason": {"other"}}); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "in your own words") {
		t.Errorf("a report of something else without words: %d", resp.Status)
	}
	if resp := b.submit(report, "/report", url.Values{"reason": {"money"}, "words": {"Asked for money"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting: %d", resp.Status)
	}
	if resp := a.get(report); resp.Status != http.StatusNotFound {
		t.Errorf("the sender opening a report of their own message: %d", resp.Status)
	}
	queue := m.get("/moderation").Body
	if !strings.Contains(queue, "Asking for money, or a scam") || !strings.Contains(queue, "Shall we swim on Tuesday?") {
		t.Fatal("the report did not reach the moderators' queue with the message")
	}
	if resp := b.get("/moderation"); resp.Status != http.StatusForbidden {
		t.Errorf("a member who is not a moderator opening the queue: %d", resp.Status)
	}
	open, _ := site.Store.OpenReports(t.Context())
	if len(open) != 1 || open[0].Reason != "money" || open[0].By != ben.ID {
		t.Fatalf("the reports waiting: %+v", open)
	}
	if resp := b.post("/moderation/reports/"+open[0].ID+"/dismiss", url.Values{"key": {site.Actions.FormKey(ben.ID, "dismiss")}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member who is not a moderator dismissing a report: %d", resp.Status)
	}
	if resp := m.submit("/moderation", "/moderation/reports/"+open[0].ID+"/dismiss", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("dismissing: %d", resp.Status)
	}
	if strings.Contains(m.get("/moderation").Body, "Asking for money, or a scam") {
		t.Error("a dismissed report is still in the queue")
	}

	if resp := b.submit("/people/"+ana.ID, "/people/"+ana.ID+"/block", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("blocking: %d", resp.Status)
	}
	if resp := a.post(thread, url.Values{"text": {"Hello?"}, "key": {site.Actions.FormKey(ana.ID, "message")}}); resp.Status != http.StatusForbidden {
		t.Errorf("writing to someone who blocked you: %d", resp.Status)
	}
	if resp := a.get(thread); resp.Status != http.StatusNotFound {
		t.Errorf("opening the thread with someone who blocked you: %d", resp.Status)
	}
	if page := b.get("/messages").Body; strings.Contains(page, ana.Name) {
		t.Error("the blocked member is still on the messages page")
	}

	// Ben reports Ana herself; the moderator suspends her from the queue.
	if resp := b.submit("/report?kind=person&id="+ana.ID, "/report", url.Values{"reason": {"unsafe"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting a person: %d", resp.Status)
	}
	if resp := b.post("/moderation/people/"+ana.ID+"/suspend", url.Values{"key": {site.Actions.FormKey(ben.ID, "suspend")}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member who is not a moderator suspending someone: %d", resp.Status)
	}
	if resp := m.submit("/moderation", "/moderation/people/"+ana.ID+"/suspend", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("suspending: %d", resp.Status)
	}
	if resp := a.get("/me"); resp.Status != http.StatusSeeOther {
		t.Errorf("a suspended member's sign-in still works: /me answered %d", resp.Status)
	}
	a.signInAs(ana)
	if resp := a.get("/"); resp.Status != http.StatusForbidden || !strings.Contains(resp.Body, "suspended your account") {
		t.Errorf("a suspended member signing in again: %d, want the page saying why", resp.Status)
	}
}

// TestABlockHoldsInAGroup: two members of one group, one of whom blocked
// the other, see each other as "a member" on the group page, its money
// table still has a row for each, and the treasurer still names both.
func TestABlockHoldsInAGroup(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	one, onePerson := joinAs(t, site, path, 1)
	_, twoPerson := joinAs(t, site, path, 2)
	if resp := one.submit("/people/"+twoPerson.ID, "/people/"+twoPerson.ID+"/block", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("blocking: %d", resp.Status)
	}
	page := one.get(path).Body
	if strings.Contains(page, twoPerson.Name) || strings.Count(page, "<th scope=\"row\">a member</th>") != 1 {
		t.Errorf("the member who blocked sees the other's name, or no row for them as \"a member\"")
	}
	if page := treasurer.get(path).Body; !strings.Contains(page, twoPerson.Name) || !strings.Contains(page, onePerson.Name) {
		t.Error("the treasurer cannot name both members")
	}
}

// TestReportsOnMyGroups: a report about a group waits on its organisers'
// home page, counted and never naming who reported it, until a moderator
// deals with it.
func TestReportsOnMyGroups(t *testing.T) {
	var mod community.Person
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() && !p.Display.EasyRead && p.District != "" {
			mod = p // the last such member: not one who starts or joins the group
		}
	}
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	organiser, path := startOpenGroup(t, site)
	member, memberPerson := joinAs(t, site, path, 1)
	id := strings.TrimPrefix(path, "/groups/")
	if resp := member.submit("/report?kind=group&id="+id, "/report", url.Values{"reason": {"money"}, "words": {"They asked for cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting the group: %d", resp.Status)
	}
	home := organiser.get("/").Body
	if !strings.Contains(home, "1 report about Tuesday swimmers waits for the moderators") || strings.Contains(home, memberPerson.Name) {
		t.Error("the organiser's home page does not say a report about the group waits, or names who made it")
	}
	m := site.browser(t)
	m.signInAs(mod)
	open, _ := site.Store.OpenReports(t.Context())
	if len(open) != 1 {
		t.Fatalf("%d reports waiting, want 1", len(open))
	}
	if resp := m.submit("/moderation", "/moderation/reports/"+open[0].ID+"/dismiss", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("dismissing: %d", resp.Status)
	}
	if strings.Contains(organiser.get("/").Body, "report about Tuesday swimmers") {
		t.Error("the dismissed report still waits on the organiser's home page")
	}
}
