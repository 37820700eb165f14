package e2e

import (
	"context"
	"fmt"
	"html"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/sitetest"
)

// The mini-gym: five tenants of a block each put in £44, once, and buy a
// £220 mini-gym that the group keeps, each owning a £44 share. A sixth
// tenant joins after it was bought and pays a £10 late fee into the
// common fund; an organiser lets two neighbours who are not members use
// it for £3 a month, paid into the common fund, and users neither vote
// nor pay into the pot. Then two of the tenants who bought it move out.
//
// The group's rule for leavers is the buy-out: every pound the five put
// in went into the gym, so under "refund unspent" a tenant moving out
// would get nothing back, and the gym they paid for stays. Under the
// buy-out the tenants who stay vote on buying out the share of one who
// leaves, at the value they ask (£30: it is second-hand now); the group
// pays it from its common fund, it is owed back to them, and the
// treasurer pays it.
// The two who leave paid the same and own the same share, so they must
// come out the same whichever of them leaves first: the plain walk has
// tenant A leave first, the Easy Read walk tenant B. The money to pay
// them back is in the pot: the late tenant's £44 and late fee, and the
// neighbours' fees.
//
// Nothing here needs the clock to move; each walk has a site of its own
// all the same, so that its eight people are its own.

// gymTenants is how many tenants buy the gym; with the late tenant and
// the two neighbours, gymCast people walk each story.
const (
	gymTenants = 5
	gymCast    = gymTenants + 3
)

// gym is one walk of the story.
type gym struct {
	site *sitetest.Site
	mode storyMode
	// treasurer starts the group, is its organiser and treasurer, and
	// walks in the browser, as do the two tenants who leave (a proposes
	// the gym) and the two neighbours who use it. The other two tenants
	// and the late one act over HTTP.
	treasurer, a, b *walker
	neighbours      [2]*walker
	treasurerPhone  httpMember
	bPhone          httpMember
	others          []httpMember // the tenants who stay, besides the treasurer
	late            httpMember
	neighbourPhones [2]httpMember
	// leavers are a and b in the order they leave in this walk.
	leavers        [2]*walker
	id, path, name string
	thing          string // the gym's id: its spend proposal's
	thingName      string
	each, price    community.Pence
	lateFee        community.Pence
	useFee         community.Pence
	value          community.Pence // what each leaver asks for their share
	to, what       string
	book           *gymBook
	// leaving is each leaver's working as the leave page showed it, by id.
	leaving map[string][]string
	// boughtAt are the times around the treasurer recording the gym paid.
	boughtAt [2]time.Time
	// feePaidAt is when each neighbour said they paid their first fee.
	feePaidAt [2]time.Time
}

// TestGymStory walks the mini-gym in plain English and in Easy Read, each
// on a site of its own, at once.
func TestGymStory(t *testing.T) {
	t.Parallel()
	for _, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := newGym(t, mode)
			runStory(t, s.steps())
		})
	}
}

// steps is the mini-gym's story, in order.
func (s *gym) steps() []storyStep {
	first, second := s.label(s.leavers[0]), s.label(s.leavers[1])
	return []storyStep{
		{"the-treasurer-starts-the-group", s.start},
		{"four-more-tenants-join", s.join},
		{"all-five-pay-their-44", s.payIn},
		{"the-mini-gym-is-proposed-and-agreed", s.propose},
		{"the-treasurer-pays-for-it-and-the-group-owns-it", s.buy},
		{"a-late-tenant-joins-and-pays-the-late-fee", s.lateJoiner},
		{"the-organiser-sets-a-use-fee", s.useFeeSet},
		{"two-neighbours-use-it-for-a-fee", s.neighboursUse},
		{"first-tenant-" + first + "-leaves", s.leave(0)},
		{"the-tenants-who-stay-buy-out-" + first, s.buyOut(0)},
		{"then-tenant-" + second + "-leaves", s.leave(1)},
		{"the-tenants-who-stay-buy-out-" + second, s.buyOut(1)},
		{"the-treasurer-pays-them-back", s.payBack},
		{"statements-and-ledger", s.statements},
	}
}

// label is "A" or "B", for the two tenants who leave.
func (s *gym) label(m *walker) string {
	if m == s.a {
		return "A"
	}
	return "B"
}

// newGym starts the story's own site and signs in its eight people: the
// first visible demo members with a profile that its store lists.
func newGym(t *testing.T, mode storyMode) *gym {
	t.Helper()
	began := time.Now()
	s := &gym{mode: mode, name: "Marlow House mini-gym, " + mode.name, each: 44_00, price: 220_00, lateFee: 10_00, useFee: 3_00,
		value: 30_00, to: "Fit Kit Direct", what: "A mini-gym for the common room", thingName: "The mini-gym", leaving: map[string][]string{}}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	s.site = sitetest.StartT(t, sitetest.Options{Log: log})
	people, err := s.site.App.Store.DemoPeople(context.Background())
	if err != nil {
		t.Fatalf("the gym site's demo members: %v", err)
	}
	people = slices.DeleteFunc(people, func(p community.Person) bool {
		return !p.Visible() || !p.HasProfile() || len(p.Interests) == 0 || p.District == ""
	})
	if len(people) < gymCast {
		t.Fatalf("only %d demo members can be in the mini-gym story, want %d", len(people), gymCast)
	}
	if s.price != s.each*gymTenants {
		t.Fatalf("the story's gym costs %s, and %d tenants put in %s each: it is not what they pay", s.price.Pounds(), gymTenants, s.each.Pounds())
	}
	// The treasurer, A, B, two more tenants, the late tenant, two neighbours.
	s.book = newGymBook()
	s.treasurer = newWalker(t, s.site.URL, people[0], mode)
	s.a = newWalker(t, s.site.URL, people[1], mode)
	s.b = newWalker(t, s.site.URL, people[2], mode)
	s.treasurerPhone = httpMemberAt(t, s.site.URL, people[0])
	s.bPhone = httpMemberAt(t, s.site.URL, people[2])
	for _, p := range people[3:5] {
		s.others = append(s.others, httpMemberAt(t, s.site.URL, p))
	}
	s.late = httpMemberAt(t, s.site.URL, people[5])
	for i, p := range people[6:8] {
		s.neighbours[i] = newWalker(t, s.site.URL, p, mode)
		s.neighbourPhones[i] = httpMemberAt(t, s.site.URL, p)
	}
	s.leavers = [2]*walker{s.a, s.b}
	if mode.easy == "on" {
		s.leavers = [2]*walker{s.b, s.a}
	}
	t.Logf("started the gym's site and signed its people in: %s", time.Since(began).Round(time.Millisecond))
	return s
}

