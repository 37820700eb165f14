package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// The course: ten members pledge £5 a week for ten weeks to pay for a
// £500 course together. They agree the course while they are still
// saving for it, in the first week, when the pot holds a tenth of it;
// they pay week by week and the treasurer confirms each week's payments
// at once; the spend can be paid only once the pot reaches £500, and the
// treasurer records it paid then. Each member's statement, and the
// ledger, then say where every pound went.

// courseSize is how many members the course needs: the ten places.
const courseSize = 10

var courseSetup struct {
	once sync.Once
	cast [][]community.Person // one list of courseSize members for each mode
	err  error
}

// courseMembers chooses, once per package run, the members of the two
// courses (one walked in each mode): visible members with a profile,
// whom no other test signs in as, from the end of the store's list, the
// other way from where groupsMembers chooses. The first of each list
// starts the group and is its treasurer; the second walks it as a member.
// It is called before t.Parallel, after groupsMembers has chosen.
func courseMembers(t *testing.T) [][]community.Person {
	t.Helper()
	g := groupsMembers(t)
	courseSetup.once.Do(func() {
		used := usedByOtherTests(t)
		for id := range suggestionsMembers(t).mine {
			used[id] = true
		}
		for _, p := range slices.Concat([]community.Person{g.starter, g.treasurer, g.member, g.guest, g.asker, g.organiser, g.noJS}, g.joiners) {
			used[p.ID] = true
		}
		var free []community.Person
		for _, p := range slices.Backward(suite.people) {
			if p.Visible() && p.HasProfile() && len(p.Interests) > 0 && p.District != "" && !used[p.ID] {
				free = append(free, p)
			}
		}
		if len(free) < len(storyModes)*courseSize {
			courseSetup.err = fmt.Errorf("only %d members free for %d courses of %d", len(free), len(storyModes), courseSize)
			return
		}
		for i := range storyModes {
			courseSetup.cast = append(courseSetup.cast, free[i*courseSize:(i+1)*courseSize])
		}
	})
	if courseSetup.err != nil {
		t.Fatalf("choose the members of the course: %v", courseSetup.err)
	}
	return courseSetup.cast
}

// course is one walk of the story.
type course struct {
	// treasurer starts the group, confirms each week's payments and pays
	// for the course in the browser; member joins, pays and proposes the
	// course there. Both pay from their phones too (the treasurer every
	// week, the member in the weeks between), and the eight others do
	// everything from theirs, over HTTP.
	treasurer, member           *walker
	treasurerPhone, memberPhone httpMember
	others                      []httpMember
	id, path, name              string
	each                        community.Pence // what each member puts in a week
	weeks                       int
	price                       community.Pence
	to, what                    string
	book                        *book
	proposal                    string
	// proposed and agreed are the times around proposing the course and
	// the vote that agreed it; potWhenProposed is what the pot held then.
	proposed, agreed [2]time.Time
	potWhenProposed  community.Pence
	// joined, paidIn and spent are the times around the member joining,
	// each week from the member paying to the treasurer confirming it,
	// and the course recorded paid: the days the member's statement
	// gives its lines in Easy Read.
	joined, spent [2]time.Time
	paidIn        map[int][2]time.Time
}

