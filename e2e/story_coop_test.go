package e2e

import (
	"context"
	"html"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// The co-op: ten allotment holders put in £20 a month for six months, and
// everyone must agree a spend. A spend is agreed only when the last of
// them says yes; they vote to change that rule to a set number, two, and
// see the rule as it is and as it would be; then two yes votes agree a
// spend. A proposal is withdrawn by the member who made it, and one that
// nobody else supports is not agreed once its vote closes a week later.
//
// The vote closing needs the clock to move, so each walk of the co-op has
// a site of its own, with a clock the story moves on. It starts on a
// Monday in June, in British Summer Time, when London's day and the UTC
// day begin an hour apart.
var coopStart = time.Date(2027, time.June, 7, 10, 0, 0, 0, community.London())

// coopSize is how many members the co-op has.
const coopSize = 10

// coop is one walk of the story, on a site of its own.
type coop struct {
	site  *sitetest.Site
	clock *storyClock
	// organiser starts the co-op and is its treasurer; member proposes
	// most of what the co-op decides. The others act over HTTP.
	organiser, member *walker
	organiserPhone    httpMember
	others            []httpMember
	id, path, name    string
	each              community.Pence // what each member puts in a month
	months            int
	book              *book
	// spends are the co-op's spends by what they are for.
	spends map[string]coopSpend
}

// coopSpend is a spend the story proposes.
type coopSpend struct {
	amount   community.Pence
	to, what string
	id       string
	proposed time.Time // on the site's clock
}

// heading is the spend's heading on the group page.
func (sp coopSpend) heading(s *coop) string {
	return s.member.l.T("proposals.spend", sp.amount.Pounds(), sp.to)
}

// TestCoopStory walks the co-op in plain English and in Easy Read, each on
// a site and clock of its own, at once.
func TestCoopStory(t *testing.T) {
	t.Parallel()
	for _, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := newCoop(t, mode)
			runStory(t, s.steps())
		})
	}
}

// steps is the co-op's story, in order; what the co-op does next goes at
// the end. The statements leave it a week and an hour after it started
// (s.clock), with £140 in the pot, £14 in each member's account, the
// padlock agreed for £40 and not paid yet (s.spends), and every other
// proposal decided; s.book says what the money must come to. Then the
// co-op closes, and pays each member back.
func (s *coop) steps() []storyStep {
	return []storyStep{
		{"the-organiser-starts-the-co-op", s.start},
		{"nine-more-join", s.join},
		{"the-first-month-is-paid", s.firstMonth},
		{"a-spend-needs-every-yes", s.everyoneAgrees},
		{"the-rules-change-to-a-set-number", s.changeRules},
		{"a-spend-agreed-by-two", s.twoAgree},
		{"a-proposal-withdrawn-by-its-proposer", s.withdraw},
		{"a-vote-closes-without-agreement", s.voteCloses},
		{"statements-and-ledger", s.statements},
		{"the-group-is-wound-up", s.windUp},
	}
}

// newCoop starts the co-op's own site, with its clock at coopStart, and
// signs in its members: the first ten visible members with a profile that
// the site's store lists.
func newCoop(t *testing.T, mode storyMode) *coop {
	t.Helper()
	began := time.Now()
	s := &coop{clock: newStoryClock(coopStart), name: "Canal Street allotment co-op, " + mode.name, each: 20_00, months: 6,
		spends: map[string]coopSpend{}}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	s.site = sitetest.StartT(t, sitetest.Options{Clock: s.clock.Now, Log: log})
	people, err := s.site.App.Store.DemoPeople(context.Background())
	if err != nil {
		t.Fatalf("the co-op site's demo members: %v", err)
	}
	people = slices.DeleteFunc(people, func(p community.Person) bool {
		return !p.Visible() || !p.HasProfile() || len(p.Interests) == 0 || p.District == ""
	})
	if len(people) < coopSize {
		t.Fatalf("only %d demo members can be in the co-op, want %d", len(people), coopSize)
	}
	people = people[:coopSize]
	s.book = newBook(s.each * community.Pence(s.months))
	s.organiser = newWalker(t, s.site.URL, people[0], mode)
	s.member = newWalker(t, s.site.URL, people[1], mode)
	s.organiserPhone = httpMemberAt(t, s.site.URL, people[0])
	for _, p := range people[2:] {
		s.others = append(s.others, httpMemberAt(t, s.site.URL, p))
	}
	t.Logf("started the co-op's site and signed its members in: %s", time.Since(began).Round(time.Millisecond))
	return s
}

