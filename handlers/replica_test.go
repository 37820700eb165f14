package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// TestReplicasFollowEachOther runs two replicas on one database: A on its
// embedded database, following the others' changes, and B on A's
// database through its socket, as a second server would be, with the same
// session secret. A member signed in on A is signed in on B; what one
// replica changes shows on the other, from memory it had already filled,
// within the allowed lag; the last place in a group, asked for on both at
// once, goes to one; and spends recorded on both at once that together are
// more than the pot record only the one it covers.
func TestReplicasFollowEachOther(t *testing.T) {
	secret := strings.Repeat("one secret for both replicas ", 2)
	a := sitetest.StartT(t, sitetest.Options{SessionSecret: secret, Follow: true})
	b := sitetest.StartT(t, sitetest.Options{MongoDBURI: a.App.Store.EmbeddedURI(), SessionSecret: secret})
	people, err := a.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	siteA := &testSite{URL: a.URL, Store: a.App.Store, Index: a.App.Search, People: people, Actions: a.App.Actions}
	onB := func(who *browser) *browser { return &browser{t: t, c: who.c.On(b.URL)} }
	var lags []time.Duration
	// shows waits for a page on one replica to show what the other just
	// did, and keeps how long it took.
	shows := func(what string, who *browser, path, want string) {
		t.Helper()
		start := time.Now()
		// Five times the allowed lag before failing, so that a busy
		// machine does not fail the test; the lags seen are reported.
		for deadline := start.Add(5 * actions.FollowLag); ; {
			p := who.get(path)
			if p.Status == http.StatusOK && strings.Contains(p.Body, want) {
				lags = append(lags, time.Since(start))
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %s does not show %q %v after it was done", what, path, want, 5*actions.FollowLag)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	treasurer, path := startOpenGroup(t, siteA)
	treasurerB := onB(treasurer)
	// B reads the group and its ledger once, so that it keeps them in
	// memory: what A does next reaches B only by following.
	if p := treasurerB.get(path); p.Status != http.StatusOK || !strings.Contains(p.Body, "Sign out") {
		t.Fatalf("the organiser signed in on A reads the group on B: %d, want the page, signed in", p.Status)
	}
	member, person := joinAs(t, siteA, path, 1)
	memberB := onB(member)
	if p := memberB.get("/me"); p.Status != http.StatusOK || !strings.Contains(p.Body, person.Name) {
		t.Fatalf("a member signed in on A opens their page on B: %d, want their page", p.Status)
	}
	shows("a member joined on A", treasurerB, path, person.Name)

	pay := member.form(path+"/pay", path+"/payments", nil, url.Values{"amount": {"£6"}, "method": {"cash"}, "note": {"Paid on A"}})
	if resp := member.post(path+"/payments", pay); resp.Status != http.StatusSeeOther {
		t.Fatalf("a payment on A: %d", resp.Status)
	}
	shows("a payment on A", treasurerB, path, "Paid on A")

	profile := memberB.form("/me/edit", "/me/edit", nil, goodProfile(person))
	profile.Set("about", "Written on B, read on A")
	if resp := memberB.post("/me/edit", profile); resp.Status != http.StatusSeeOther {
		t.Fatalf("a profile saved on B: %d", resp.Status)
	}
	shows("a profile saved on B", member, "/me", "Written on B, read on A")
	t.Logf("changes showed on the other replica after %v (allowed: %v)", lags, actions.FollowLag)

	lastPlaceGoesToOne(t, siteA, b.URL)
	spendsRacedStayWithinThePot(t, siteA, b.URL)
}

// lastPlaceGoesToOne starts a group with one place left and has two
// members ask for it at once, one on each replica: one joins, the other is
// told the group is full, and the group has the members it allows.
func lastPlaceGoesToOne(t *testing.T, siteA *testSite, urlB string) {
	t.Helper()
	_, path := startGroupWith(t, siteA, url.Values{"max_size": {"2"}})
	var joiners []*browser
	var forms []url.Values
	var ids []string
	for _, p := range siteA.visible()[1:] {
		if p.Display.EasyRead || len(joiners) == 2 {
			continue
		}
		who := siteA.browser(t)
		who.signInAs(p)
		if len(joiners) == 1 {
			who = &browser{t: t, c: who.c.On(urlB)}
		}
		form, ok := who.hasForm(path, path+"/join")
		if !ok {
			continue
		}
		joiners, forms, ids = append(joiners, who), append(forms, form), append(ids, p.ID)
	}
	if len(joiners) != 2 {
		t.Fatal("not two members who can join")
	}
	answers := make([]page, 2)
	var wg sync.WaitGroup
	for i := range joiners {
		wg.Go(func() { answers[i] = joiners[i].post(path+"/join", forms[i]) })
	}
	wg.Wait()
	// A has followed B's change, if B made one, within the lag.
	time.Sleep(actions.FollowLag)
	g, err := siteA.Store.Group(t.Context(), strings.TrimPrefix(path, "/groups/"))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for i, id := range ids {
		if _, ok := g.Member(id); ok {
			in = append(in, id)
			continue
		}
		// The one who was too late is told the group is full.
		if answers[i].Status != http.StatusConflict || !strings.Contains(answers[i].Body, "This group is full, so you cannot join") {
			t.Errorf("the member too late for the last place was answered %d, want 409 saying the group is full", answers[i].Status)
		}
	}
	if len(g.Members) != 2 || len(in) != 1 {
		t.Errorf("the last place asked for on both replicas: %d members (want 2), %d of the two who asked joined (want 1)", len(g.Members), len(in))
	}
}

// spendsRacedStayWithinThePot has the treasurer record two agreed spends
// as paid at once, one on each replica, that together are more than the
// pot: the one the pot covers is recorded, the other is refused.
func spendsRacedStayWithinThePot(t *testing.T, siteA *testSite, urlB string) {
	t.Helper()
	treasurer, path := startOpenGroup(t, siteA)
	id := strings.TrimPrefix(path, "/groups/")
	member, _ := joinAs(t, siteA, path, 1)
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	entries, _ := siteA.Store.Entries(t.Context(), id)
	if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {community.Tally(entries).Unconfirmed[0].ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming: %d", resp.Status)
	}
	// Two spends of £3 agreed, against £5 in the pot.
	for _, what := range []string{"Lessons", "Towels"} {
		propose := url.Values{"spend_amount": {"3"}, "spend_to": {"Iffley Swim School"}, "spend_for": {what}}
		if resp := member.submit(path, path+"/proposals", propose); resp.Status != http.StatusSeeOther {
			t.Fatalf("proposing %s: %d", what, resp.Status)
		}
	}
	proposals, _ := siteA.Store.Proposals(t.Context(), id)
	if len(proposals) != 2 {
		t.Fatalf("%d proposals, want 2", len(proposals))
	}
	for _, p := range proposals {
		for _, voter := range []*browser{member, treasurer} {
			if resp := voter.submit(path, path+"/proposals/"+p.ID+"/vote", url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
				t.Fatalf("voting: %d", resp.Status)
			}
		}
	}
	onB := &browser{t: t, c: treasurer.c.On(urlB)}
	forms := make([]url.Values, 2)
	for i, p := range proposals {
		form, ok := treasurer.hasForm(path, path+"/proposals/"+p.ID+"/paid")
		if !ok {
			t.Fatalf("no form to record %s as paid", p.ID)
		}
		forms[i] = form
	}
	answers := make([]int, 2)
	var wg sync.WaitGroup
	for i, who := range []*browser{treasurer, onB} {
		wg.Go(func() { answers[i] = who.post(path+"/proposals/"+proposals[i].ID+"/paid", forms[i]).Status })
	}
	wg.Wait()
	entries, _ = siteA.Store.Entries(t.Context(), id)
	st := community.Tally(entries)
	recorded := 0
	for _, a := range answers {
		if a == http.StatusSeeOther {
			recorded++
		}
	}
	refused := slices.Contains(answers, http.StatusConflict)
	if st.Spent != 300 || st.Pot() != 200 || recorded != 1 || !refused {
		t.Errorf("two £3 spends against £5, one on each replica: %s spent, %s left, answers %v; want £3, £2, one recorded and one refused (409)", st.Spent.Pounds(), st.Pot().Pounds(), answers)
	}
}