// TestCourseStory walks the course in plain English and in Easy Read, a
// group of its own for each, at once.
func TestCourseStory(t *testing.T) {
	cast := courseMembers(t)
	t.Parallel()
	for i, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := &course{name: "First aid course fund, " + mode.name, each: 500, weeks: 10, price: 500_00,
				to: "Riverside First Aid Training", what: "A first aid course for ten", paidIn: map[int][2]time.Time{}}
			s.book = newBook(s.each * community.Pence(s.weeks))
			people := cast[i]
			s.treasurer = newWalker(t, suite.base, people[0], mode)
			s.member = newWalker(t, suite.base, people[1], mode)
			s.treasurerPhone = httpMemberAt(t, suite.base, people[0])
			s.memberPhone = httpMemberAt(t, suite.base, people[1])
			s.memberPhone.method = "bank_transfer" // as they pay in the browser
			for _, p := range people[2:] {
				s.others = append(s.others, httpMemberAt(t, suite.base, p))
			}
			if s.price != s.book.pledge*courseSize {
				t.Fatalf("the story's course costs %s, and ten members pledge %s each: it is not what they save", s.price.Pounds(), s.book.pledge.Pounds())
			}
			steps := []storyStep{
				{"the-treasurer-starts-the-group", s.start},
				{"nine-more-join", s.join},
				{"week-1", s.week(1)},
				{"the-course-is-proposed-while-saving", s.propose},
				{"the-group-agrees-it-while-saving", s.agree},
			}
			// The weeks between are paid, and confirmed, from phones alone:
			// the pages of the week after show what they came to.
			steps = append(steps, storyStep{fmt.Sprintf("weeks-2-to-%d-from-phones", s.weeks-2), s.weeksByPhone(2, s.weeks-2)},
				storyStep{fmt.Sprintf("week-%d", s.weeks-1), s.week(s.weeks - 1)},
				storyStep{"it-cannot-be-paid-before-the-pot-reaches-it", s.tooEarly},
				storyStep{fmt.Sprintf("week-%d", s.weeks), s.week(s.weeks)},
				storyStep{"the-treasurer-pays-for-the-course", s.pay},
				storyStep{"statements-and-ledger", s.statements},
			)
			runStory(t, steps)
		})
	}
}

// payers are the members who pay from their phones, the treasurer among
// them, in the order they pay after the member in the browser.
func (s *course) payers() []httpMember { return append([]httpMember{s.treasurerPhone}, s.others...) }

// start: the treasurer starts the group from scratch, with the course's
// pot rules: £5 a week, 10 times; more than half to agree a spend.
func (s *course) start(t *testing.T) {
	m := s.treasurer
	l := m.l
	s.id = startGroup(t, m, map[string]string{
		"name": s.name, "purpose": "We save together for a first aid course that costs less for a group of ten.",
		"easy_summary": "We save money together. Then we go on a first aid course.", "district": m.who.District,
		"max_size": strconv.Itoa(courseSize), "contribution": typed(s.each), "every": "week", "times": strconv.Itoa(s.weeks),
		"first_due": "", "joining_fee": "", "late_fee": "", "kept_at": "", "votes_needed": "",
	}, "open-open", "split-equal", "leaver-refund_unspent", "votes-majority")
	s.path = "/groups/" + s.id
	m.wantDone(t, s.path, "started")
	g := m.read(t)
	if g.Title != s.name {
		t.Errorf("the group is called %q, want %q", g.Title, s.name)
	}
	if want := []string{fmt.Sprintf("%s (%s) (%s)", m.who.Name, l.T("group.role.organiser"), l.T("group.role.treasurer"))}; !slices.Equal(g.Members, want) {
		t.Errorf("the treasurer sees the members %q, want %q", g.Members, want)
	}
	for _, rule := range []string{
		l.T("rules.contribution.week", s.each.Pounds(), s.weeks, s.book.pledge.Pounds()),
		l.T("rules.votes.majority"), l.T("rules.split.equal"),
	} {
		if !slices.Contains(g.Rules, rule) {
			t.Errorf("the rules %q do not say %q", g.Rules, rule)
		}
	}
	s.book.join(m.who)
	s.book.checkPot(t, m, g)
}

// join: the member reads the rules and joins in the browser; eight more
// join from their own browsers.
func (s *course) join(t *testing.T) {
	m := s.member
	l := m.l
	m.open(t, s.path)
	g := m.read(t)
	if rule := l.T("rules.contribution.week", s.each.Pounds(), s.weeks, s.book.pledge.Pounds()); !g.Join || !slices.Contains(g.Rules, rule) {
		t.Fatalf("before joining, %s does not see the rule %q and the form to join; main says: %s", m.who.Name, rule, mainText(t, m.ctx))
	}
	if len(g.Pot) > 0 {
		t.Errorf("before joining, %s sees the pot: %v", m.who.Name, g.Pot)
	}
	if m.easy {
		// The start page has no buttons to the group's pages for them, and
		// the page of its money is for members only.
		if tasks := texts(t, m, `main ul.tasks a`); len(tasks) > 0 {
			t.Errorf("before joining, %s sees the buttons %q on the group's start page", m.who.Name, tasks)
		}
		m.navigate(t, s.path+"/money", 403)
		if said := mainText(t, m.ctx); strings.Contains(said, l.T("group.in_pot", s.book.pot().Pounds())) {
			t.Errorf("before joining, %s reads the pot on %s/money: %s", m.who.Name, s.path, said)
		}
		m.open(t, s.path)
	}
	s.joined[0] = time.Now()
	m.click(t, "button", l.T("group.join"), 200)
	s.joined[1] = time.Now()
	m.wantDone(t, s.path, "joined")
	s.book.join(m.who)
	for _, o := range s.others {
		o.join(t, s.path)
		s.book.join(o.who)
	}
	m.open(t, s.path)
	g = m.read(t)
	if len(g.Members) != courseSize || !slices.Contains(g.Members, m.who.Name) {
		t.Errorf("after nine joined, %s sees the members %q, want ten, themselves among them", m.who.Name, g.Members)
	}
	s.book.checkPot(t, m, g)
}