// start: the organiser starts the co-op, where every member must agree a
// spend.
func (s *coop) start(t *testing.T) {
	m := s.organiser
	l := m.l
	s.id = startGroup(t, m, map[string]string{
		"name": s.name, "purpose": "We buy seeds, tools and compost for our plots together, and decide together what to buy.",
		"easy_summary": "We buy things for our gardens together. We all decide.", "district": m.who.District,
		"max_size": strconv.Itoa(coopSize), "contribution": typed(s.each), "every": "month", "times": strconv.Itoa(s.months),
		"first_due": "", "joining_fee": "", "late_fee": "", "kept_at": "", "votes_needed": "",
	}, "open-open", "split-equal", "leaver-refund_unspent", "votes-everyone")
	s.path = "/groups/" + s.id
	m.wantDone(t, s.path, "started")
	g := m.read(t)
	for _, rule := range []string{l.T("rules.contribution.month", s.each.Pounds(), s.months, s.book.pledge.Pounds()), l.T("rules.votes.everyone")} {
		if !slices.Contains(g.Rules, rule) {
			t.Errorf("the co-op's rules %q do not say %q", g.Rules, rule)
		}
	}
	s.book.join(m.who)
	s.book.checkPot(t, m, g)
}

// join: the member joins in the browser, eight more from theirs.
func (s *coop) join(t *testing.T) {
	m := s.member
	m.open(t, s.path)
	if g := m.read(t); !g.Join || !slices.Contains(g.Rules, m.l.T("rules.votes.everyone")) {
		t.Fatalf("before joining, %s does not see that every member must agree a spend, and the form to join; main says: %s", m.who.Name, mainText(t, m.ctx))
	}
	m.click(t, "button", m.l.T("group.join"), 200)
	m.wantDone(t, s.path, "joined")
	s.book.join(m.who)
	for _, o := range s.others {
		o.join(t, s.path)
		s.book.join(o.who)
	}
}

// firstMonth: everyone pays the first month, the member in the browser;
// the organiser, who is the treasurer, confirms them all at once.
func (s *coop) firstMonth(t *testing.T) {
	m := s.member
	m.pay(t, s.path, s.each, "bank_transfer", "Month 1")
	s.book.pays(m.who, s.each)
	s.book.checkPot(t, m, m.read(t))
	for _, p := range append([]httpMember{s.organiserPhone}, s.others...) {
		p.pay(t, s.path, s.each, "Month 1")
		s.book.pays(p.who, s.each)
	}
	tr := s.organiser
	tr.open(t, s.path)
	g := tr.read(t)
	s.book.checkPot(t, tr, g)
	if len(g.ToConfirm) != coopSize {
		t.Errorf("the treasurer sees %d payments to confirm, want one from each of the %d members: %q", len(g.ToConfirm), coopSize, g.ToConfirm)
	}
	tr.confirmAll(t, s.path, coopSize, s.each*coopSize)
	s.book.confirmAll()
	s.book.checkPot(t, tr, tr.read(t))
}

// propose: the member proposes a spend in the browser; it opens with
// their own yes, and says how many yes votes it needs of how many.
func (s *coop) propose(t *testing.T, sp coopSpend, needed int) coopSpend {
	t.Helper()
	m := s.member
	l := m.l
	m.goTo(t, s.path, "propose")
	fill(t, m.ctx, "spend_amount", typed(sp.amount), "spend_to", sp.to, "spend_for", sp.what, "spend_quote", "")
	sp.proposed = s.clock.Now()
	m.press(t, s.path+"/proposals", 200)
	m.wantDone(t, s.path, "proposed")
	g := m.read(t)
	c := g.card(t, sp.heading(s))
	if c.Status != l.T("proposals.status.open") {
		t.Errorf("%s's proposal %q is %q, want %q", m.who.Name, c.Heading, c.Status, l.T("proposals.status.open"))
	}
	c.wantLines(t, m.who.Name, l.T("proposals.by", m.who.Name), l.T("proposals.count", 1, 0, needed, coopSize),
		l.T("proposals.closes", londonDay(sp.proposed.Add(community.VoteOpenFor))))
	c.wantFor(t, m, sp.what)
	if c.ID == "" {
		t.Fatalf("the proposal %q has no form to vote on it", c.Heading)
	}
	sp.id = c.ID
	s.spends[sp.what] = sp
	s.book.checkPot(t, m, g) // a proposal promises nothing until it is agreed
	return sp
}

