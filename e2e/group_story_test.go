package e2e

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
)

// story is TestGroupStory's state: a tab for each person, signed in as
// them, and the group as it goes.
type story struct {
	cast     groupsCast
	tabs     map[string]context.Context // by member id
	id, path string                     // the group: its id and /groups/ID
	name     string
	pledge   community.Pence // what each member pledges
	paid     []community.Pence
	spend    community.Pence
	to, what string // who the spend is to, and what for
}

// tab is the person's tab; failures of t leave a screenshot of it.
func (s *story) tab(t *testing.T, p community.Person) context.Context {
	t.Helper()
	ctx := s.tabs[p.ID]
	screenshotOnFailure(t, ctx)
	return ctx
}

// TestGroupStory is the whole story of issue 6 in the browser, each person
// in a tab of their own: a member starts a group from a suggestion, three
// others join, each records a payment, the treasurer confirms them, one
// proposes a spend, members vote yes until it is approved, the treasurer
// records it paid, one member sees their refund and leaves, and another
// downloads their statement and the ledger as CSV.
func TestGroupStory(t *testing.T) {
	cast := groupsMembers(t)
	t.Logf("chose the members in %s: %d tried to find a group to start", cast.chosenIn.Round(time.Millisecond), cast.tried)
	t.Parallel()
	s := &story{cast: cast, tabs: map[string]context.Context{},
		paid: []community.Pence{1200, 1000, 800}, spend: 1200, to: "The provider", what: "The first four sessions"}
	for _, p := range append([]community.Person{cast.starter}, cast.joiners...) {
		ctx := newTab(t)
		signInAs(t, ctx, p, "off")
		s.tabs[p.ID] = ctx
	}
	steps := []struct {
		name string
		do   func(t *testing.T)
	}{
		{"start-from-a-suggestion", s.start},
		{"three-join", s.join},
		{"each-records-a-payment", s.pay},
		{"treasurer-confirms", s.confirm},
		{"propose-a-spend", s.propose},
		{"vote-until-approved", s.vote},
		{"record-it-paid", s.recordPaid},
		{"leave-with-a-refund", s.leave},
		{"statement-and-ledger-csv", s.statement},
	}
	for _, step := range steps {
		began := time.Now()
		if !t.Run(step.name, step.do) {
			t.Fatalf("step %s failed; the story stops there", step.name)
		}
		t.Logf("%s: %s", step.name, time.Since(began).Round(time.Millisecond))
	}
}