// start: the treasurer starts the group: £44 each, once; a £10 late fee;
// the buy-out rule for leavers; more than half to agree a spend.
func (s *gym) start(t *testing.T) {
	m := s.treasurer
	l := m.l
	s.id = startGroup(t, m, map[string]string{
		"name": s.name, "purpose": "The tenants of Marlow House buy a mini-gym for the common room together, and let neighbours use it for a small fee.",
		"easy_summary": "We buy a small gym together. Neighbours can pay to use it.", "district": m.who.District,
		"max_size": "8", "contribution": typed(s.each), "every": "once", "times": "1",
		"first_due": "", "joining_fee": "", "late_fee": typed(s.lateFee), "kept_at": "", "votes_needed": "",
	}, "open-open", "split-equal", "leaver-buy_out", "votes-majority")
	s.path = "/groups/" + s.id
	m.wantDone(t, s.path, "started")
	g := m.read(t)
	for _, rule := range []string{l.T("rules.contribution_once", s.each.Pounds()), l.T("rules.late_fee", s.lateFee.Pounds()),
		l.T("rules.leaver.buy_out"), l.T("rules.votes.majority")} {
		if !slices.Contains(g.Rules, rule) {
			t.Errorf("the group's rules %q do not say %q", g.Rules, rule)
		}
	}
	s.book.join(m.who, s.each, 0)
	s.book.checkPot(t, m, g)
}

// join: tenant A reads the rules and joins in the browser; B and the two
// others join from theirs.
func (s *gym) join(t *testing.T) {
	m := s.a
	m.open(t, s.path)
	if g := m.read(t); !g.Join || !slices.Contains(g.Rules, m.l.T("rules.leaver.buy_out")) {
		t.Fatalf("before joining, %s does not see the rule for leavers and the form to join; main says: %s", m.who.Name, mainText(t, m.ctx))
	}
	m.click(t, "button", m.l.T("group.join"), 200)
	m.wantDone(t, s.path, "joined")
	s.book.join(m.who, s.each, 0)
	for _, o := range s.joiners() {
		o.join(t, s.path)
		s.book.join(o.who, s.each, 0)
	}
	m.open(t, s.path)
	g := m.read(t)
	if len(g.Members) != gymTenants {
		t.Errorf("after the tenants joined, %s sees the members %q, want %d", m.who.Name, g.Members, gymTenants)
	}
	s.book.checkPot(t, m, g)
}

// joiners are the tenants who join over HTTP: B and the two others.
func (s *gym) joiners() []httpMember { return append([]httpMember{s.bPhone}, s.others...) }

// tenantPhones are the tenants other than A, over HTTP, in joining order.
func (s *gym) tenantPhones() []httpMember {
	return append([]httpMember{s.treasurerPhone}, s.joiners()...)
}

// payIn: A pays £44 in the browser, the other four from their phones; the
// treasurer confirms all five at once.
func (s *gym) payIn(t *testing.T) {
	m := s.a
	note := "My share of the mini-gym"
	m.pay(t, s.path, s.each, "bank_transfer", note)
	s.book.pays(m.who, s.each)
	s.book.checkPot(t, m, m.read(t))
	for _, p := range s.tenantPhones() {
		p.pay(t, s.path, s.each, note)
		s.book.pays(p.who, s.each)
	}
	tr := s.treasurer
	tr.open(t, s.path)
	g := tr.read(t)
	s.book.checkPot(t, tr, g)
	if len(g.ToConfirm) != gymTenants {
		t.Errorf("the treasurer sees %d payments to confirm, want one from each of the %d tenants: %q", len(g.ToConfirm), gymTenants, g.ToConfirm)
	}
	tr.confirmAll(t, s.path, gymTenants, s.price)
	s.book.confirmAll()
	s.book.checkPot(t, tr, tr.read(t))
}

// propose: A proposes the £220 gym, which the group keeps as "The
// mini-gym"; another tenant and the treasurer agree it, three of five.
func (s *gym) propose(t *testing.T) {
	m := s.a
	l := m.l
	m.goTo(t, s.path, "propose")
	fill(t, m.ctx, "spend_amount", typed(s.price), "spend_to", s.to, "spend_for", s.what, "spend_quote", "Fit Kit Direct's price for a bench, weights and a rower",
		"spend_keep", s.thingName)
	m.press(t, s.path+"/proposals", 200)
	m.wantDone(t, s.path, "proposed")
	g := m.read(t)
	heading := l.T("proposals.spend", s.price.Pounds(), s.to)
	c := g.card(t, heading)
	needed := gymTenants/2 + 1
	c.wantLines(t, m.who.Name, l.T("proposals.keeps", s.thingName), l.T("proposals.by", m.who.Name),
		l.T("proposals.count", 1, 0, needed, gymTenants))
	c.wantFor(t, m, s.what)
	if c.Status != l.T("proposals.status.open") || c.ID == "" {
		t.Fatalf("%s's proposal is %q with no form to vote on it (id %q), want %q", m.who.Name, c.Status, c.ID, l.T("proposals.status.open"))
	}
	s.thing = c.ID
	s.others[0].voteYes(t, s.path, s.thing)
	tr := s.treasurer
	tl := tr.l
	tr.voteYes(t, s.path, s.what)
	g = tr.read(t)
	c = g.card(t, tl.T("proposals.spend", s.price.Pounds(), s.to))
	if c.Status != tl.T("proposals.status.approved") {
		t.Errorf("after %d yes of %d, the gym's proposal is %q, want %q", needed, gymTenants, c.Status, tl.T("proposals.status.approved"))
	}
	c.wantLines(t, tr.who.Name, tl.T("proposals.count", needed, 0, needed, gymTenants))
	s.book.promised += s.price
	s.book.checkPot(t, tr, g)
}

// buy: the treasurer records the gym paid. The group page lists it among
// the things the group owns, and its page says what it cost, where it
// was bought and each tenant's £44 share.
func (s *gym) buy(t *testing.T) {
	tr := s.treasurer
	l := tr.l
	s.boughtAt[0] = time.Now()
	tr.recordPaid(t, s.path, s.what, 200)
	s.boughtAt[1] = time.Now()
	tr.wantDone(t, s.path, "spent")
	g := tr.read(t)
	if c := g.card(t, l.T("proposals.spend", s.price.Pounds(), s.to)); c.Status != l.T("proposals.status.paid") {
		t.Errorf("after the gym was paid, its proposal is %q, want %q", c.Status, l.T("proposals.status.paid"))
	}
	s.book.spend(t, s.price)
	s.book.checkPot(t, tr, g)
	heading, owned := s.ownedThings(t, tr)
	want := []thingLink{{Words: s.thingName + ": " + l.T("thing.cost_line", s.price.Pounds()), Href: s.thingPath()}}
	if !slices.Equal(owned, want) {
		t.Errorf("the treasurer reads %q as %v, want %v", heading, owned, want)
	}
	tr.click(t, "a", s.thingName, 200)
	wantPath(t, tr.ctx, s.thingPath())
	v := readThing(t, tr)
	var days []string
	for _, at := range s.boughtAt {
		days = append(days, community.InLondon(at).Format("Monday 2 January 2006"))
	}
	if v.Title != s.thingName || v.Summary[l.T("thing.cost")] != s.price.Pounds() || v.Summary[l.T("thing.from")] != s.to ||
		!slices.Contains(days, v.Summary[l.T("thing.bought")]) {
		t.Errorf("the gym's page reads %q with %v; want %q, %q %s, %q %s and %q %s", v.Title, v.Summary, s.thingName,
			l.T("thing.cost"), s.price.Pounds(), l.T("thing.from"), s.to, l.T("thing.bought"), days[0])
	}
	if _, offered := v.Summary[l.T("thing.use_fee")]; offered {
		t.Errorf("the gym's page shows a fee for others to use it before an organiser set one: %v", v.Summary)
	}
	s.checkOwners(t, tr, v)
}

