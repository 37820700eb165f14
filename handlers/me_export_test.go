package handlers_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestMyDataExport: a member downloads everything the site holds about
// them, as JSON and as CSV: their profile, the hello they said, the
// message they sent, and their group with their payment and the
// treasurer's confirmation of it; nothing of a message between two others.
// The download is theirs alone: signed out it asks to sign in.
func TestMyDataExport(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	me, who := joinAs(t, site, path, 1)
	if resp := me.submit(path, path+"/payments", url.Values{"amount": {"7.50"}, "method": {"cash"}, "note": {"week 1"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {community.Tally(entries).Unconfirmed[0].ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming: %d", resp.Status)
	}
	other, friend := joinAs(t, site, path, 2)
	connect := func(a *browser, ap community.Person, b *browser, bp community.Person) {
		t.Helper()
		a.submit("/people/"+bp.ID, "/people/"+bp.ID+"/hello", nil)
		b.submit("/people/"+ap.ID, "/people/"+ap.ID+"/hello", nil)
	}
	write := func(b *browser, to community.Person, text string) {
		t.Helper()
		if resp := b.submit("/messages/"+to.ID, "/messages/"+to.ID, url.Values{"text": {text}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("writing to %s: %d", to.Name, resp.Status)
		}
	}
	third, thirdPerson := joinAs(t, site, path, 3)
	connect(me, who, other, friend)
	connect(third, thirdPerson, other, friend)
	write(other, who, "Swim on Tuesday?")
	write(other, thirdPerson, "A secret between us")

	if page := me.get("/me/export"); page.Status != http.StatusOK || !strings.Contains(page.Body, `href="/me/export.json"`) || !strings.Contains(page.Body, `href="/me/export.csv"`) {
		t.Fatalf("the page of my data: %d", page.Status)
	}
	resp := me.get("/me/export.json")
	if resp.Status != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("my data as JSON: %d %q", resp.Status, resp.Header.Get("Content-Disposition"))
	}
	var data community.Export
	if err := json.Unmarshal([]byte(resp.Body), &data); err != nil {
		t.Fatalf("my data is not JSON: %v", err)
	}
	if data.Profile.ID != who.ID || data.Profile.Name != who.Name {
		t.Errorf("the export's profile is %s (%s), want mine, %s", data.Profile.ID, data.Profile.Name, who.ID)
	}
	if !slices.ContainsFunc(data.MarksMade, func(m community.Mark) bool { return m.To == friend.ID && m.Kind == community.MarkHello }) {
		t.Errorf("the export lacks my hello to %s: %+v", friend.Name, data.MarksMade)
	}
	if len(data.Messages) != 1 || data.Messages[0].Text != "Swim on Tuesday?" {
		t.Errorf("the export's messages are %+v, want the one to me and none between others", data.Messages)
	}
	if len(data.Groups) != 1 || data.Groups[0].ID != id || !slices.Contains(data.Groups[0].Roles, "member") {
		t.Fatalf("the export's groups are %+v, want the one I joined", data.Groups)
	}
	var paid, confirmed bool
	for _, e := range data.Groups[0].Entries {
		if e.PersonID != who.ID && e.RecordedBy != who.ID {
			t.Errorf("the export holds another member's entry: %+v", e)
		}
		paid = paid || e.Kind == community.EntryPayment && e.Amount == 750
		confirmed = confirmed || e.Kind == community.EntryConfirm
	}
	if !paid || !confirmed {
		t.Errorf("the export's entries lack my £7.50 or its confirmation: %+v", data.Groups[0].Entries)
	}

	resp = me.get("/me/export.csv")
	rows, err := csv.NewReader(strings.NewReader(resp.Body)).ReadAll()
	if resp.Status != http.StatusOK || err != nil || len(rows) < 2 {
		t.Fatalf("my data as CSV: %d, %v, %d rows", resp.Status, err, len(rows))
	}
	if !slices.Equal(rows[0], []string{"part", "item", "field", "value"}) {
		t.Errorf("the CSV's columns are %q", rows[0])
	}
	for _, want := range [][]string{{"Profile", "", "Name", who.Name}, {"Messages", "1", "Text", "Swim on Tuesday?"}, {"Groups", "1", "Name", data.Groups[0].Name}} {
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
			t.Errorf("the CSV has no row %q", want)
		}
	}
	// The payment is one of the group's entries: Entries.<n>.Amount.
	if !slices.ContainsFunc(rows, func(r []string) bool {
		return r[0] == "Groups" && strings.HasPrefix(r[2], "Entries.") && strings.HasSuffix(r[2], ".Amount") && r[3] == "750"
	}) {
		t.Error("the CSV has no row of my £7.50 among the group's entries")
	}
	if strings.Contains(resp.Body, "A secret between us") {
		t.Error("the CSV holds a message between two others")
	}

	if resp := site.browser(t).get("/me/export.json"); resp.Status != http.StatusSeeOther && resp.Status != http.StatusUnauthorized {
		t.Errorf("my data, signed out: %d, want to be asked to sign in", resp.Status)
	}
}