// start: the starter follows "Start this group" on /suggestions, adds what
// the group is for, keeps the rest as suggested, and starts it.
func (s *story) start(t *testing.T) {
	ctx := s.tab(t, s.cast.starter)
	open(t, ctx, "/suggestions", 200)
	cards := readSuggestionCards(t, ctx, "start")
	i := slices.IndexFunc(cards, func(c suggestionCard) bool { return c.Listing == s.cast.listing })
	if i < 0 {
		t.Fatalf("/suggestions offers no group to start around %s, as when the members were chosen; it offers %+v", s.cast.listing, cards)
	}
	link := chromedp.CSS(`main section[aria-labelledby="start-heading"] a[href="/groups/new?listing=` + s.cast.listing + `"]`)
	if status := navigateBy(t, ctx, "start this group", chromedp.Click(link)); status != 200 {
		t.Fatalf("start this group: status %d", status)
	}
	wantPath(t, ctx, "/groups/new?listing="+s.cast.listing)
	checkStartForm(t, ctx, cards[i])
	m := foundPeople.FindStringSubmatch(mainText(t, ctx))
	if m == nil {
		t.Fatal("the form does not say whom it will invite")
	}
	found := m[1]
	typed := eval[struct{ Name, Contribution, Every, Times, Leaver, Votes string }](t, ctx, `(f => ({Name: f.elements.name.value,
	  Contribution: f.elements.contribution.value, Every: f.elements.every.value, Times: f.elements.times.value,
	  Leaver: f.elements.leaver.value, Votes: f.elements.votes.value}))(document.querySelector('main form[action="/groups/new"]'))`)
	if typed.Every != "week" || typed.Times != "10" || typed.Leaver != "refund_unspent" || typed.Votes != "majority" {
		t.Errorf("the form suggests %+v; want every week, 10 times, a refund of the unspent share and more than half voting yes", typed)
	}
	each, problem := community.ParsePence(typed.Contribution)
	times, _ := strconv.Atoi(typed.Times)
	if problem != "" || each <= 0 {
		t.Fatalf("the form suggests %q a time: %s", typed.Contribution, problem)
	}
	s.name, s.pledge = typed.Name, each*community.Pence(times)
	fill(t, ctx, "purpose", "We pay for sessions together, so each of us pays the group price.",
		"easy_summary", "We pay together. It costs less.")
	if status := pressForm(t, ctx, "/groups/new"); status != 200 {
		t.Fatalf("start the group: status %d; main says: %s", status, mainText(t, ctx))
	}
	s.id = idFromPath(t, path(t, ctx), "/groups/")
	s.path = "/groups/" + s.id
	wantPath(t, ctx, s.path+"?done=started")
	g := readGroup(t, ctx)
	wantNotice(t, ctx, "Your group has started. You are its organiser and treasurer.")
	if g.Title != s.name {
		t.Errorf("the group is called %q, want %q as the form suggested", g.Title, s.name)
	}
	if want := []string{s.cast.starter.Name + " (organiser) (treasurer)"}; !slices.Equal(g.Members, want) {
		t.Errorf("members %q, want %q", g.Members, want)
	}
	if want := found + " people have been invited and not joined yet."; g.Invited != want {
		t.Errorf("the page says %q about invitations, want %q: the people the suggestion found are invited", g.Invited, want)
	}
	for _, rule := range []string{
		fmt.Sprintf("Each member puts in %s a week, 10 times (%s in all).", each.Pounds(), s.pledge.Pounds()),
		"If you leave, you get back your unspent money: what you put in, less your share of what the group bought.",
		"A spend needs yes votes from more than half of the voting members.",
	} {
		if !slices.Contains(g.Rules, rule) {
			t.Errorf("the rules %q do not say %q", g.Rules, rule)
		}
	}
	if got := g.Pot["Pledged"]; got != s.pledge.Pounds() {
		t.Errorf("the pot shows %q pledged, want %s: the starter's pledge", got, s.pledge.Pounds())
	}
	open(t, ctx, "/groups", 200)
	if got := meListNames(t, ctx)["Groups you are in"]; !slices.Contains(got, s.name) {
		t.Errorf("/groups lists %q among the starter's groups, want %q", got, s.name)
	}
}

// join: each of the three opens the group, reads its rules and joins.
func (s *story) join(t *testing.T) {
	for n, p := range s.cast.joiners {
		ctx := s.tab(t, p)
		open(t, ctx, s.path, 200)
		g := readGroup(t, ctx)
		if !g.Join || !slices.Contains(g.Rules, "If you leave, you get back your unspent money: what you put in, less your share of what the group bought.") {
			t.Fatalf("%s does not see the rules and the form to join; main says: %s", p.Name, mainText(t, ctx))
		}
		if len(g.Pot) > 0 || len(g.Members) > 0 {
			t.Errorf("before joining, %s sees the pot %v and the members %q", p.Name, g.Pot, g.Members)
		}
		if status := clickNamed(t, ctx, "button", "Join this group"); status != 200 {
			t.Fatalf("%s joins: status %d", p.Name, status)
		}
		wantPath(t, ctx, s.path+"?done=joined")
		wantNotice(t, ctx, "You have joined the group.")
		g = readGroup(t, ctx)
		if len(g.Members) != n+2 || !slices.Contains(g.Members, p.Name) {
			t.Errorf("after %s joined, the members are %q", p.Name, g.Members)
		}
		if want := []string{s.pledge.Pounds(), "£0", "£0", s.pledge.Pounds(), "£0"}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row of who has paid what: %q, want pledged, paid, waiting, still to pay, in their account %q", p.Name, g.Table[p.Name], want)
		}
		if want := p.Name + " joined."; !slices.Contains(g.Timeline, want) {
			t.Errorf("the timeline %q does not say %q", g.Timeline, want)
		}
	}
}

