package e2e

import (
	"context"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// bigGroupSize is the bad input of issue 15 for a group's pages: a group
// of 40 members whose purpose is 500 characters long.
const bigGroupSize = 40

// TestEasyReadBigGroup makes a group of 40 members with a purpose (and an
// Easy Read summary) of 500 characters, a payment waiting and a spend put
// to a vote, on a site of its own so no other test sees it, and measures
// its Easy Read pages as a member reads them on a phone against the
// targets of TestEasyReadTargets: the start page, who is in the group
// (which lists 5 and "Show 5 more"), the money, the votes, the one
// proposal's page and what happened (40 joined, and more).
func TestEasyReadBigGroup(t *testing.T) {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	site := sitetest.StartT(t, sitetest.Options{Log: log})
	ctx := context.Background()
	people, err := site.App.Store.DemoPeople(ctx)
	if err != nil {
		t.Fatal(err)
	}
	people = slices.DeleteFunc(people, func(p community.Person) bool { return !p.Visible() || p.District == "" })
	if len(people) < bigGroupSize {
		t.Fatalf("only %d demo members can be in the group, want %d", len(people), bigGroupSize)
	}
	people = people[:bigGroupSize]
	acts := site.App.Actions
	key := func(p community.Person, form string) string { return acts.FormKeyFor(actions.As(p), form) }

	purpose := strings.Repeat("We buy swimming lessons together. ", 15)[:500]
	g, err := acts.StartGroup(ctx, actions.As(people[0]), key(people[0], "group-new"), community.Group{
		Name: "Forty swimmers", Purpose: purpose, EasySummary: purpose, District: people[0].District,
		Interests: []string{"swimming"}, Open: true, MaxSize: 50,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatalf("start the group: %v", err)
	}
	for _, p := range people[1:] {
		if _, err := acts.Join(ctx, actions.As(p), g.ID, key(p, "join"), false); err != nil {
			t.Fatalf("%s joins: %v", p.Name, err)
		}
	}
	me := people[1]
	if _, err := acts.Pay(ctx, actions.As(me), g.ID, key(me, "pay"), "", community.Payment{Amount: 500, Method: "bank_transfer", Note: "week 1"}); err != nil {
		t.Fatalf("pay: %v", err)
	}
	p, err := acts.Propose(ctx, actions.As(people[2]), g.ID, key(people[2], "propose"),
		community.Proposal{Amount: 300, To: "Cowley Swim Coaching", For: "buying swimming lessons"})
	if err != nil {
		t.Fatalf("propose: %v", err)
	}

	m := newWalker(t, site.URL, me, storyModes[1])
	if err := chromedp.Do(m.ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
		t.Fatal(err)
	}
	base := "/groups/" + g.ID
	pages := []erPage{
		{"big group member", "group", base, false, true},
		{"big group member", "group-members", base + "/members", false, true},
		{"big group member", "group-about", base + "/about", false, true},
		{"big group member", "group-money-rules", base + "/money-rules", false, true},
		{"big group member", "group-money", base + "/money", false, true},
		{"big group member", "group-votes", base + "/votes", false, true},
		{"big group member", "group-proposal", base + "/proposals/" + p.ID, true, true},
		{"big group member", "group-history", base + "/history", false, true},
	}
	var rows []erRow
	for _, page := range pages {
		m.navigate(t, page.path, 200)
		f := eval[erFigures](t, m.ctx, erMeasure)
		rows = append(rows, erRow{page, f})
		checkMeasured(t, page, f)
		if missed := f.missed(page.task); len(missed) > 0 {
			t.Errorf("%s (%s) of a group of %d misses: %s; %s", page.name, page.path, bigGroupSize, strings.Join(missed, "; "), f.summary())
		}
	}
	t.Log(erTable(rows, 0))

	// The members page lists 5 of the 40, and the link to show 5 more.
	m.navigate(t, base+"/members", 200)
	listed := eval[int](t, m.ctx, `document.querySelectorAll('main #members > li').length`)
	more := eval[string](t, m.ctx, `(a => a ? a.textContent.trim().replace(/\s+/g, ' ') : '')(document.querySelector('main a.button[href*="shown="]'))`)
	if want := m.l.T("list.show_more", 5) + ": " + m.l.T("group.task.members"); listed != 5 || more != want {
		t.Errorf("the members page of a group of %d lists %d members and the link %q, want 5 and %q", bigGroupSize, listed, more, want)
	}
	m.click(t, "a", more, 200)
	if n := eval[int](t, m.ctx, `document.querySelectorAll('main #members > li').length`); n != 10 {
		t.Errorf("after %q the members page lists %d, want 10", more, n)
	}
	// The proposal's page names the spend on its buttons, in one form.
	m.navigate(t, base+"/proposals/"+p.ID, 200)
	buttons := eval[[]string](t, m.ctx, `[...document.querySelectorAll('main form button')].map(b => b.textContent.trim())`)
	if want := []string{m.l.T("group.vote_yes", p.For), m.l.T("group.vote_no", p.For)}; !slices.Equal(buttons, want) {
		t.Errorf("the proposal's page has the buttons %q, want %q", buttons, want)
	}
}