// wantAgreed fails t unless the spend shows as agreed and waiting to be
// paid, within two weeks of the day it was proposed: the pot holds it
// already, so it says nothing of a day the pot reaches it.
func (s *coop) wantAgreed(t *testing.T, m *walker, g storyPage, sp coopSpend, needed int) {
	t.Helper()
	l := m.l
	c := g.card(t, sp.heading(s))
	if c.Status != l.T("proposals.status.approved") {
		t.Errorf("%s sees %q as %q, want %q", m.who.Name, c.Heading, c.Status, l.T("proposals.status.approved"))
	}
	c.wantLines(t, m.who.Name, l.T("proposals.count", needed, 0, needed, coopSize))
	if payBy := l.T("proposals.pay_by", dayAfter(sp.proposed, 14)); !slices.Contains(c.Lines, payBy) {
		t.Errorf("%s reads the agreed spend %q as %q; want %q: two weeks after %s, the day it was proposed, when the pot held it already",
			m.who.Name, c.Heading, c.Lines, payBy, community.InLondon(sp.proposed).Format("Monday 2 January"))
	}
	reach, _, _ := strings.Cut(l.T("proposals.reach", "\x00"), "\x00")
	if slices.ContainsFunc(c.Lines, func(line string) bool { return strings.HasPrefix(line, reach) }) {
		t.Errorf("%s reads %q: a spend the pot holds already says when the pot reaches it", m.who.Name, c.Lines)
	}
	if want := l.T("timeline.approved", sp.what); !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
}

// everyoneAgrees: with every member to agree, the member's spend is still
// open when nine of the ten have said yes; the treasurer's yes, the last,
// agrees it, and the treasurer pays it.
func (s *coop) everyoneAgrees(t *testing.T) {
	sp := s.propose(t, coopSpend{amount: 60_00, to: "Canal Street Allotment Society", what: "Seeds and compost for the shared beds"}, coopSize)
	for _, o := range s.others {
		o.voteYes(t, s.path, sp.id)
	}
	m := s.member
	l := m.l
	m.open(t, s.path)
	c := m.read(t).card(t, sp.heading(s))
	if c.Status != l.T("proposals.status.open") {
		t.Errorf("with %d of %d yes, %s sees the spend as %q, want %q: every member must agree", coopSize-1, coopSize, m.who.Name, c.Status, l.T("proposals.status.open"))
	}
	c.wantLines(t, m.who.Name, l.T("proposals.count", coopSize-1, 0, coopSize, coopSize))

	tr := s.organiser
	tr.voteYes(t, s.path, sp.what)
	g := tr.read(t)
	s.wantAgreed(t, tr, g, sp, coopSize)
	s.book.promised += sp.amount
	s.book.checkPot(t, tr, g)

	tr.recordPaid(t, s.path, sp.what, 200)
	tr.wantDone(t, s.path, "spent")
	g = tr.read(t)
	if c := g.card(t, sp.heading(s)); c.Status != tr.l.T("proposals.status.paid") {
		t.Errorf("after paying it, the treasurer sees %q as %q, want %q", c.Heading, c.Status, tr.l.T("proposals.status.paid"))
	}
	s.book.spend(t, sp.amount)
	s.book.checkPot(t, tr, g)
}