// week: everyone pays the week's £5, the member in the browser and the
// others from their phones, and the treasurer confirms them all at once.
func (s *course) week(n int) func(t *testing.T) {
	return func(t *testing.T) {
		note := fmt.Sprintf("Week %d", n)
		m := s.member
		paidIn := [2]time.Time{time.Now()}
		m.pay(t, s.path, s.each, "bank_transfer", note)
		s.book.pays(m.who, s.each)
		s.book.checkPot(t, m, m.read(t))
		for _, p := range s.payers() {
			p.pay(t, s.path, s.each, note)
			s.book.pays(p.who, s.each)
		}

		tr := s.treasurer
		tr.open(t, s.path)
		g := tr.read(t)
		s.book.checkPot(t, tr, g)
		want := []string{tr.waitingLine(m.who.Name, s.each, "bank_transfer", note)}
		for _, p := range s.payers() {
			want = append(want, tr.waitingLine(p.who.Name, s.each, "cash", note))
		}
		if !slices.Equal(g.ToConfirm, want) {
			t.Errorf("the treasurer sees these payments to confirm in week %d: %q, want %q", n, g.ToConfirm, want)
		}
		tr.confirmAll(t, s.path, courseSize, s.each*courseSize)
		paidIn[1] = time.Now()
		s.paidIn[n] = paidIn
		s.book.confirmAll()
		g = tr.read(t)
		if len(g.ToConfirm) != 0 {
			t.Errorf("after confirming them all, the treasurer still sees payments to confirm: %q", g.ToConfirm)
		}
		s.book.checkPot(t, tr, g)
		if got := total(s.book.paid); got != s.each*courseSize*community.Pence(n) {
			t.Fatalf("after week %d the story's book has %s paid in, want %d × %s × %d weeks", n, got.Pounds(), courseSize, s.each.Pounds(), n)
		}
	}
}

// weeksByPhone: from week first to week last, all ten pay from their
// phones, the member who pays in the browser in the other weeks too, and
// the treasurer confirms each week's payments at once from theirs.
func (s *course) weeksByPhone(first, last int) func(t *testing.T) {
	return func(t *testing.T) {
		for n := first; n <= last; n++ {
			note := fmt.Sprintf("Week %d", n)
			paidIn := [2]time.Time{time.Now()}
			for _, p := range append([]httpMember{s.memberPhone}, s.payers()...) {
				p.pay(t, s.path, s.each, note)
				s.book.pays(p.who, s.each)
			}
			s.treasurerPhone.send(t, s.path, s.path+"/payments?all=yes", s.path+"/payments/confirm-all", url.Values{}, "confirmed_all")
			paidIn[1] = time.Now()
			s.paidIn[n] = paidIn
			s.book.confirmAll()
			page, err := s.treasurerPhone.h.Get(s.path)
			if err != nil || page.Status != 200 {
				t.Fatalf("the treasurer opens the group page: status %d, %v", page.Status, err)
			}
			if _, ok := sitetest.FindForm(page.Body, s.path+"/payments/confirm", nil); ok {
				t.Errorf("after confirming all of week %d's payments, the treasurer's page still offers one to confirm", n)
			}
		}
	}
}