// thingPath is the gym's page.
func (s *gym) thingPath() string { return s.path + "/things/" + s.thing }

// checkOwners fails t unless the gym's page lists each of the five
// tenants' shares of what it cost, as the book has them, and nothing from
// the common fund.
func (s *gym) checkOwners(t *testing.T, m *walker, v thingView) {
	t.Helper()
	var want [][]string
	for _, p := range s.book.owners {
		want = append(want, []string{p.Name, s.book.thingShares[p.ID].Pounds()})
	}
	if !slices.EqualFunc(v.Owners, want, slices.Equal) {
		t.Errorf("%s reads who owns what share of the gym as %q, want each tenant's %s: %q", m.who.Name, v.Owners, s.each.Pounds(), want)
	}
}

// lateJoiner: a sixth tenant joins after the gym was bought: their pledge
// is the £44 and the £10 late fee, the fee is charged to their account
// and goes to the common fund. They pay the £54 and the treasurer
// confirms it.
func (s *gym) lateJoiner(t *testing.T) {
	s.late.join(t, s.path)
	s.book.join(s.late.who, s.each, s.lateFee)
	tr := s.treasurer
	l := tr.l
	tr.open(t, s.path)
	g := tr.read(t)
	s.book.checkPot(t, tr, g)
	// The plain row has what they pledged and still have to pay; the Easy
	// Read page of the money has only paid, waiting and in their account.
	want, columns := []string{(s.each + s.lateFee).Pounds(), "£0", "£0", (s.each + s.lateFee).Pounds(), l.T("money.owes", s.lateFee.Pounds())},
		"pledged, paid, waiting, still to pay, in their account"
	if tr.easy {
		want, columns = []string{"£0", "£0", l.T("money.owes", s.lateFee.Pounds())}, "paid, waiting, in their account"
	}
	if got := g.Table[s.late.who.Name]; !slices.Equal(got, want) {
		t.Errorf("the treasurer reads the late tenant %s's row as %q, want %s %q: the late fee is charged to them",
			s.late.who.Name, got, columns, want)
	}
	s.wantFund(t, tr, g, s.lateFee, "after the late tenant joined, want their late fee")
	due := s.each + s.lateFee
	s.late.pay(t, s.path, due, "My share and the late fee")
	s.book.pays(s.late.who, due)
	tr.confirmOne(t, s.path, s.late.who.Name, due)
	s.book.confirmAll()
	s.book.checkPot(t, tr, tr.read(t))
}

// useFeeSet: the organiser opens the gym's page and lets others use it
// for £3 a month; "£0" and "three" are refused first, each with a message
// beside the fee, and nothing is saved.
func (s *gym) useFeeSet(t *testing.T) {
	tr := s.treasurer
	l := tr.l
	ctx := tr.tab(t)
	tr.open(t, s.thingPath())
	for _, bad := range []struct{ typed, key string }{{"£0", "error.use_fee.money.not_positive"}, {"three", "error.use_fee.money.not_number"}} {
		fill(t, ctx, "use_fee", bad.typed)
		if err := chromeClick(ctx, `main #use_every-month`); err != nil {
			t.Fatalf("choose %q: %v", l.T("thing.every.month"), err)
		}
		tr.press(t, s.thingPath()+"/use-fee", 400)
		summary := readErrorSummary(t, ctx)
		if want := l.T(bad.key); !summary.Visible || !slices.Equal(summary.Links, []string{"#use_fee"}) || !strings.Contains(summary.Messages["use_fee-error"], want) {
			t.Errorf("a use fee of %q shows the summary %+v; want it visible, linking to #use_fee, with %q beside it", bad.typed, summary, want)
		}
		tr.open(t, s.thingPath())
		if v := readThing(t, tr); v.Summary[l.T("thing.use_fee")] != "" {
			t.Errorf("after a use fee of %q was refused, the gym's page shows %q %q: it was saved", bad.typed, l.T("thing.use_fee"), v.Summary[l.T("thing.use_fee")])
		}
	}
	fill(t, ctx, "use_fee", typed(s.useFee))
	if err := chromeClick(ctx, `main #use_every-month`); err != nil {
		t.Fatalf("choose %q: %v", l.T("thing.every.month"), err)
	}
	tr.press(t, s.thingPath()+"/use-fee", 200)
	wantPath(t, ctx, s.thingPath()+"?done=use_fee")
	if got, want := noticeText(t, ctx), l.T("thing.done.use_fee"); got != want {
		t.Errorf("the organiser is told %q, want %q", got, want)
	}
	fee := s.feeWords(l)
	if v := readThing(t, tr); v.Summary[l.T("thing.use_fee")] != fee {
		t.Errorf("the gym's page shows %q beside %q, want %q", v.Summary[l.T("thing.use_fee")], l.T("thing.use_fee"), fee)
	}
	want := []thingLink{{Words: s.thingName + ": " + l.T("thing.cost_line", s.price.Pounds()) + "; " + l.T("thing.others_pay", fee), Href: s.thingPath()}}
	if heading, got := s.ownedThings(t, tr); !slices.Equal(got, want) {
		t.Errorf("the treasurer reads %q as %v, want %v", heading, got, want)
	}
}

// wantFund fails t unless the common fund holds want, as the treasurer
// reads it: beside its words in the plain pot's summary, which g read; in
// Easy Read the money page does not say it, and the page about closing
// the group, which the organiser's start page has a button to, says it
// as the part of the group's money its members would share.
func (s *gym) wantFund(t *testing.T, m *walker, g storyPage, want community.Pence, why string) {
	t.Helper()
	l := m.l
	if !m.easy {
		if got := g.Pot[l.T("money.fund")]; got != want.Pounds() {
			t.Errorf("%s reads the common fund as %q, %s: %s", m.who.Name, got, why, want.Pounds())
		}
		return
	}
	m.windUpPage(t, s.path)
	said := l.T("windup.how", want.Pounds())
	if want < 0 { // the fund paid out more than it took in
		said = l.T("windup.how_short", (-want).Pounds())
	}
	if !strings.Contains(mainText(t, m.ctx), said) {
		t.Errorf("%s reads the page about closing the group without %q, %s: %s; main says: %s", m.who.Name, said, why, want.Pounds(), mainText(t, m.ctx))
	}
}