// changeRules: the member proposes, with the rules form, that a spend
// needs a set number of yes votes, 2. The proposal shows the rules as
// they are, and the one that changes as it is and as it would be; the
// change itself needs every member, under the rules it changes. Once the
// last says yes, the co-op's rules say 2.
func (s *coop) changeRules(t *testing.T) {
	m := s.member
	l := m.l
	ctx := m.tab(t)
	if m.easy {
		// The rules form asks the money first, then how the group decides.
		m.goTo(t, s.path, "votes")
		m.click(t, "a", l.T("group.task.rules"), 200)
		m.click(t, "a", l.T("group.rules_step_votes"), 200)
	} else {
		m.open(t, s.path)
		if err := chromeClick(ctx, `main details.rules-change > summary`); err != nil {
			t.Fatalf("%s opens %q: %v", m.who.Name, l.T("proposals.rules_new"), err)
		}
		m.seen(t) // the rules form, open
	}
	if err := chromeClick(ctx, `main form[action="`+s.path+`/rules"] #votes-number`); err != nil {
		t.Fatalf("%s chooses %q: %v", m.who.Name, l.T("group.votes.number"), err)
	}
	fill(t, ctx, "votes_needed", "2")
	m.press(t, s.path+"/rules", 200)
	m.wantDone(t, s.path, "proposed")
	g := m.read(t)
	rulesNow := g.Rules
	c := g.card(t, l.T("proposals.rules"))
	if c.Status != l.T("proposals.status.open") {
		t.Errorf("the rule change is %q, want %q", c.Status, l.T("proposals.status.open"))
	}
	c.wantLines(t, m.who.Name, l.T("proposals.by", m.who.Name), l.T("proposals.count", 1, 0, coopSize, coopSize))
	// The plain card lists the rules as they are, then as they would be;
	// the Easy Read page lists only the new rules, each changed one with
	// what it is now.
	lists := 2
	if m.easy {
		lists = 1
	} else {
		c.wantLines(t, m.who.Name, l.T("proposals.rules_from"), l.T("proposals.rules_changed_one"), l.T("proposals.rules_to"))
	}
	changed := l.T("proposals.rule_now") + " " + l.T("rules.votes.everyone") + " → " + l.T("proposals.rule_new") + " " + l.T("rules.votes.number", 2)
	switch {
	case len(c.Lists) != lists:
		t.Errorf("the rule change shows %d lists of rules, want %d: %q", len(c.Lists), lists, c.Lists)
	case !m.easy && !slices.Equal(c.Lists[0], rulesNow):
		t.Errorf("the rule change shows the rules now as %q; the group's rules are %q", c.Lists[0], rulesNow)
	default:
		var others []string
		newRules := c.Lists[lists-1]
		for _, rule := range newRules {
			if rule != changed {
				others = append(others, rule)
			}
		}
		if len(others) != len(newRules)-1 || !slices.Equal(others, slices.DeleteFunc(slices.Clone(rulesNow), func(r string) bool { return r == l.T("rules.votes.everyone") })) {
			t.Errorf("the new rules read %q; want the rules now with only %q changed, shown as %q", newRules, l.T("rules.votes.everyone"), changed)
		}
	}
	if c.ID == "" {
		t.Fatal("the rule change has no form to vote on it")
	}
	for _, o := range s.others {
		o.voteYes(t, s.path, c.ID)
	}
	tr := s.organiser
	tr.open(t, s.path)
	c = tr.read(t).card(t, tr.l.T("proposals.rules"))
	tr.voteYes(t, s.path, tr.l.T("proposals.rules"))
	c.wantLines(t, tr.who.Name, tr.l.T("proposals.count", coopSize-1, 0, coopSize, coopSize))
	g = tr.read(t)
	if c := g.card(t, tr.l.T("proposals.rules")); c.Status != tr.l.T("proposals.status.rules_applied") {
		t.Errorf("after every member said yes, the rule change is %q, want %q", c.Status, tr.l.T("proposals.status.rules_applied"))
	}
	if !slices.Contains(g.Rules, tr.l.T("rules.votes.number", 2)) || slices.Contains(g.Rules, tr.l.T("rules.votes.everyone")) {
		t.Errorf("after the change was agreed, the co-op's rules are %q; want %q and not %q", g.Rules, tr.l.T("rules.votes.number", 2), tr.l.T("rules.votes.everyone"))
	}
	s.book.checkPot(t, tr, g)
}

// twoAgree: the member's next spend needs two yes votes of the ten; the
// treasurer's is the second, and agrees it. It is left to be paid.
func (s *coop) twoAgree(t *testing.T) {
	sp := s.propose(t, coopSpend{amount: 40_00, to: "Hartley's Hardware", what: "A padlock and chain for the tool shed"}, 2)
	tr := s.organiser
	tr.voteYes(t, s.path, sp.what)
	g := tr.read(t)
	s.wantAgreed(t, tr, g, sp, 2)
	s.book.promised += sp.amount
	s.book.checkPot(t, tr, g)
}