// propose: in the first week, when the pot holds a tenth of the course,
// the member proposes it. A penny more than what is free and still
// pledged is refused, with the figures; the course itself is not.
func (s *course) propose(t *testing.T) {
	m := s.member
	l := m.l
	ctx := m.tab(t)
	m.goTo(t, s.path, "propose")
	s.potWhenProposed = s.book.pot()
	if s.potWhenProposed*2 > s.price {
		t.Fatalf("the story proposes the course while saving, but the pot already holds %s of %s", s.potWhenProposed.Pounds(), s.price.Pounds())
	}
	free, pledged := s.book.pot()-s.book.promised, s.book.stillToPay()
	most := free + pledged
	if most != s.price {
		t.Fatalf("the story's book says the group can agree up to %s, not the course's %s", most.Pounds(), s.price.Pounds())
	}
	tooMuch := most + 1
	fill(t, ctx, "spend_amount", typed(tooMuch), "spend_to", s.to, "spend_for", s.what, "spend_quote", "£50 a place for ten places")
	m.press(t, s.path+"/proposals", 400)
	summary := readErrorSummary(t, ctx)
	if want := l.T("error.proposal.more_than_agreeable", tooMuch.Pounds(), free.Pounds(), pledged.Pounds(), most.Pounds()); !summary.Visible ||
		!slices.Equal(summary.Links, []string{"#spend_amount"}) || !strings.Contains(summary.Messages["spend_amount-error"], want) {
		t.Errorf("proposing %s, a penny more than can be agreed, %s sees the summary %+v; want it visible, linking to #spend_amount, with %q beside it",
			tooMuch.Pounds(), m.who.Name, summary, want)
	}
	fill(t, ctx, "spend_amount", typed(s.price))
	s.proposed[0] = time.Now()
	m.press(t, s.path+"/proposals", 200)
	s.proposed[1] = time.Now()
	m.wantDone(t, s.path, "proposed")
	g := m.read(t)
	c := g.card(t, l.T("proposals.spend", s.price.Pounds(), s.to))
	if c.Status != l.T("proposals.status.open") {
		t.Errorf("the course's proposal is %q, want %q", c.Status, l.T("proposals.status.open"))
	}
	c.wantLines(t, m.who.Name, l.T("proposals.by", m.who.Name), l.T("proposals.count", 1, 0, s.yesNeeded(), courseSize))
	c.wantFor(t, m, s.what)
	closes := []string{l.T("proposals.closes", shownDay(m, s.proposed[0].Add(community.VoteOpenFor))), l.T("proposals.closes", shownDay(m, s.proposed[1].Add(community.VoteOpenFor)))}
	if !slices.ContainsFunc(c.Lines, func(line string) bool { return slices.Contains(closes, line) }) {
		t.Errorf("the proposal %q does not say its vote closes a week after it was proposed: %q", c.Lines, closes[0])
	}
	if c.ID == "" {
		t.Fatal("the proposal has no form to vote on it")
	}
	s.proposal = c.ID
	s.book.checkPot(t, m, g)
}

// yesNeeded is more than half of the ten.
func (s *course) yesNeeded() int { return courseSize/2 + 1 }

// daysAfter is the London day n days after the day each of the times
// falls on, which the clock may have passed midnight between, as the
// member's page writes it (shownDay).
func daysAfter(m *walker, times [2]time.Time, n int) []string {
	var out []string
	for _, at := range times {
		y, mo, d := community.InLondon(at).Date()
		if day := shownDay(m, time.Date(y, mo, d+n, 12, 0, 0, 0, time.UTC)); !slices.Contains(out, day) {
			out = append(out, day)
		}
	}
	return out
}

// shownDay is how the member's page writes the day at falls on in London,
// as dayAfter and londonDay do, "Monday 2 January"; Easy Read adds the
// year when it is not this one (view.Day), as a course agreed late in the
// year is paid for in the next.
func shownDay(m *walker, at time.Time) string {
	if at = community.InLondon(at); m.easy && at.Year() != community.InLondon(time.Now()).Year() {
		return at.Format("Monday 2 January 2006")
	}
	return at.Format("Monday 2 January")
}