// feeWords is the gym's fee as the pages say it: "£3 a month".
func (s *gym) feeWords(l *locale.Localizer) string {
	return l.T("thing.fee_every.month", s.useFee.Pounds())
}

// neighboursUse: two neighbours who are not members see the gym offered
// for £3 a month on the group page, start using it on its page, and each
// say they paid the first month's fee there. Paying into the pot is
// refused them. The treasurer confirms both fees; they go to the common
// fund, and each neighbour's statement shows theirs.
func (s *gym) neighboursUse(t *testing.T) {
	note := "use of " + s.thingName + ", month 1"
	methods := []string{"cash", "bank_transfer"}
	for i, n := range s.neighbours {
		l := n.l
		ctx := n.tab(t)
		n.open(t, s.path)
		g := n.read(t)
		if len(g.Pot) > 0 || len(g.Members) > 0 || len(g.Said) > 0 {
			t.Errorf("%s, who is not a member, sees the pot %v %q and the members %q", n.who.Name, g.Pot, g.Said, g.Members)
		}
		if n.easy {
			// The Easy Read start page has no buttons to the group's short
			// pages for them, and the page of its money is refused them.
			if tasks := texts(t, n, `main ul.tasks a`); len(tasks) > 0 {
				t.Errorf("%s, who is not a member, sees the group's buttons %q", n.who.Name, tasks)
			}
			n.navigate(t, s.path+"/money", 403)
			n.open(t, s.path)
		}
		want := []thingLink{{Words: s.thingName + ": " + s.feeWords(l), Href: s.thingPath()}}
		if got := readThingLists(t, n)[l.T("thing.others_may_use")]; !slices.Equal(got, want) {
			t.Errorf("%s reads %q on the group page as %v, want %v", n.who.Name, l.T("thing.others_may_use"), got, want)
		}
		n.click(t, "a", s.thingName, 200)
		wantSaid(t, ctx, l.T("thing.offered", s.feeWords(l)), l.T("thing.not_owner"))
		n.click(t, "button", l.T("thing.use", s.thingName), 200)
		wantPath(t, ctx, s.thingPath()+"?done=using")
		if got, want := noticeText(t, ctx), l.T("thing.done.using"); got != want {
			t.Errorf("%s is told %q, want %q", n.who.Name, got, want)
		}
		wantSaid(t, ctx, l.T("thing.you_use", s.feeWords(l)), l.T("thing.fees_paid", 0))
		fill(t, ctx, "method", methods[i])
		n.click(t, "button", l.T("thing.pay.month", s.useFee.Pounds(), 1), 200)
		s.feePaidAt[i] = time.Now()
		wantPath(t, ctx, s.thingPath()+"?done=fee_paid")
		if got, want := noticeText(t, ctx), l.T("thing.done.fee_paid"); got != want {
			t.Errorf("%s is told %q, want %q", n.who.Name, got, want)
		}
		wantSaid(t, ctx, l.T("thing.fee_waiting", s.useFee.Pounds()), l.T("thing.fees_paid_one", 1))
		s.book.useFee(n.who, s.useFee)
	}
	// Users do not pay into the pot.
	words := storyWords(t, false)
	ph := s.neighbourPhones[1]
	page, err := ph.h.Post(s.path+"/payments", url.Values{"amount": {typed(s.each)}, "method": {"cash"}, "note": {"Can I chip in?"}})
	if err != nil {
		t.Fatalf("%s pays into the pot: %v", ph.who.Name, err)
	}
	if body := html.UnescapeString(page.Body); page.Status != 403 || !strings.Contains(body, words.T("error.thing.users_do_not")) {
		t.Errorf("%s, who uses the gym for a fee, pays %s into the pot: status %d, want 403 saying %q; the page says: %.300s",
			ph.who.Name, s.each.Pounds(), page.Status, words.T("error.thing.users_do_not"), mainOf(body))
	}

	tr := s.treasurer
	l := tr.l
	tr.open(t, s.path)
	g := tr.read(t)
	s.book.checkPot(t, tr, g)
	var want []string
	for i, n := range s.neighbours {
		want = append(want, tr.waitingLine(n.who.Name, s.useFee, methods[i], note))
	}
	if !slices.Equal(g.ToConfirm, want) {
		t.Errorf("the treasurer sees these payments to confirm: %q, want the neighbours' fees, each by name, for the treasurer to know whose money arrived: %q", g.ToConfirm, want)
	}
	tr.confirmAll(t, s.path, 2, 2*s.useFee)
	s.book.confirmAll()
	g = tr.read(t)
	s.book.checkPot(t, tr, g)
	s.wantFund(t, tr, g, s.lateFee+2*s.useFee, fmt.Sprintf("after the neighbours' fees, want the late fee and two fees of %s", s.useFee.Pounds()))
	tr.open(t, s.thingPath())
	var users []string
	for _, n := range s.neighbours {
		users = append(users, l.T("thing.user_line_one", n.who.Name, 1))
	}
	if v := readThing(t, tr); !slices.Equal(v.Users, users) {
		t.Errorf("the treasurer reads the gym's users as %q, want %q", v.Users, users)
	}

	for i, n := range s.neighbours {
		l := n.l
		n.open(t, s.path+"/statement"+showAll)
		// The payment and the fee are recorded at the same moment; either
		// may be listed first, and the account ends at nothing: on the
		// plain page in the balance after the second line, in Easy Read
		// (whose lines have no balance) in the total below them.
		rows := n.statementLines(t)
		var lines [][]string
		for _, r := range rows {
			if n.easy {
				lines = append(lines, r)
			} else if len(r) == 4 {
				lines = append(lines, r[:3])
			}
		}
		want := n.statementWant([]statementLine{
			{s.feePaidAt[i], "payment", note, s.useFee, "confirmed", 0},
			{s.feePaidAt[i], "fee", note, -s.useFee, "recorded", 0},
		})
		if !n.easy {
			for j := range want {
				want[j] = want[j][:3]
			}
		}
		slices.SortFunc(lines, func(a, b []string) int { return strings.Compare(strings.Join(a, "|"), strings.Join(b, "|")) })
		slices.SortFunc(want, func(a, b []string) int { return strings.Compare(strings.Join(a, "|"), strings.Join(b, "|")) })
		if !slices.EqualFunc(lines, want, slices.Equal) || !n.easy && (len(rows) < 2 || rows[1][3] != "£0") {
			t.Errorf("%s's statement reads:\n%q\nwant their fee paid, confirmed, and charged for the use of %s, ending at £0:\n%q", n.who.Name, rows, s.thingName, want)
		}
		wantSaid(t, n.ctx, l.T("statement.total", s.useFee.Pounds()), l.T("statement.fees", s.useFee.Pounds()), l.T("statement.balance", "£0"))
	}
}

