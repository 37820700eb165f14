package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// TestADatabaseOutOfReachSaysNothingWasSavedAndRecovers runs two sites on
// one database, as two replicas would: A with its embedded database, B
// reaching it through A's socket (MONGODB_URI), both with one session
// secret. With A stopped, B's database is out of reach: a payment and a
// profile change on B get a 503 in plain and Easy Read words that are
// true, a page that only reads says it cannot show it, and B's /readyz
// fails. When A starts again, B recovers by itself, and the refused forms
// sent again are each saved once.
func TestADatabaseOutOfReachSaysNothingWasSavedAndRecovers(t *testing.T) {
	secret := strings.Repeat("one secret for both sites ", 2)
	dirA := t.TempDir()
	startA := func() *sitetest.Site {
		t.Helper()
		a, err := sitetest.Start(context.Background(), sitetest.Options{DataDir: dirA, SessionSecret: secret})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a := startA()
	running := a
	t.Cleanup(func() {
		if running != nil {
			running.Stop()
		}
	})
	uri := a.App.Store.EmbeddedURI()
	b := sitetest.StartT(t, sitetest.Options{MongoDBURI: uri, SessionSecret: secret})
	people, err := a.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	siteA := &testSite{URL: a.URL, Store: a.App.Store, Index: a.App.Search, People: people, Actions: a.App.Actions}
	treasurer, path := startOpenGroup(t, siteA)
	id := strings.TrimPrefix(path, "/groups/")
	member, person := joinAs(t, siteA, path, 1)
	treasurer.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	onB := func(who *browser) *browser { return &browser{t: t, c: who.c.On(b.URL)} }
	memberB, treasurerB := onB(member), onB(treasurer)
	if p := memberB.get(path); p.Status != http.StatusOK || !strings.Contains(p.Body, "Sign out") {
		t.Fatalf("a member signed in on A reads the group on B: %d, want the page, signed in", p.Status)
	}
	entries := func() []community.Entry {
		all, err := b.App.Store.Entries(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		return all
	}
	before := len(entries())
	pay := memberB.form(path+"/pay", path+"/payments", nil, url.Values{"amount": {"£3"}, "method": {"cash"}, "note": {"While A was down"}})
	easyPay := treasurerB.form(path+"/pay", path+"/payments", nil, url.Values{"amount": {"£4"}, "method": {"cash"}})
	profile := memberB.form("/me/edit", "/me/edit", nil, goodProfile(person))
	profile.Set("about", "Written while the database was out of reach")

	a.Stop()
	running = nil
	t.Logf("B's /readyz failed %d ms after its database stopped", readyAgain(t, memberB, http.StatusServiceUnavailable, "its database stopped").Milliseconds())

	saysTruly(t, "a payment on B", memberB.post(path+"/payments", pay), false,
		"We can&#39;t save right now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Part of this was saved, but not all.")
	saysTruly(t, "a payment on B in Easy Read", treasurerB.post(path+"/payments", easyPay), false,
		"We cannot save now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Only part of this was saved.")
	saysTruly(t, "a profile change on B", memberB.post("/me/edit", profile), false,
		"We can&#39;t save right now", "Nothing was saved. Please try again in a minute.",
		"We could not save all of it", "Part of this was saved, but not all.")
	if p := memberB.get(path); p.Status != http.StatusServiceUnavailable || !strings.Contains(p.Body, "Our database is not answering") {
		t.Errorf("the group page on B with its database out of reach: %d, want 503 saying the database is not answering", p.Status)
	}
	if p := treasurerB.get(path); p.Status != http.StatusServiceUnavailable || !strings.Contains(p.Body, "This is not working now") {
		t.Errorf("the group page on B in Easy Read with its database out of reach: %d, want 503 in Easy Read words", p.Status)
	}

	running = startA()
	t.Logf("B was ready %d ms after its database started again", readyAgain(t, memberB, http.StatusOK, "its database started again").Milliseconds())

	// Nothing was saved while it was down; each refused form sent again,
	// twice, is saved once.
	if n := len(entries()); n != before {
		t.Errorf("%d entries were saved while the database was out of reach, want none", n-before)
	}
	for _, again := range []struct {
		b    *browser
		form url.Values
	}{{memberB, pay}, {treasurerB, easyPay}, {memberB, pay}, {treasurerB, easyPay}} {
		if resp := again.b.post(path+"/payments", again.form); resp.Status != http.StatusSeeOther {
			t.Fatalf("a refused payment sent again to B after the fault: %d", resp.Status)
		}
	}
	if resp := memberB.post("/me/edit", profile); resp.Status != http.StatusSeeOther {
		t.Errorf("the refused profile change sent again to B: %d", resp.Status)
	}
	count := map[string]int{}
	for _, e := range entries()[before:] {
		count[fmt.Sprintf("%d %s", e.Amount, e.Note)]++
	}
	if count["300 While A was down"] != 1 || count["400 "] != 1 || len(entries()) != before+2 {
		t.Errorf("after the fault the ledger has %v new, want the two payments sent again, each once", count)
	}
	if saved, _ := b.App.Store.Person(t.Context(), person.ID); !strings.Contains(saved.About, "out of reach") {
		t.Errorf("the profile change sent again was not saved: %q", saved.About)
	}
}