// withdraw: the member proposes a spend and takes it back; only they can.
func (s *coop) withdraw(t *testing.T) {
	m := s.member
	l := m.l
	sp := s.propose(t, coopSpend{amount: 25_00, to: "Canal Street Garden Centre", what: "Bird netting for the fruit cage"}, 2)
	c := m.read(t).card(t, sp.heading(s))
	withdraw := m.withdrawButton(sp.what)
	if m.easy {
		withdraw = l.T("group.withdraw_link") // the proposal's page links to the button
	}
	if !slices.Contains(c.Buttons, withdraw) {
		t.Errorf("%s sees the buttons %q on their own proposal, want %q among them", m.who.Name, c.Buttons, withdraw)
	}
	if body := httpPage(t, s.organiserPhone.h, s.path); strings.Contains(body, `action="`+s.path+`/proposals/`+sp.id+`/withdraw"`) {
		t.Errorf("the treasurer, who did not propose %q, is offered to withdraw it before it is agreed", sp.what)
	}
	m.withdraw(t, s.path, sp.what)
	g := m.read(t)
	if c := g.card(t, sp.heading(s)); c.Status != l.T("proposals.status.withdrawn") || len(c.Buttons) != 0 {
		t.Errorf("after withdrawing it, %s sees %q as %q with the buttons %q, want %q and none", m.who.Name, c.Heading, c.Status, c.Buttons, l.T("proposals.status.withdrawn"))
	}
	s.book.checkPot(t, m, g)
}

// voteCloses: the member proposes a spend nobody else votes on; a week
// and an hour later its vote has closed, and it shows as not agreed. The
// padlock, agreed the week before, is still agreed and waiting to be
// paid, within its two weeks.
func (s *coop) voteCloses(t *testing.T) {
	m := s.member
	l := m.l
	sp := s.propose(t, coopSpend{amount: 30_00, to: "Canal Street Garden Centre", what: "A water butt for the top plots"}, 2)
	s.clock.Advance(community.VoteOpenFor + time.Hour)
	m.open(t, s.path)
	g := m.read(t)
	c := g.card(t, sp.heading(s))
	if c.Status != l.T("proposals.status.rejected") || len(c.Buttons) != 0 {
		t.Errorf("a week and an hour after it was proposed, with one yes of the two needed, %s sees %q as %q with the buttons %q; want %q and none",
			m.who.Name, c.Heading, c.Status, c.Buttons, l.T("proposals.status.rejected"))
	}
	closes, _, _ := strings.Cut(l.T("proposals.closes", "\x00"), "\x00")
	if slices.ContainsFunc(c.Lines, func(line string) bool { return strings.HasPrefix(line, closes) }) {
		t.Errorf("the closed vote still says when it closes: %q", c.Lines)
	}
	padlock := s.spends["A padlock and chain for the tool shed"]
	if c := g.card(t, padlock.heading(s)); c.Status != l.T("proposals.status.approved") {
		t.Errorf("eight days after it was agreed, the padlock is %q, want %q: it has two weeks to be paid", c.Status, l.T("proposals.status.approved"))
	}
	// What happened, newest first: the day the vote closed unagreed.
	closedOn := community.InLondon(sp.proposed.Add(community.VoteOpenFor)).Format("2 Jan 2006")
	events := eval[[]string](t, m.ctx, `[...document.querySelectorAll('main #timeline li')].map(li => li.textContent.trim().replace(/\s+/g, ' '))`)
	want := closedOn + " " + l.T("timeline.rejected", sp.what)
	if m.easy {
		m.goTo(t, s.path, "history")
		events, want = texts(t, m, `main #history li`), londonDay(sp.proposed.Add(community.VoteOpenFor))+": "+l.T("timeline.rejected", sp.what)
	}
	if !slices.Contains(events, want) {
		t.Errorf("the timeline %q does not say %q: the vote closed unagreed on %s", events, want, closedOn)
	}
	if body := httpPage(t, s.organiserPhone.h, s.path); strings.Contains(body, `action="`+s.path+`/proposals/`+sp.id+`/vote"`) {
		t.Errorf("after its vote closed, the treasurer is still offered to vote on %q", sp.what)
	}
	s.book.checkPot(t, m, g)
}