// agree: members vote yes from their phones until one more is needed;
// the treasurer's yes in the browser agrees the course. The pot holds a
// week's payments, so the course shows the day the pot and the pledges
// reach it, and the day it must be paid by.
func (s *course) agree(t *testing.T) {
	for _, o := range s.others[:s.yesNeeded()-2] {
		o.voteYes(t, s.path, s.proposal)
	}
	tr := s.treasurer
	l := tr.l
	heading := l.T("proposals.spend", s.price.Pounds(), s.to)
	tr.open(t, s.path)
	c := tr.read(t).card(t, heading)
	c.wantLines(t, tr.who.Name, l.T("proposals.count", s.yesNeeded()-1, 0, s.yesNeeded(), courseSize))
	if c.Status != l.T("proposals.status.open") {
		t.Fatalf("with one yes still needed, the course's proposal is %q", c.Status)
	}
	s.agreed[0] = time.Now()
	tr.voteYes(t, s.path, s.what)
	s.agreed[1] = time.Now()
	g := tr.read(t)
	c = g.card(t, heading)
	if c.Status != l.T("proposals.status.approved") {
		t.Errorf("after the %d yes votes needed, the course's proposal is %q, want %q", s.yesNeeded(), c.Status, l.T("proposals.status.approved"))
	}
	c.wantLines(t, tr.who.Name, l.T("proposals.count", s.yesNeeded(), 0, s.yesNeeded(), courseSize))
	// What the pot lacks comes in at ten times £5 a week: the weeks after
	// the day it was proposed until it is all in.
	perWeek := s.each * courseSize
	weeks := int((s.price - s.potWhenProposed + perWeek - 1) / perWeek)
	reach, payBy := daysAfter(tr, s.proposed, 7*weeks), daysAfter(tr, s.proposed, 7*weeks+14)
	// The Easy Read page of the proposal does not say the day the pot
	// reaches it (the plain card does): there its pay-by day, two weeks
	// later, is the check of that day; if it says it, it must be right.
	says, _, _ := strings.Cut(l.T("proposals.reach", "\x00"), "\x00")
	sayReach := !tr.easy || slices.ContainsFunc(c.Lines, func(line string) bool { return strings.HasPrefix(line, says) })
	if sayReach && !slices.ContainsFunc(reach, func(day string) bool { return slices.Contains(c.Lines, l.T("proposals.reach", day)) }) {
		t.Errorf("the agreed course says %q; want it to say the pot reaches %s on %s, %d weeks after it was proposed with %s in the pot",
			c.Lines, s.price.Pounds(), reach[0], weeks, s.potWhenProposed.Pounds())
	}
	if !slices.ContainsFunc(payBy, func(day string) bool { return slices.Contains(c.Lines, l.T("proposals.pay_by", day)) }) {
		t.Errorf("the agreed course says %q; want it to say it must be paid by %s, two weeks after the pot reaches it", c.Lines, payBy[0])
	}
	if want := l.T("timeline.approved", s.what); !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
	s.book.promised += s.price
	s.book.checkPot(t, tr, g)
}

// tooEarly: a week before the pot reaches the course, the treasurer tries
// to record it paid and is refused; the pot is as it was.
func (s *course) tooEarly(t *testing.T) {
	tr := s.treasurer
	l := tr.l
	if s.book.pot() >= s.price {
		t.Fatalf("the story tries to pay too early, but the pot holds %s of %s", s.book.pot().Pounds(), s.price.Pounds())
	}
	tr.recordPaid(t, s.path, s.what, 409)
	wantSaid(t, tr.ctx, l.T("error.proposal.more_than_left"))
	tr.click(t, "a", l.T("error.back_to_group"), 200)
	g := tr.read(t)
	if c := g.card(t, l.T("proposals.spend", s.price.Pounds(), s.to)); c.Status != l.T("proposals.status.approved") {
		t.Errorf("after paying too early was refused, the course's proposal is %q, want %q", c.Status, l.T("proposals.status.approved"))
	}
	s.book.checkPot(t, tr, g)
}