// mainOf is the words of an HTML page's main, roughly, for a failure.
func mainOf(body string) string {
	if _, after, ok := strings.Cut(body, "<main"); ok {
		body = after
	}
	return strings.Join(strings.Fields(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(body, " ")), " ")
}

// leave: one of the two tenants opens the leave page from the group page,
// reads the working in numbers, asks first for more than their share (it
// is refused, with the figure), then for £30, and leaves.
func (s *gym) leave(i int) func(t *testing.T) {
	return func(t *testing.T) {
		m := s.leavers[i]
		l := m.l
		ctx := m.tab(t)
		if m.easy {
			m.goTo(t, s.path, "leave") // the start page's button "Leave this group"
		} else {
			m.open(t, s.path)
			m.click(t, "a", l.T("group.leave.link"), 200)
		}
		wantPath(t, ctx, s.path+"/leave")
		working := readWorking(t, m)
		want := s.book.working(l, m.who.ID)
		if !slices.Equal(working, want) {
			t.Errorf("%s reads the working of leaving as %q, want %q", m.who.Name, working, want)
		}
		s.leaving[m.who.ID] = working
		owned := s.book.thingShares[m.who.ID]
		wantSaid(t, ctx, l.T("group.leave.owned", s.thingName, owned.Pounds()))
		if i == 1 {
			first := s.leavers[0]
			if before := s.leaving[first.who.ID]; !slices.Equal(working, before) {
				t.Errorf("%s and %s each put in %s and own a %s share of %s, but leaving second %s reads %q where %s, leaving first, read %q: "+
					"who leaves first should not change what either gets back or owes",
					first.who.Name, m.who.Name, s.each.Pounds(), owned.Pounds(), s.thingName, m.who.Name, working, first.who.Name, before)
			}
		}
		tooMuch := owned + 1_00
		fill(t, ctx, "value", typed(tooMuch))
		m.press(t, s.path+"/leave", 400)
		summary := readErrorSummary(t, ctx)
		if want := l.T("error.buy_out.more_than_share", owned.Pounds()); !summary.Visible || !slices.Equal(summary.Links, []string{"#value"}) ||
			!strings.Contains(summary.Messages["value-error"], want) {
			t.Errorf("asking %s for a share of %s, %s sees the summary %+v; want it visible, linking to #value, with %q beside it",
				tooMuch.Pounds(), owned.Pounds(), m.who.Name, summary, want)
		}
		fill(t, ctx, "value", typed(s.value))
		m.press(t, s.path+"/leave", 200)
		wantPath(t, ctx, "/groups?done=left")
		s.book.leave(m.who)
		s.book.checkPot(t, s.treasurer, s.treasurerView(t))
	}
}

// treasurerView is the group page as the treasurer's tab shows it now.
func (s *gym) treasurerView(t *testing.T) storyPage {
	t.Helper()
	s.treasurer.open(t, s.path)
	return s.treasurer.read(t)
}

// buyOut: the tenants who stay vote on buying out the share of the one
// who just left, at the £30 they asked; two say yes from their phones, a
// neighbour who tries to vote is refused, and the treasurer's yes agrees
// it. It is owed back to the leaver, from the group's common fund.
func (s *gym) buyOut(i int) func(t *testing.T) {
	return func(t *testing.T) {
		leaver := s.leavers[i]
		id := s.openProposal(t)
		voters := len(s.book.members)
		needed := voters/2 + 1
		for _, o := range s.others[:needed-1] {
			o.voteYes(t, s.path, id)
		}
		if i == 0 {
			words := storyWords(t, false)
			ph := s.neighbourPhones[0]
			page, err := ph.h.Post(s.path+"/proposals/"+id+"/vote", url.Values{"vote": {"yes"}})
			if err != nil {
				t.Fatalf("%s votes: %v", ph.who.Name, err)
			}
			if body := html.UnescapeString(page.Body); page.Status != 403 || !strings.Contains(body, words.T("error.thing.users_do_not")) {
				t.Errorf("%s, who uses the gym for a fee, votes on buying out %s's share: status %d, want 403 saying %q; the page says: %.300s",
					ph.who.Name, leaver.who.Name, page.Status, words.T("error.thing.users_do_not"), mainOf(body))
			}
		}
		tr := s.treasurer
		l := tr.l
		heading := l.T("proposals.buy_out", s.value.Pounds())
		tr.open(t, s.path)
		c := openCard(t, tr.read(t), heading, l)
		c.wantLines(t, tr.who.Name, l.T("proposals.buy_out_by"), l.T("proposals.count", needed-1, 0, needed, voters),
			l.T("proposals.buy_out_for", s.thingName))
		tr.voteYes(t, s.path, heading)
		g := tr.read(t)
		var agreed, open []string
		for _, c := range g.Cards {
			switch {
			case c.Heading != heading:
			case c.Status == l.T("proposals.status.bought_out"):
				agreed = append(agreed, c.Status)
			default:
				open = append(open, c.Status)
			}
		}
		if len(agreed) != i+1 || len(open) != 0 {
			t.Errorf("after %d yes of %d, the buy-outs of %s read %q and %q; want %d of them %q and none otherwise",
				needed, voters, s.thingName, agreed, open, i+1, l.T("proposals.status.bought_out"))
		}
		if want := l.T("timeline.bought_out", leaver.who.Name, s.value.Pounds()); !slices.Contains(g.Timeline, want) {
			t.Errorf("the timeline %q does not say %q", g.Timeline, want)
		}
		s.book.buyOut(t, leaver.who, s.value)
		s.book.checkPot(t, tr, g)
		s.book.checkFormer(t, tr, g)
		if tr.easy {
			// The plain checkPot reads the common fund in the pot's summary.
			s.wantFund(t, tr, g, s.book.fund(), "after the buy-out, want the fees less the buy-outs")
		}
	}
}

// openProposal is the id of the one proposal open for votes, from the
// treasurer's phone.
func (s *gym) openProposal(t *testing.T) string {
	t.Helper()
	body := httpPage(t, s.treasurerPhone.h, s.path)
	var ids []string
	for _, f := range sitetest.Forms(body) {
		if rest, ok := strings.CutPrefix(f.Action, s.path+"/proposals/"); ok && strings.HasSuffix(rest, "/vote") && !slices.Contains(ids, strings.TrimSuffix(rest, "/vote")) {
			ids = append(ids, strings.TrimSuffix(rest, "/vote"))
		}
	}
	if len(ids) != 1 {
		t.Fatalf("the treasurer can vote on %d proposals, want the one buy-out: %q", len(ids), ids)
	}
	return ids[0]
}