// statements: the member reads their statement and downloads it and the
// ledger; every figure is what they paid, less their share of the seeds.
func (s *coop) statements(t *testing.T) {
	m := s.member
	l := m.l
	ctx := m.tab(t)
	seeds := s.spends["Seeds and compost for the shared beds"]
	share := seeds.amount / coopSize
	m.open(t, s.path+"/statement"+showAll)
	rows := m.statementLines(t)
	agreed := storyDay(m, seeds.proposed)
	want := m.statementWant([]statementLine{
		{coopStart, "pledge", l.T("statement.pledge_detail", s.book.pledge.Pounds()), 0, "recorded", 0},
		{coopStart, "payment", "Month 1", s.each, "confirmed", s.each},
		{seeds.proposed, "share", l.T("statement.share_detail", seeds.what, seeds.to, coopSize, coopSize, agreed), -share, "recorded", s.each - share},
	})
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("%s's statement reads:\n%q\nwant the pledge, the first month's payment, confirmed, and the share of the seeds agreed by all %d, each with the balance after it:\n%q",
			m.who.Name, rows, coopSize, want)
	}
	wantSaid(t, ctx, l.T("statement.total", s.each.Pounds()), l.T("statement.shares", share.Pounds()), l.T("statement.balance", (s.each-share).Pounds()))

	_, raw := fetchCSV(t, ctx, s.path+"/statement.csv")
	mine := csvRows(t, "statement.csv", raw, statementColumns)
	wantRows := []csvRow{
		{"what": "Pledge", "amount": "0.00", "balance": "0.00", "status": "Recorded"},
		{"what": "Payment", "amount": pence(s.each), "balance": pence(s.each), "how": "Bank transfer", "note": "Month 1", "status": "Confirmed"},
		{"what": "Share of a spend", "amount": "-" + pence(share), "balance": pence(s.each - share), "for": seeds.to + ": " + seeds.what, "status": "Recorded"},
	}
	if len(mine) != len(wantRows) {
		t.Errorf("statement.csv has %d rows, want the pledge, the payment and the share: %v", len(mine), mine)
	} else {
		for i, row := range mine {
			checkCSVRow(t, "statement.csv", i+1, row, wantRows[i])
		}
	}

	got, raw := fetchCSV(t, ctx, s.path+"/ledger.csv")
	all := csvRows(t, "ledger.csv", raw, ledgerColumns)
	kinds := map[string]int{}
	for i, row := range all {
		kinds[row["what"]]++
		if row["what"] == "Spend" {
			checkCSVRow(t, "ledger.csv", i+1, row, csvRow{"amount": "-" + pence(seeds.amount), "for": seeds.to + ": " + seeds.what})
		}
	}
	if kinds["Payment"] != coopSize || kinds["Spend"] != 1 {
		t.Errorf("ledger.csv has %d payments and %d spends, want %d and the seeds alone (the padlock is not paid yet):\n%s", kinds["Payment"], kinds["Spend"], coopSize, got.Body)
	}
	last := checkLedgerBalances(t, "ledger.csv", all)
	if last != s.book.pot() {
		t.Errorf("ledger.csv ends on a balance of %s, want %s: %d × %s less the seeds", pence(last), pence(s.book.pot()), coopSize, s.each.Pounds())
	}
	m.open(t, s.path)
	g := m.read(t)
	if left := g.Pot[l.T("money.left")]; !m.easy && left != last.Pounds() {
		t.Errorf("the ledger ends on a balance of %s; the group page says %q is left in the pot", pence(last), left)
	}
	s.book.checkPot(t, m, g)
}

