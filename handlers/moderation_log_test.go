package handlers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/store"
)

// plainDemo is the first n visible demo members who read plain words, the
// same every time, so a moderator can be named before the site starts.
func plainDemo(n int) []community.Person {
	var out []community.Person
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() && !p.Display.EasyRead && p.District != "" && len(out) < n {
			out = append(out, p)
		}
	}
	return out
}

// auditLines counts the lines of the moderators' log on a page.
func auditLines(body string) int { return strings.Count(body, `<p class="hint">By `) }

// TestModerationLog: a verify sent twice and a dismiss each write one line
// of the log, newest first, naming the moderator; the log filters by kind
// of action and by moderator through a GET form, shows 20 a page with a
// link to older ones, and is for moderators only.
func TestModerationLog(t *testing.T) {
	people := plainDemo(3)
	member, modP := people[0], people[2]
	site := newTestSite(t, config.Providers{}, true, modP.ID)
	b, m := site.browser(t), site.browser(t)
	b.signInAs(member)
	m.signInAs(modP)

	id := createProvider(t, b)
	form := m.form("/moderation", "/providers/"+id+"/verify", nil, url.Values{"return": {"/moderation"}})
	for range 2 {
		if resp := m.post("/providers/"+id+"/verify", form); resp.Status != http.StatusSeeOther {
			t.Fatalf("verifying: %d", resp.Status)
		}
	}
	if resp := b.submit("/report?kind=provider&id="+id, "/report", url.Values{"reason": {"wrong"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting: %d", resp.Status)
	}
	open, _ := site.Store.OpenReports(t.Context())
	if len(open) != 1 {
		t.Fatalf("%d reports open, want 1", len(open))
	}
	if resp := m.submit("/moderation", "/moderation/reports/"+open[0].ID+"/dismiss", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("dismissing: %d", resp.Status)
	}

	// The demo's own moderator approved its mentors; this test's
	// moderator's lines are theirs alone.
	log := m.get("/moderation/log?by=" + modP.ID)
	wantIn(t, "the log", log, http.StatusOK, "What moderators have done", "Provider checked", "Report dismissed", "By "+modP.Name, "After a report.")
	if n := auditLines(log.Body); n != 2 {
		t.Errorf("the log has %d lines, want 2 (the verify sent twice counts once)", n)
	}
	if strings.Index(log.Body, "Report dismissed") > strings.Index(log.Body, "Provider checked") {
		t.Error("the log is not newest first")
	}
	lines, _, _ := site.Store.AuditLog(t.Context(), store.AuditFilter{By: modP.ID}, 0, 20)
	if len(lines) != 2 || lines[0].Report != open[0].ID || lines[0].Target != id || lines[1].Action != "verify" || lines[1].By != modP.ID {
		t.Errorf("the lines kept: %+v", lines)
	}
	if page := m.get("/moderation/log?action=verify&by=" + modP.ID).Body; auditLines(page) != 1 || !strings.Contains(page, "Provider checked") {
		t.Error("filtering by kind of action does not show just the verify")
	}
	if page := m.get("/moderation/log").Body; auditLines(page) <= 2 || !strings.Contains(page, "Mentor approved") {
		t.Errorf("the whole log has %d lines, want this moderator's 2 and the demo's mentor approvals", auditLines(page))
	}
	if page := m.get("/moderation/log?by=someone-else").Body; auditLines(page) != 0 || !strings.Contains(page, "Nothing to show.") {
		t.Error("filtering by another moderator still shows lines")
	}
	if !strings.Contains(log.Body, `<label for="action">`) || !strings.Contains(log.Body, `<form method="get" action="/moderation/log"`) {
		t.Error("the filter is not a labelled GET form")
	}

	// Older lines page 20 at a time.
	start := time.Now().Add(-time.Hour)
	for i := range 25 {
		if err := site.Store.RecordAudit(t.Context(), community.Audit{ID: fmt.Sprint("old-", i), By: modP.ID, Action: "suspend",
			Kind: "person", Target: member.ID, At: start.Add(time.Duration(i) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	first := m.get("/moderation/log?action=suspend")
	if auditLines(first.Body) != 20 || !strings.Contains(first.Body, "/moderation/log?action=suspend&amp;page=1") {
		t.Errorf("the first page has %d lines, or no link to older ones", auditLines(first.Body))
	}
	if second := m.get("/moderation/log?action=suspend&page=1").Body; auditLines(second) != 5 || !strings.Contains(second, "Newer") {
		t.Errorf("the second page has %d lines, want 5 and a link back", auditLines(second))
	}

	if resp := b.get("/moderation/log"); resp.Status != http.StatusForbidden {
		t.Errorf("a member who is not a moderator reading the log: %d", resp.Status)
	}
}