// openCard is the proposal open for votes headed heading.
func openCard(t *testing.T, g storyPage, heading string, l *locale.Localizer) storyCard {
	t.Helper()
	var found []storyCard
	for _, c := range g.Cards {
		if c.Heading == heading && c.Status == l.T("proposals.status.open") {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d open proposals headed %q, want 1; the proposals are %+v", len(found), heading, g.Cards)
	}
	return found[0]
}

// payBack: the treasurer pays each leaver back what they are owed, from
// the group page; they get the same, and the pot is what the book says.
func (s *gym) payBack(t *testing.T) {
	tr := s.treasurer
	l := tr.l
	var want []string
	for _, m := range s.leavers {
		want = append(want, l.T("money.pay_back", s.book.refundOwed[m.who.ID].Pounds(), m.who.Name))
	}
	if got := s.toPayBack(t, tr); !slices.Equal(got, want) {
		t.Errorf("the treasurer reads %q as %q, want %q", l.T("money.to_pay_back"), got, want)
	}
	var g storyPage
	for _, m := range s.leavers {
		tr.payBack(t, s.path, m.who.Name, s.book.refundOwed[m.who.ID])
		s.book.payBack(m.who)
		g = tr.read(t)
		s.book.checkPot(t, tr, g)
	}
	if tr.easy {
		tr.open(t, s.path)
		if n := eval[int](t, tr.ctx, `document.querySelectorAll('main ul.tasks a[href=`+js(s.path+"/refunds")+`]').length`); n != 0 {
			t.Errorf("after paying both back, the treasurer's start page still has the button to pay people back")
		}
	}
	if got := s.toPayBack(t, tr); len(got) > 0 {
		t.Errorf("after paying both back, the treasurer still reads %q: %q", l.T("money.to_pay_back"), got)
	}
	if tr.easy {
		wantSaid(t, tr.ctx, l.T("group.pay_back_none"))
		tr.open(t, s.path)
	}
	s.book.checkFormer(t, tr, g)
	first, second := s.leavers[0].who, s.leavers[1].who
	if s.book.refunded[first.ID] != s.book.refunded[second.ID] {
		t.Errorf("%s was paid back %s and %s %s: they put in the same and owned the same share", first.Name, s.book.refunded[first.ID].Pounds(),
			second.Name, s.book.refunded[second.ID].Pounds())
	}
	// What each comes out with: what they were paid back, less what they
	// still owe the group.
	net := func(p community.Person) community.Pence { return s.book.refunded[p.ID] + min(s.book.balance(p.ID), 0) }
	if net(first) != net(second) {
		t.Errorf("%s, who left first, comes out with %s; %s, who left second, with %s (paid back %s, and the group page says %q): "+
			"the second to leave was charged part of the first one's buy-out and cannot ask for it back, so who leaves first gets more",
			first.Name, net(first).Pounds(), second.Name, net(second).Pounds(), s.book.refunded[second.ID].Pounds(),
			l.T("money.former_owes", second.Name, (-min(s.book.balance(second.ID), 0)).Pounds()))
	}
}

// statements: each leaver reads their statement, which they keep; the
// treasurer downloads the ledger, whose running balance ends on what the
// group page says is in the pot.
func (s *gym) statements(t *testing.T) {
	for _, m := range s.leavers {
		l := m.l
		m.open(t, s.path+"/statement"+showAll)
		rows := m.statementLines(t)
		if len(rows) == 0 {
			t.Fatalf("%s's statement after leaving has no lines", m.who.Name)
		}
		// An Easy Read statement's lines have no balance after each: the
		// total below them, which both pages have, says it.
		balance := s.book.balance(m.who.ID)
		if last := rows[len(rows)-1]; !m.easy && last[3] != balance.Pounds() {
			t.Errorf("%s's statement ends on a balance of %q, want %s; it reads:\n%q", m.who.Name, last[3], balance.Pounds(), rows)
		}
		said := []string{l.T("statement.total", s.book.paid[m.who.ID].Pounds()), l.T("statement.shares", s.book.shares[m.who.ID].Pounds()),
			l.T("statement.refunded", s.book.refunded[m.who.ID].Pounds())}
		if balance < 0 {
			said = append(said, l.T("statement.owes", (-balance).Pounds()))
		} else {
			said = append(said, l.T("statement.balance", balance.Pounds()))
		}
		wantSaid(t, m.ctx, said...)
	}

	tr := s.treasurer
	l := tr.l
	ctx := tr.tab(t)
	tr.open(t, s.path)
	got, raw := fetchCSV(t, ctx, s.path+"/ledger.csv")
	if got.Status != 200 {
		t.Fatalf("ledger.csv: status %d", got.Status)
	}
	all := csvRows(t, "ledger.csv", raw, ledgerColumns)
	kinds := map[string]int{}
	for i, row := range all {
		kinds[row["what"]]++
		switch row["what"] {
		case "Spend":
			checkCSVRow(t, "ledger.csv", i+1, row, csvRow{"amount": "-" + pence(s.price), "for": s.to + ": " + s.what, "recorded by": tr.who.Name})
		case "Refund paid back":
			checkCSVRow(t, "ledger.csv", i+1, row, csvRow{"amount": "-" + pence(s.value), "recorded by": tr.who.Name})
		}
	}
	payments := gymTenants + 1 + len(s.neighbours)
	if kinds["Payment"] != payments || kinds["Spend"] != 1 || kinds["Refund paid back"] != 2 {
		t.Errorf("ledger.csv has %d payments, %d spends and %d refunds paid back, want %d (the five tenants, the late one and the two fees), the gym and the two buy-outs:\n%s",
			kinds["Payment"], kinds["Spend"], kinds["Refund paid back"], payments, got.Body)
	}
	last := checkLedgerBalances(t, "ledger.csv", all)
	if last != s.book.pot() {
		t.Errorf("ledger.csv ends on a balance of %s, want %s", pence(last), pence(s.book.pot()))
	}
	g := tr.read(t)
	if left := g.Pot[l.T("money.left")]; !tr.easy && left != last.Pounds() {
		t.Errorf("the ledger ends on a balance of %s; the group page says %q is left in the pot", pence(last), left)
	}
	if said := l.T("group.in_pot", last.Pounds()); tr.easy && !slices.Contains(g.Said, said) {
		t.Errorf("the ledger ends on a balance of %s; the page of the group's money says %q, not %q", pence(last), g.Said, said)
	}
	s.book.checkPot(t, tr, g)
}

// readWorking is the working of leaving, as the leave page lists it.
func readWorking(t *testing.T, m *walker) []string {
	t.Helper()
	return eval[[]string](t, m.ctx, `[...document.querySelectorAll('main ul.working li')].map(li => li.textContent.trim().replace(/\s+/g, ' '))`)
}

// thingLink is one line of a list of things on the group page.
type thingLink struct{ Words, Href string }

// readThingLists reads the lists of things on the group page, by the
// heading above each.
func readThingLists(t *testing.T, m *walker) map[string][]thingLink {
	t.Helper()
	return eval[map[string][]thingLink](t, m.ctx, `(() => {
	  const words = el => el.textContent.trim().replace(/\s+/g, ' ');
	  const out = {};
	  for (const h of document.querySelectorAll('main h2')) {
	    const ul = h.nextElementSibling;
	    if (!ul || !ul.matches('ul.plain-list') || !ul.querySelector('li a[href*="/things/"]')) continue;
	    out[words(h)] = [...ul.querySelectorAll('li')].map(li => ({Words: words(li), Href: li.querySelector('a').getAttribute('href')}));
	  }
	  return out;
	})()`)
}

// ownedThings is the list of the things the group owns, as a member
// reads it, with its heading: on the plain group page, below its heading;
// in Easy Read on the page the start page's button "Things the group has"
// leads to, under its h1.
func (s *gym) ownedThings(t *testing.T, m *walker) (string, []thingLink) {
	t.Helper()
	l := m.l
	m.goTo(t, s.path, "things")
	if !m.easy {
		return l.T("thing.heading"), readThingLists(t, m)[l.T("thing.heading")]
	}
	wantPath(t, m.ctx, s.path+"/things")
	if h1 := texts(t, m, `main h1`); !slices.Equal(h1, []string{l.T("group.task.things")}) {
		t.Errorf("%s reads the page of the group's things headed %q, want %q", m.who.Name, h1, l.T("group.task.things"))
	}
	return l.T("group.task.things"), eval[[]thingLink](t, m.ctx, `[...document.querySelectorAll('main ul.plain-list li')].map(li =>
	  ({Words: li.textContent.trim().replace(/\s+/g, ' '), Href: (li.querySelector('a') || {getAttribute: () => ''}).getAttribute('href')}))`)
}

// toPayBack is what the treasurer reads is to be paid back to whom: on
// the plain group page, below its heading; in Easy Read on the page to
// pay people back.
func (s *gym) toPayBack(t *testing.T, tr *walker) []string {
	t.Helper()
	if !tr.easy {
		tr.open(t, s.path)
		return moneyLists(t, tr)[tr.l.T("money.to_pay_back")]
	}
	tr.goTo(t, s.path, "refunds")
	return texts(t, tr, `main #pay-back li > span`)
}

// moneyLists reads the lists in the pot's section below its table, by the
// heading above each ("" for those without one).
func moneyLists(t *testing.T, m *walker) map[string][]string {
	t.Helper()
	return eval[map[string][]string](t, m.ctx, `(() => {
	  const words = el => el.textContent.trim().replace(/\s+/g, ' ');
	  const out = {};
	  for (const ul of document.querySelectorAll('main #money > ul.plain-list')) {
	    const h = ul.previousElementSibling;
	    const key = h && h.matches('h3') ? words(h) : '';
	    out[key] = [...ul.querySelectorAll('li')].map(li => words(li.querySelector(':scope > span') || li));
	  }
	  return out;
	})()`)
}

// thingView is a thing's page as a member reads it.
type thingView struct {
	Title   string
	Summary map[string]string
	Owners  [][]string // name (or "a former member"), share
	Users   []string
}

func readThing(t *testing.T, m *walker) thingView {
	t.Helper()
	return eval[thingView](t, m.ctx, `((usersHeading) => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = document.querySelector('main');
	  const summary = {};
	  for (const d of main.querySelectorAll('dl.summary > div')) summary[words(d.querySelector('dt'))] = words(d.querySelector('dd'));
	  const users = [...main.querySelectorAll('h2')].find(h => words(h) === usersHeading);
	  return {
	    Title: words(main.querySelector('h1')), Summary: summary,
	    Owners: [...main.querySelectorAll('table.money-table tbody tr')].map(tr => [words(tr.querySelector('th')), words(tr.querySelector('td'))]),
	    Users: users && users.nextElementSibling ? [...users.nextElementSibling.querySelectorAll('li')].map(words) : [],
	  };
	})(`+js(m.l.T("thing.users"))+`)`)
}

// gymBook is what the group's ledger must say, kept by the story from
// what its people did: each member's pledge, what they paid and have
// waiting, the fees and shares charged to their account, buy-outs put
// into it (from the common fund) and refunds owed and paid out of it; the
// gym's spend, and the odd pence its shares leave to the common fund.
// Members are in the order they joined; those who left are former.
type gymBook struct {
	members, former, users []community.Person
	// owners are those who shared the gym, thingShares their shares.
	owners      []community.Person
	thingShares map[string]community.Pence
	pledged     map[string]community.Pence
	paid        map[string]community.Pence
	waiting     map[string]community.Pence
	fees        map[string]community.Pence
	shares      map[string]community.Pence
	boughtOut   map[string]community.Pence
	refundOwed  map[string]community.Pence
	refunded    map[string]community.Pence
	spent, odd  community.Pence
	promised    community.Pence
}

func newGymBook() *gymBook {
	m := func() map[string]community.Pence { return map[string]community.Pence{} }
	return &gymBook{thingShares: m(), pledged: m(), paid: m(), waiting: m(), fees: m(), shares: m(), boughtOut: m(), refundOwed: m(), refunded: m()}
}

// join is a member joining: they pledge the contribution and any fee,
// which is charged to their account at once.
func (b *gymBook) join(p community.Person, contribution, fee community.Pence) {
	b.members = append(b.members, p)
	b.pledged[p.ID] = contribution + fee
	b.fees[p.ID] += fee
}

func (b *gymBook) pays(p community.Person, amount community.Pence) { b.waiting[p.ID] += amount }

func (b *gymBook) confirmAll() {
	for id, w := range b.waiting {
		b.paid[id] += w
	}
	clear(b.waiting)
}

// useFee is someone who uses the gym saying they paid a fee: it waits
// for the treasurer, and the fee is charged to them, for the common
// fund, at once.
func (b *gymBook) useFee(p community.Person, fee community.Pence) {
	if !slices.ContainsFunc(b.users, func(u community.Person) bool { return u.ID == p.ID }) {
		b.users = append(b.users, p)
	}
	b.waiting[p.ID] += fee
	b.fees[p.ID] += fee
}

// split charges amount to the members in equal shares, the odd pence to
// the common fund.
func (b *gymBook) split(amount community.Pence) map[string]community.Pence {
	out := map[string]community.Pence{}
	share := amount / community.Pence(len(b.members))
	for _, p := range b.members {
		out[p.ID] = share
		b.shares[p.ID] += share
	}
	b.odd += amount - share*community.Pence(len(b.members))
	return out
}

// spend is the gym, agreed and paid, shared among the members, who own
// it in their shares.
func (b *gymBook) spend(t *testing.T, amount community.Pence) {
	t.Helper()
	for id, share := range b.split(amount) {
		b.thingShares[id] += share
	}
	b.owners = slices.Clone(b.members)
	b.spent += amount
	b.promised -= amount
}

func (b *gymBook) balance(id string) community.Pence {
	return b.paid[id] + b.boughtOut[id] - b.fees[id] - b.shares[id] - b.refundOwed[id] - b.refunded[id]
}

// leave is a member leaving under the buy-out rule: their pledge is
// cancelled and their unspent money, if any, owed back; what they owe
// they still owe.
func (b *gymBook) leave(p community.Person) {
	b.refundOwed[p.ID] += max(b.balance(p.ID), 0)
	delete(b.pledged, p.ID)
	b.members = slices.DeleteFunc(b.members, func(m community.Person) bool { return m.ID == p.ID })
	b.former = append(b.former, p)
}

// buyOut is the members who stay agreeing to buy out a leaver's share
// for value: the group pays it from its common fund into the leaver's
// account, and it is owed back to them. Nobody who stays is charged that
// day, so whoever leaves second gets the same as whoever left first.
func (b *gymBook) buyOut(t *testing.T, p community.Person, value community.Pence) {
	t.Helper()
	b.boughtOut[p.ID] += value
	b.refundOwed[p.ID] += value
}

func (b *gymBook) payBack(p community.Person) {
	b.refunded[p.ID] += b.refundOwed[p.ID]
	b.refundOwed[p.ID] = 0
}

func (b *gymBook) pot() community.Pence {
	return total(b.paid) - b.spent - total(b.refunded)
}

func (b *gymBook) fund() community.Pence { return total(b.fees) - b.odd - total(b.boughtOut) }

// working is what the leave page must show a member of their money, line
// by line: what they put in, the fees and shares charged, what is left
// or owed, and what comes back to them.
func (b *gymBook) working(l *locale.Localizer, id string) []string {
	out := []string{l.T("group.leave.you_paid", b.paid[id].Pounds())}
	if f := b.fees[id]; f > 0 {
		out = append(out, l.T("group.leave.fees", f.Pounds()))
	}
	if sh := b.shares[id]; sh > 0 {
		out = append(out, l.T("group.leave.shares", sh.Pounds()))
	}
	balance := b.balance(id)
	switch {
	case balance < 0:
		out = append(out, l.T("group.leave.owes", (-balance).Pounds()))
	case balance > 0:
		out = append(out, l.T("group.leave.balance", balance.Pounds()), l.T("group.leave.refund", balance.Pounds()))
	default:
		out = append(out, l.T("group.leave.balance", balance.Pounds()), l.T("group.leave.nothing_back"))
	}
	return out
}

// checkPot fails t for each figure of the pot, and each member's row of
// who has paid what, that the page shows otherwise than the book says.
func (b *gymBook) checkPot(t *testing.T, m *walker, g storyPage) {
	t.Helper()
	if m.easy {
		b.checkPotEasy(t, m, g)
		return
	}
	l := m.l
	owedBack := total(b.refundOwed)
	free := b.pot() - owedBack - b.promised
	figures := map[string]community.Pence{
		"money.paid": total(b.paid), "money.waiting": total(b.waiting), "money.pledged": total(b.pledged), "money.spent": b.spent,
		"money.left": b.pot(), "money.promised": b.promised, "money.free": max(free, 0), "money.fund": b.fund(),
	}
	absent := []string{}
	if owedBack > 0 {
		figures["money.owed_back"] = owedBack
	} else {
		absent = append(absent, "money.owed_back")
	}
	if free < 0 {
		figures["money.awaited"] = -free
	} else {
		absent = append(absent, "money.awaited")
	}
	for _, key := range slices.Sorted(func(yield func(string) bool) {
		for k := range figures {
			if !yield(k) {
				return
			}
		}
	}) {
		if got, ok := g.Pot[l.T(key)]; !ok || got != figures[key].Pounds() {
			t.Errorf("%s sees %q beside %q in the pot's summary, want %s; the summary is %v", m.who.Name, got, l.T(key), figures[key].Pounds(), g.Pot)
		}
	}
	for _, key := range absent {
		if got, ok := g.Pot[l.T(key)]; ok {
			t.Errorf("%s sees %q beside %q in the pot's summary; the book has nothing there", m.who.Name, got, l.T(key))
		}
	}
	if len(g.Table) != len(b.members) {
		t.Errorf("%s sees %d rows of who has paid what, want one for each of the %d members: %v", m.who.Name, len(g.Table), len(b.members), g.Table)
	}
	for _, p := range b.members {
		account := b.balance(p.ID).Pounds()
		if bal := b.balance(p.ID); bal < 0 {
			account = l.T("money.owes", (-bal).Pounds())
		}
		want := []string{b.pledged[p.ID].Pounds(), b.paid[p.ID].Pounds(), b.waiting[p.ID].Pounds(), max(b.pledged[p.ID]-b.paid[p.ID], 0).Pounds(), account}
		if got := g.Table[p.Name]; !slices.Equal(got, want) {
			t.Errorf("%s reads %s's row of who has paid what as %q, want pledged, paid, waiting, still to pay, in their account %q", m.who.Name, p.Name, got, want)
		}
	}
}

// checkPotEasy fails t for each figure of the group's money the Easy
// Read member reads otherwise than the book says, on the page of the
// group's money, which g read: its sentences say what is in the pot, what
// the member put in and owes, what waits to be checked, what is free to
// spend and who left owing the group; its table each member's row of who
// paid what (paid, waiting, in their account). The page has no figures
// for what was pledged or spent, or for the common fund (wantFund).
func (b *gymBook) checkPotEasy(t *testing.T, m *walker, g storyPage) {
	t.Helper()
	checkMoneyEasy(t, m, g, easyMoney{pot: b.pot(), free: max(b.pot()-total(b.refundOwed)-b.promised, 0),
		members: b.members, paid: b.paid, waiting: b.waiting, balance: b.balance, more: b.formerOwe(m.l)})
}

// checkFormer fails t unless the treasurer reads each former member who
// owes the group, by name, with what they owe: on the plain group page the
// tab shows, in a list below the pot's table; in Easy Read among the
// sentences of the page of the group's money, which g read.
func (b *gymBook) checkFormer(t *testing.T, tr *walker, g storyPage) {
	t.Helper()
	want := b.formerOwe(tr.l)
	var got []string
	if !tr.easy {
		got = moneyLists(t, tr)[""]
	} else {
		for _, said := range g.Said {
			if formerOwes(tr.l).MatchString(said) {
				got = append(got, said)
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the treasurer reads who left owing the group as %q, want %q", got, want)
	}
}

// formerOwe are the sentences saying who left owing the group what, in
// the order they left.
func (b *gymBook) formerOwe(l *locale.Localizer) []string {
	var out []string
	for _, p := range b.former {
		if bal := b.balance(p.ID); bal < 0 {
			out = append(out, l.T("money.former_owes", p.Name, (-bal).Pounds()))
		}
	}
	return out
}

// formerOwes matches a sentence saying someone who left owes the group.
func formerOwes(l *locale.Localizer) *regexp.Regexp {
	name, amount := "\x00", "\x01"
	parts := regexp.MustCompile("[\x00\x01]").Split(l.T("money.former_owes", name, amount), -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile("^" + strings.Join(parts, ".+") + "$")
}