// pay: the pot holds the £500 now; the treasurer records the course paid,
// and each member's account is charged an equal share.
func (s *course) pay(t *testing.T) {
	tr := s.treasurer
	l := tr.l
	if s.book.pot() != s.price {
		t.Fatalf("after %d weeks the pot holds %s, not the course's %s", s.weeks, s.book.pot().Pounds(), s.price.Pounds())
	}
	s.spent[0] = time.Now()
	tr.recordPaid(t, s.path, s.what, 200)
	s.spent[1] = time.Now()
	tr.wantDone(t, s.path, "spent")
	g := tr.read(t)
	if c := g.card(t, l.T("proposals.spend", s.price.Pounds(), s.to)); c.Status != l.T("proposals.status.paid") || len(c.Buttons) != 0 {
		t.Errorf("after the course was paid, its proposal is %q with buttons %q, want %q and none", c.Status, c.Buttons, l.T("proposals.status.paid"))
	}
	if want := l.T("timeline.spent", s.price.Pounds(), s.to+": "+s.what); !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
	s.book.spend(t, s.price)
	s.book.checkPot(t, tr, g)
}

// statements: the member reads their statement, then downloads it and the
// ledger; every member's own statement says they paid £50 and their share
// of the course was £50.
func (s *course) statements(t *testing.T) {
	m := s.member
	l := m.l
	ctx := m.tab(t)
	share := s.price / courseSize
	m.open(t, s.path+"/statement"+showAll)
	rows := m.statementLines(t)
	// Each line may read as of either day around what it records, which
	// the clock may have passed midnight between: in Easy Read each line
	// says its day, and the share, in either mode, the day the group
	// agreed it, by how many of how many.
	lines := [][]statementLine{eachDay(s.joined, statementLine{kind: "pledge", detail: l.T("statement.pledge_detail", s.book.pledge.Pounds()), status: "recorded"})}
	for w := 1; w <= s.weeks; w++ {
		lines = append(lines, eachDay(s.paidIn[w], statementLine{kind: "payment", detail: fmt.Sprintf("Week %d", w), amount: s.each, status: "confirmed",
			balance: s.each * community.Pence(w)}))
	}
	var shares []statementLine
	for _, at := range s.agreed {
		shares = append(shares, eachDay(s.spent, statementLine{kind: "share", amount: -share, status: "recorded", balance: s.book.pledge - share,
			detail: l.T("statement.share_detail", s.what, s.to, s.yesNeeded(), courseSize, storyDay(m, at))})...)
	}
	lines = append(lines, shares)
	if want := statementAsRead(m, rows, lines); !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("%s's statement reads:\n%q\nwant the pledge, ten payments of %s, each confirmed, and the share of the course, each with the balance after it:\n%q",
			m.who.Name, rows, s.each.Pounds(), want)
	}
	wantSaid(t, ctx, l.T("statement.heading", s.name), l.T("statement.total", s.book.pledge.Pounds()),
		l.T("statement.shares", share.Pounds()), l.T("statement.balance", (s.book.pledge-share).Pounds()))

	// Each member's statement as CSV: the member's from their tab, the
	// others' from their phones.
	_, raw := fetchCSV(t, ctx, s.path+"/statement.csv")
	s.checkStatementCSV(t, m.who.Name, raw, "Bank transfer")
	for _, p := range s.payers() {
		page, err := p.h.Get(s.path + "/statement.csv")
		if err != nil || page.Status != 200 {
			t.Fatalf("%s downloads their statement: status %d, %v", p.who.Name, page.Status, err)
		}
		rows, err := csvReadAll(page.Body)
		if err != nil {
			t.Fatalf("%s's statement.csv is not CSV: %v", p.who.Name, err)
		}
		s.checkStatementCSV(t, p.who.Name, rows, "Cash")
	}

	// The ledger: every payment in, the course out, and a running balance
	// that ends on what the group page says is in the pot.
	got, raw := fetchCSV(t, ctx, s.path+"/ledger.csv")
	if got.Status != 200 || got.Disposition != fmt.Sprintf(`attachment; filename="ledger-%s.csv"`, s.id) {
		t.Errorf("ledger.csv: status %d, disposition %q", got.Status, got.Disposition)
	}
	all := csvRows(t, "ledger.csv", raw, ledgerColumns)
	paidBy := map[string]community.Pence{}
	kinds := map[string]int{}
	for i, row := range all {
		kinds[row["what"]]++
		switch row["what"] {
		case "Payment":
			checkCSVRow(t, "ledger.csv", i+1, row, csvRow{"amount": pence(s.each), "status": "Confirmed"})
			v, _ := csvPence(row["amount"])
			paidBy[row["person"]] += v
		case "Spend":
			checkCSVRow(t, "ledger.csv", i+1, row, csvRow{"amount": "-" + pence(s.price), "for": s.to + ": " + s.what, "recorded by": s.treasurer.who.Name})
		}
	}
	if kinds["Payment"] != courseSize*s.weeks || kinds["Spend"] != 1 {
		t.Errorf("ledger.csv has %d payments and %d spends, want %d × %d weeks and the course:\n%s", kinds["Payment"], kinds["Spend"], courseSize, s.weeks, got.Body)
	}
	for _, p := range s.book.members {
		if paidBy[p.Name] != s.book.pledge {
			t.Errorf("ledger.csv has %s in payments from %s, want %s: %d weeks of %s", pence(paidBy[p.Name]), p.Name, pence(s.book.pledge), s.weeks, s.each.Pounds())
		}
	}
	last := checkLedgerBalances(t, "ledger.csv", all)
	if last != s.book.pot() {
		t.Errorf("ledger.csv ends on a balance of %s, want %s: %s paid in less the course", pence(last), pence(s.book.pot()), s.price.Pounds())
	}
	m.open(t, s.path)
	g := m.read(t)
	if m.easy {
		if said := l.T("group.in_pot", last.Pounds()); !slices.Contains(g.Said, said) {
			t.Errorf("the ledger ends on a balance of %s; the group's money page says %q, not %q", pence(last), g.Said, said)
		}
	} else if left := g.Pot[l.T("money.left")]; left != last.Pounds() {
		t.Errorf("the ledger ends on a balance of %s; the group page says %q is left in the pot", pence(last), left)
	}
	s.book.checkPot(t, m, g)
}