// pay: each records "I paid" with the form on the group page; the payment
// waits for the treasurer.
func (s *story) pay(t *testing.T) {
	for i, p := range s.cast.joiners {
		ctx := s.tab(t, p)
		key := eval[string](t, ctx, `(k => k ? k.value : '')(document.querySelector('main form[action$="/payments"] input[type="hidden"][name="key"]'))`)
		if key == "" {
			t.Fatal("the payment form has no idempotency key")
		}
		fill(t, ctx, "amount", strings.TrimPrefix(s.paid[i].Pounds(), "£"), "method", "bank_transfer", "note", "Weeks 1 and 2")
		if status := pressForm(t, ctx, s.path+"/payments"); status != 200 {
			t.Fatalf("%s records a payment: status %d; main says: %s", p.Name, status, mainText(t, ctx))
		}
		wantPath(t, ctx, s.path+"?done=paid")
		wantNotice(t, ctx, "Your payment is recorded. The treasurer will confirm it when it arrives.")
		g := readGroup(t, ctx)
		if want := []string{s.pledge.Pounds(), "£0", s.paid[i].Pounds(), s.pledge.Pounds(), "£0"}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row after paying: %q, want pledged, paid, waiting, still to pay, in their account %q", p.Name, g.Table[p.Name], want)
		}
		if again := eval[string](t, ctx, `document.querySelector('main form[action$="/payments"] input[name="key"]').value`); again == key {
			t.Error("the payment form shows the same idempotency key again: a second payment would be taken for the first")
		}
		if want := fmt.Sprintf("%s said they paid %s.", p.Name, s.paid[i].Pounds()); !slices.Contains(g.Timeline, want) {
			t.Errorf("the timeline %q does not say %q", g.Timeline, want)
		}
	}
}

// confirm: the treasurer sees the three payments waiting and confirms each.
func (s *story) confirm(t *testing.T) {
	ctx := s.tab(t, s.cast.starter)
	open(t, ctx, s.path, 200)
	g := readGroup(t, ctx)
	var want []string
	var total community.Pence
	for i, p := range s.cast.joiners {
		want = append(want, fmt.Sprintf("%s says they paid %s (Bank transfer): Weeks 1 and 2", p.Name, s.paid[i].Pounds()))
		total += s.paid[i]
	}
	if !slices.Equal(g.ToConfirm, want) {
		t.Fatalf("payments to confirm: %q, want %q", g.ToConfirm, want)
	}
	if g.Pot["Waiting for the treasurer"] != total.Pounds() || g.Pot["Paid and confirmed"] != "£0" {
		t.Errorf("before confirming, the pot shows %v; want %s waiting and £0 paid", g.Pot, total.Pounds())
	}
	for i, p := range s.cast.joiners {
		if status := clickNamed(t, ctx, "button", fmt.Sprintf("Confirm it arrived: %s, %s", p.Name, s.paid[i].Pounds())); status != 200 {
			t.Fatalf("confirm %s's payment: status %d", p.Name, status)
		}
		wantPath(t, ctx, s.path+"?done=confirmed")
		wantNotice(t, ctx, "The payment is confirmed.")
	}
	g = readGroup(t, ctx)
	if len(g.ToConfirm) != 0 || countNamed(t, ctx, "h3", "Payments to confirm") != 0 {
		t.Errorf("after confirming all three, still to confirm: %q", g.ToConfirm)
	}
	if g.Pot["Paid and confirmed"] != total.Pounds() || g.Pot["Waiting for the treasurer"] != "£0" || g.Pot["Left in the pot"] != total.Pounds() {
		t.Errorf("after confirming, the pot shows %v; want %s paid and left, £0 waiting", g.Pot, total.Pounds())
	}
	for i, p := range s.cast.joiners {
		if want := []string{s.pledge.Pounds(), s.paid[i].Pounds(), "£0", (s.pledge - s.paid[i]).Pounds(), s.paid[i].Pounds()}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row after confirming: %q, want %q", p.Name, g.Table[p.Name], want)
		}
		if want := fmt.Sprintf("%s confirmed %s from %s.", s.cast.starter.Name, s.paid[i].Pounds(), p.Name); !slices.Contains(g.Timeline, want) {
			t.Errorf("the timeline %q does not say %q", g.Timeline, want)
		}
	}
}