// windUp: the organiser proposes closing the co-op, and is refused while
// the padlock is agreed and not paid; the treasurer (the organiser too)
// pays for it, and the organiser proposes again: the co-op owns nothing,
// so the form is its button alone. A second proposal is refused while
// the first is open. The member's yes, the second of the two the rules
// need, agrees it; then the co-op takes no more money. The treasurer
// shares out the money, each member's account and an equal part of the
// common fund (which holds nothing), and pays each back from the group
// page, one in the browser and nine from their phone. The closed co-op's
// page says everyone was paid back, the pot holds £0, and the member's
// statement still reads, ending at £0.
func (s *coop) windUp(t *testing.T) {
	tr := s.organiser
	l := tr.l
	ctx := tr.tab(t)
	windUpPath := s.path + "/wind-up"
	padlock := s.spends["A padlock and chain for the tool shed"]
	if s.book.pot() != 140_00 || s.book.promised != padlock.amount {
		t.Fatalf("the co-op comes to its wind-up with %s in the pot and %s promised, want £140 and the padlock's %s",
			s.book.pot().Pounds(), s.book.promised.Pounds(), padlock.amount.Pounds())
	}
	words := storyWords(t, false)
	tr.windUpPage(t, s.path)
	wantPath(t, ctx, windUpPath)
	wantSaid(t, ctx, l.T("error.windup.spend_agreed"))
	if n := countNamed(t, ctx, "button", l.T("windup.propose")); n != 0 {
		t.Errorf("with the padlock agreed and not paid, the organiser is offered %q on %s", l.T("windup.propose"), windUpPath)
	}
	refused := func(who httpMember, action string, form url.Values, status int, key string) {
		t.Helper()
		page, err := who.h.Post(action, form)
		if err != nil {
			t.Fatalf("%s sends %s: %v", who.who.Name, action, err)
		}
		if body := html.UnescapeString(page.Body); page.Status != status || !strings.Contains(body, words.T(key)) {
			t.Errorf("%s sends %s %v: status %d, want %d saying %q; the page says: %.300s", who.who.Name, action, form, page.Status, status, words.T(key), mainOf(body))
		}
	}
	refused(s.organiserPhone, windUpPath, url.Values{}, 409, "error.windup.spend_agreed")

	tr.recordPaid(t, s.path, padlock.what, 200)
	tr.wantDone(t, s.path, "spent")
	s.book.spend(t, padlock.amount)
	s.book.checkPot(t, tr, tr.read(t))

	tr.windUpPage(t, s.path)
	wantSaid(t, ctx, l.T("windup.intro"))
	tr.click(t, "button", l.T("windup.propose"), 200)
	wantPath(t, ctx, s.path+"?done=wind_up_proposed")
	if got, want := noticeText(t, ctx), l.T("group.done.wind_up_proposed"); got != want {
		t.Errorf("the organiser is told %q, want %q", got, want)
	}
	c := tr.read(t).card(t, l.T("proposals.wind_up"))
	if c.Status != l.T("proposals.status.open") {
		t.Errorf("closing the co-op is %q, want %q", c.Status, l.T("proposals.status.open"))
	}
	c.wantLines(t, tr.who.Name, l.T("proposals.by", tr.who.Name), l.T("proposals.count", 1, 0, 2, coopSize))
	refused(s.organiserPhone, windUpPath, url.Values{}, 409, "error.windup.one_at_a_time")
	tr.open(t, windUpPath)
	wantSaid(t, ctx, l.T("windup.voting", 1, 2))

	m := s.member
	ml := m.l
	m.voteYes(t, s.path, ml.T("proposals.wind_up"))
	g := m.read(t)
	// The decision just made is the newest: the group page lists it
	// first among those decided, not on a page of older ones.
	var headings, closing []string
	for _, c := range g.Cards {
		headings = append(headings, c.Heading)
		if c.Heading == ml.T("proposals.wind_up") {
			closing = append(closing, c.Status)
		}
	}
	if want := []string{ml.T("proposals.status.wind_up_applied")}; !slices.Equal(closing, want) {
		t.Errorf("after the second yes of the two needed, %s reads closing the co-op as %q on the group page, want %q; the page lists the proposals %q",
			m.who.Name, closing, want, headings)
	}
	// The form is on the plain group page, and on the Easy Read page its
	// start page's button leads to.
	if n := eval[int](t, m.ctx, `document.querySelectorAll('main form[action="`+s.path+`/payments"], main a[href="`+s.path+`/pay"]').length`); n != 0 {
		t.Errorf("once the co-op agreed to close, %s is still offered the form to record a payment", m.who.Name)
	}
	refused(s.others[0], s.path+"/payments", url.Values{"amount": {typed(s.each)}, "method": {"cash"}, "note": {"Month 2"}}, 409, "error.windup.closing")
	s.book.closing = true
	s.book.checkPot(t, m, g)

	// What each gets back: their account, and a tenth of a fund of £0.
	tr.open(t, windUpPath)
	wantSaid(t, ctx, l.T("windup.agreed"), l.T("windup.how", "£0"))
	var want [][]string
	for _, p := range s.book.members {
		back := s.book.balance(p.ID)
		want = append(want, []string{p.Name, back.Pounds(), "£0", back.Pounds()})
	}
	if got := payoutRows(t, tr); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("before sharing out, the treasurer reads what each member would get back as\n%q\nwant each one's account, no part of an empty common fund, and the two added up:\n%q", got, want)
	}
	tr.click(t, "button", l.T("windup.share_out"), 200)
	wantPath(t, ctx, windUpPath+"?done=shared_out")
	if got, want := noticeText(t, ctx), l.T("windup.done.shared_out"); got != want {
		t.Errorf("the treasurer is told %q, want %q", got, want)
	}
	s.book.shareOut()
	for i := range want {
		want[i] = append(want[i], l.T("windup.not_yet"))
	}
	if got := payoutRows(t, tr); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("after sharing out, the treasurer reads what each member got back as\n%q\nwant\n%q", got, want)
	}

	tr.open(t, s.path)
	s.book.checkPot(t, tr, tr.read(t))
	tr.open(t, windUpPath)
	tr.click(t, "a", l.T("windup.pay_back_link"), 200)
	wantPath(t, ctx, s.path+"/refunds")
	first := s.book.members[0]
	owed := s.book.refundOwed[first.ID]
	tr.click(t, "button", l.T("group.paid_back_one", owed.Pounds(), first.Name), 200)
	tr.wantDone(t, s.path, "paid_back")
	s.book.payBack(first.ID)
	for _, p := range s.book.members[1:] {
		// The page to pay back has a button for each member owed.
		page, err := s.organiserPhone.h.Get(s.path + "/refunds")
		entry := firstEntryButton.FindStringSubmatch(page.Body)
		if err != nil || entry == nil {
			t.Fatalf("the treasurer's phone finds no one to pay back on %s/refunds: %v", s.path, err)
		}
		s.organiserPhone.send(t, s.path, s.path+"/refunds", s.path+"/refunds/pay-back", url.Values{"entry": {entry[1]}}, "paid_back")
		s.book.payBack(p.ID)
	}
	tr.open(t, s.path)
	g = tr.read(t)
	if got := g.Pot[l.T("money.left")]; !tr.easy && got != "£0" || s.book.pot() != 0 {
		t.Errorf("after paying every member back, the pot holds %q, and the story's book %s; want £0", got, s.book.pot().Pounds())
	}
	s.book.checkPot(t, tr, g)

	tr.open(t, windUpPath)
	wantSaid(t, ctx, l.T("windup.closed"))
	for i := range want {
		want[i][4] = l.T("windup.yes_paid")
	}
	if got := payoutRows(t, tr); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("once closed and paid back, the co-op's wind-up page reads\n%q\nwant every member paid back:\n%q", got, want)
	}

	m.open(t, s.path+"/statement"+showAll)
	rows := m.statementLines(t)
	back := s.book.refunded[m.who.ID]
	if len(rows) == 0 || !m.easy && rows[len(rows)-1][3] != "£0" {
		t.Errorf("%s's statement of the closed co-op reads %q; want it to end at £0", m.who.Name, rows)
	}
	wantSaid(t, m.ctx, ml.T("statement.refunded", back.Pounds()), ml.T("statement.balance", "£0"))
}

// firstEntryButton finds the first of a page's buttons that each send an
// entry of the ledger, like "I paid £14 back to Sam".
var firstEntryButton = regexp.MustCompile(`<button type="submit" class="button" name="entry" value="([^"]+)"`)

// payoutRows are the rows of what each member gets back on the wind-up
// page: name, account, part of the common fund, what they get back, and
// once closed, whether they were paid back.
func payoutRows(t *testing.T, m *walker) [][]string {
	t.Helper()
	return eval[[][]string](t, m.ctx, `[...document.querySelectorAll('main table.money-table tbody tr')].map(tr => [...tr.cells].map(c => c.textContent.trim().replace(/\s+/g, ' ')))`)
}