// checkStatementCSV checks one member's statement CSV: their pledge, ten
// weekly payments, and their share of the course.
func (s *course) checkStatementCSV(t *testing.T, who string, raw [][]string, how string) {
	t.Helper()
	name := who + "'s statement.csv"
	rows := csvRows(t, name, raw, statementColumns)
	share := s.price / courseSize
	want := []csvRow{{"what": "Pledge", "amount": "0.00", "balance": "0.00", "status": "Recorded"}}
	for w := 1; w <= s.weeks; w++ {
		want = append(want, csvRow{"what": "Payment", "amount": pence(s.each), "balance": pence(s.each * community.Pence(w)), "how": how,
			"note": fmt.Sprintf("Week %d", w), "status": "Confirmed"})
	}
	want = append(want, csvRow{"what": "Share of a spend", "amount": "-" + pence(share), "balance": pence(s.book.pledge - share),
		"for": s.to + ": " + s.what, "status": "Recorded"})
	if len(rows) != len(want) {
		t.Errorf("%s has %d rows, want %d: the pledge, %d payments and the share of the course", name, len(rows), len(want), s.weeks)
		return
	}
	for i, row := range rows {
		checkCSVRow(t, name, i+1, row, want[i])
	}
	checkLedgerBalances(t, name, rows)
}

// eachDay is the line as of each London day of the times around what it
// records: one line, or two when midnight fell between them.
func eachDay(times [2]time.Time, line statementLine) []statementLine {
	line.on = times[0]
	out := []statementLine{line}
	if londonDay(times[1]) != londonDay(times[0]) {
		line.on = times[1]
		out = append(out, line)
	}
	return out
}

// statementAsRead is how the member must read the statement's lines, as
// statementWant says them, each of which may be one of several (eachDay):
// the one the row the member reads is, if it is one of them, else the
// first.
func statementAsRead(m *walker, rows [][]string, lines [][]statementLine) [][]string {
	var want [][]string
	for i, ways := range lines {
		read := m.statementWant(ways)
		pick := read[0]
		if len(rows) == len(lines) {
			if at := slices.IndexFunc(read, func(w []string) bool { return slices.Equal(w, rows[i]) }); at >= 0 {
				pick = read[at]
			}
		}
		want = append(want, pick)
	}
	return want
}
