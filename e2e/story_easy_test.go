package e2e

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
)

// In Easy Read a group's page is a start page of large buttons, each to a
// short page for one thing (group_parts.go), so a member reading the
// group in a story reads those pages, and does each thing on its own
// page; in plain words the group page shows every part, and is read and
// used whole. The helpers here do either, by the walker's mode.

// goTo brings the member to where the group's part is used, as it is now:
// in plain words the group page itself; in Easy Read the part's own short page,
// by the start page's button for it when it has one, as a member goes,
// and else by its address (a page a short page links to, like /propose).
func (m *walker) goTo(t *testing.T, groupPath, part string) {
	t.Helper()
	ctx := m.tab(t)
	m.open(t, groupPath)
	if !m.easy {
		return
	}
	href := groupPath + "/" + part
	if !eval[bool](t, ctx, `!!document.querySelector('main ul.tasks a[href=`+js(href)+`]')`) {
		m.open(t, href)
		return
	}
	if status := navigateBy(t, ctx, "follow "+href, chromedp.Click(chromedp.CSS(`main ul.tasks a[href=`+js(href)+`]`))); status != 200 {
		t.Fatalf("%s follows the button to %s: status %d; main says: %s", m.who.Name, href, status, mainText(t, ctx))
	}
	m.seen(t)
}

// onProposal brings the member to where they act on the proposal named
// words: the group page in plain words; in Easy Read its own page, by its
// link on the votes page.
func (m *walker) onProposal(t *testing.T, groupPath, words string) {
	t.Helper()
	m.goTo(t, groupPath, "votes")
	if m.easy {
		m.click(t, "a", words, 200)
	}
}

// voteYes says yes to the proposal named words, and lands on the group
// page with the notice.
func (m *walker) voteYes(t *testing.T, groupPath, words string) {
	t.Helper()
	m.onProposal(t, groupPath, words)
	if m.easy {
		m.click(t, "button", m.l.T("group.vote_yes", words), 200)
	} else {
		m.click(t, "button", m.l.T("proposals.vote_yes")+": "+words, 200)
	}
	m.wantDone(t, groupPath, "voted")
}

// recordPaid is the treasurer recording an agreed spend paid; status is
// what the site answers (409 while the pot cannot pay it).
func (m *walker) recordPaid(t *testing.T, groupPath, words string, status int64) {
	t.Helper()
	m.onProposal(t, groupPath, words)
	m.click(t, "button", m.l.T("proposals.record_paid")+": "+words, status)
}

// withdrawButton is the button that takes back the member's own proposal
// named words: on the group page in plain words, and in Easy Read on the
// page its proposal's page links to.
func (m *walker) withdrawButton(words string) string {
	if m.easy {
		return m.l.T("group.withdraw_this", words)
	}
	return m.l.T("proposals.withdraw") + ": " + words
}

// withdraw takes back the member's own open proposal named words.
func (m *walker) withdraw(t *testing.T, groupPath, words string) {
	t.Helper()
	m.onProposal(t, groupPath, words)
	if m.easy {
		m.click(t, "a", m.l.T("group.withdraw_link"), 200)
	}
	m.click(t, "button", m.withdrawButton(words), 200)
	m.wantDone(t, groupPath, "withdrawn")
}

// confirmAll is the treasurer confirming the n payments waiting, of total
// in all, at once.
func (m *walker) confirmAll(t *testing.T, groupPath string, n int, total community.Pence) {
	t.Helper()
	m.goTo(t, groupPath, "payments")
	if m.easy {
		m.click(t, "a", m.l.T("group.confirm_all_link"), 200)
	}
	m.click(t, "button", m.l.T("money.confirm_all", n, total.Pounds()), 200)
	m.wantDone(t, groupPath, "confirmed_all")
}

// confirmOne is the treasurer confirming one member's payment of amount.
func (m *walker) confirmOne(t *testing.T, groupPath, name string, amount community.Pence) {
	t.Helper()
	m.goTo(t, groupPath, "payments")
	if m.easy {
		m.click(t, "button", m.l.T("group.confirm_one", name, amount.Pounds()), 200)
	} else {
		m.click(t, "button", m.l.T("money.confirm")+": "+name+", "+amount.Pounds(), 200)
	}
	m.wantDone(t, groupPath, "confirmed")
}

// payBack is the treasurer saying they paid a member back what was owed.
func (m *walker) payBack(t *testing.T, groupPath, name string, owed community.Pence) {
	t.Helper()
	m.goTo(t, groupPath, "refunds")
	if m.easy {
		m.click(t, "button", m.l.T("group.paid_back_one", owed.Pounds(), name), 200)
	} else {
		m.click(t, "button", m.l.T("money.paid_back")+": "+name+", "+owed.Pounds(), 200)
	}
	m.wantDone(t, groupPath, "paid_back")
}

// pay fills in the form to record a payment and sends it.
func (m *walker) pay(t *testing.T, groupPath string, amount community.Pence, method, note string) {
	t.Helper()
	m.goTo(t, groupPath, "pay")
	fill(t, m.ctx, "amount", typed(amount), "method", method, "note", note)
	m.press(t, groupPath+"/payments", 200)
	m.wantDone(t, groupPath, "paid")
}

// waitingLine is how the treasurer reads a payment waiting to be
// confirmed: on the group page in plain words, and on the short page of
// payments to check in Easy Read.
func (m *walker) waitingLine(name string, amount community.Pence, method, note string) string {
	how := m.l.T("money.method." + method)
	if m.easy {
		return m.l.T("group.check_line", name, amount.Pounds(), how) + " " + note
	}
	return m.l.T("money.says_paid", name, amount.Pounds()) + " (" + how + "): " + note
}

// glance loads a page the member reads in passing and checks its words
// and mode; axe-core checks a kind of page once for each walker, the
// first time they read it.
func (m *walker) glance(t *testing.T, p string) {
	t.Helper()
	m.navigate(t, p, 200)
	if pattern := pagePattern(p); !m.axed[pattern] {
		m.axed[pattern] = true
		m.seen(t)
		return
	}
	checkMode(t, m.ctx, m.easy)
	m.wordsAll(t)
}

// readPage reads a page the member reads in passing with fn, a
// JavaScript function of the page's document: the first page of its kind
// the walker reads is opened in the tab (glance: axe-core checks it);
// later ones are fetched in the tab, with its cookies, and read as the
// browser parses them, many times quicker than loading each. Either way
// the page must answer 200, in the walker's mode, with words for every
// message on it.
func readPage[T any](t *testing.T, m *walker, p, fn string) T {
	t.Helper()
	if !m.axed[pagePattern(p)] {
		m.glance(t, p)
		return eval[T](t, m.ctx, `(`+fn+`)(document)`)
	}
	v, err := chromedp.Run(m.ctx, chromedp.Evaluate[T](`fetch(`+js(p)+`, {credentials: 'same-origin'}).then(async r => {
	  if (r.status !== 200) throw new Error('status ' + r.status);
	  const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
	  if (doc.documentElement.classList.contains('easy-read') !== `+fmt.Sprint(m.easy)+`) throw new Error('not in the walker\'s mode');
	  const missing = doc.querySelector('main').textContent.match(/\[[a-z_]+(\.[a-z_]+)+\]/);
	  if (missing) throw new Error('no words for ' + missing[0]);
	  return (`+fn+`)(doc);
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s reads %s: %v", m.who.Name, p, err)
	}
	return v
}

// textsOf is a function of a document giving the words of each element
// sel finds in it.
func textsOf(sel string) string {
	return `doc => [...doc.querySelectorAll(` + js(sel) + `)].map(el => el.textContent.trim().replace(/\s+/g, ' '))`
}

// hrefsOf is a function of a document giving the links sel finds in it.
func hrefsOf(sel string) string {
	return `doc => [...doc.querySelectorAll(` + js(sel) + `)].map(a => a.getAttribute('href'))`
}

// showAll is a list's page showing every item at once: what pressing "Show 5
// more" until it goes comes to.
const showAll = "?shown=1000"

// readEasy reads a group as an Easy Read member does: the start page,
// then, for a member, the short pages its buttons lead to, and the page
// of each proposal the votes and the history link to (readPage). It ends
// back on the start page.
func (m *walker) readEasy(t *testing.T) storyPage {
	t.Helper()
	ctx := m.tab(t)
	base, _, _ := strings.Cut(path(t, ctx), "?")
	g := eval[storyPage](t, ctx, `(() => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = document.querySelector('main');
	  return {Title: words(main.querySelector('h1')), Join: !!main.querySelector('form[action$="/join"]'),
	    Rules: [...main.querySelectorAll('ul.rules li')].map(words)};
	})()`)
	tasks := eval[[]string](t, ctx, `[...document.querySelectorAll('main ul.tasks a')].map(a => a.getAttribute('href'))`)
	if len(tasks) == 0 {
		return g // not a member: the start page is all they read
	}
	g.Rules = readPage[[]string](t, m, base+"/money-rules", textsOf(`main ul.rules li`))
	g.Members = readPage[[]string](t, m, base+"/members"+showAll, textsOf(`main #members li`))
	money := readPage[storyPage](t, m, base+"/money"+showAll, `doc => ({
	  Said: [...doc.querySelectorAll('main > p.idea:not(.glossary-links), main > .notice p.idea')].map(el => el.textContent.trim().replace(/\s+/g, ' ')),
	  Table: Object.fromEntries([...doc.querySelectorAll('main table.money-table tbody tr')].map(tr =>
	    [tr.querySelector('th').textContent.trim().replace(/\s+/g, ' '), [...tr.querySelectorAll('td')].map(td => td.textContent.trim().replace(/\s+/g, ' '))]))})`)
	g.Said, g.Table = money.Said, money.Table
	if slices.Contains(tasks, base+"/payments") {
		g.ToConfirm = readPage[[]string](t, m, base+"/payments"+showAll, textsOf(`main ul.plain-list li > span`))
	}
	proposals := readPage[[]string](t, m, base+"/votes"+showAll, hrefsOf(`main #votes a`))
	history := readPage[struct{ Steps, Links []string }](t, m, base+"/history"+showAll, `doc => ({
	  Steps: [...doc.querySelectorAll('main #history li')].map(el => el.textContent.trim().replace(/\s+/g, ' ')),
	  Links: [...doc.querySelectorAll('main #history a')].map(a => a.getAttribute('href'))})`)
	for _, e := range history.Steps {
		g.Timeline = append(g.Timeline, easyDay.ReplaceAllString(e, ""))
	}
	proposals = append(proposals, history.Links...)
	slices.Sort(proposals)
	for _, p := range slices.Compact(proposals) {
		g.Cards = append(g.Cards, m.readProposal(t, p))
	}
	if path(t, ctx) != base {
		m.navigate(t, base, 200)
	}
	return g
}

// easyDay is the day an Easy Read step of the history starts with:
// "Monday 7 June:", with the year when it is not this one.
var easyDay = regexp.MustCompile(`^[A-Z][a-z]+ \d{1,2} [A-Z][a-z]+( \d{4})?: `)

// readProposal reads the proposal's own page as a card: a spend is
// headed as on the plain group page, by its amount and to whom, which its
// page says in a line of its own.
func (m *walker) readProposal(t *testing.T, p string) storyCard {
	t.Helper()
	c := readPage[storyCard](t, m, p, `doc => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = doc.querySelector('main');
	  return {Heading: words(main.querySelector('h1')),
	    Lines: [...main.querySelectorAll('p.idea:not(.proposal-status):not(.glossary-links)')].map(words),
	    Lists: [...main.querySelectorAll('ul.rules')].map(ul => [...ul.querySelectorAll('li')].map(words)),
	    Status: words(main.querySelector('p.proposal-status')),
	    Buttons: [...main.querySelectorAll('form button'), ...main.querySelectorAll('a.button[href$="withdraw=yes"]')].map(words)};
	}`)
	c.ID, c.Title = strings.TrimPrefix(p[strings.LastIndex(p, "/"):], "/"), c.Heading
	spend, _, _ := strings.Cut(m.l.T("proposals.spend", "\x00", ""), "\x00")
	for _, line := range c.Lines {
		if strings.HasPrefix(line, spend) {
			c.Heading = line
		}
	}
	return c
}

// texts are the words of each element sel finds on the tab's page.
func texts(t *testing.T, m *walker, sel string) []string {
	t.Helper()
	return eval[[]string](t, m.ctx, `[...document.querySelectorAll(`+js(sel)+`)].map(el => el.textContent.trim().replace(/\s+/g, ' '))`)
}

// checkPotEasy fails t for each figure of the group's money the Easy Read
// member reads otherwise than the book says (checkMoneyEasy).
func (b *book) checkPotEasy(t *testing.T, m *walker, g storyPage) {
	t.Helper()
	checkMoneyEasy(t, m, g, easyMoney{pot: b.pot(), free: max(b.pot()-total(b.refundOwed)-b.promised, 0),
		members: b.members, paid: b.paid, waiting: b.waiting, balance: b.balance})
}

// easyMoney is what a story's book says the Easy Read page of the group's
// money must show: what is in the pot and free to spend, and for each
// member what they paid, have waiting and have in their account; more are
// further sentences it must say, like who left owing the group.
type easyMoney struct {
	pot, free     community.Pence
	members       []community.Person
	paid, waiting map[string]community.Pence
	balance       func(id string) community.Pence
	more          []string
}

// checkMoneyEasy fails t for each figure the Easy Read member reads on the
// page of the group's money (which g read) otherwise than e says: its
// sentences (what is in the pot, what the member put in and owes, what
// waits to be checked and is free to spend), and its table's row of who
// paid what for each member (paid, waiting, in their account).
func checkMoneyEasy(t *testing.T, m *walker, g storyPage, e easyMoney) {
	t.Helper()
	l := m.l
	want := []string{l.T("group.in_pot", e.pot.Pounds()), l.T("group.you_put_in", e.paid[m.who.ID].Pounds())}
	if balance := e.balance(m.who.ID); balance < 0 {
		want = append(want, l.T("group.you_owe", (-balance).Pounds()))
	} else {
		want = append(want, l.T("group.you_owe_nothing"))
	}
	if w := total(e.waiting); w > 0 {
		want = append(want, l.T("group.to_check", w.Pounds()))
	}
	if e.free != e.pot {
		want = append(want, l.T("group.money_free", e.free.Pounds()))
	}
	want = append(want, e.more...)
	for _, w := range want {
		if !slices.Contains(g.Said, w) {
			t.Errorf("%s reads the money as %q; it does not say %q", m.who.Name, g.Said, w)
		}
	}
	if len(g.Said) != len(want) {
		t.Errorf("%s reads %d sentences about the money, want %d: %q", m.who.Name, len(g.Said), len(want), want)
	}
	if len(g.Table) != len(e.members) {
		t.Errorf("%s sees %d rows of who paid what, want one for each of the %d members: %v", m.who.Name, len(g.Table), len(e.members), g.Table)
	}
	for _, p := range e.members {
		account := e.balance(p.ID).Pounds()
		if balance := e.balance(p.ID); balance < 0 {
			account = l.T("money.owes", (-balance).Pounds())
		}
		if row, want := g.Table[p.Name], []string{e.paid[p.ID].Pounds(), e.waiting[p.ID].Pounds(), account}; !slices.Equal(row, want) {
			t.Errorf("%s reads %s's row of who paid what as %q, want paid, waiting, in their account %q", m.who.Name, p.Name, row, want)
		}
	}
}

// wantFor fails t unless the card says what the spend is for: in a line
// of the plain card, and as the h1 of its Easy Read page.
func (c storyCard) wantFor(t *testing.T, m *walker, what string) {
	t.Helper()
	if !m.easy {
		c.wantLines(t, m.who.Name, m.l.T("proposals.for", what))
	} else if c.Title != what {
		t.Errorf("%s reads the page of %q headed %q, want what it is for: %q", m.who.Name, c.Heading, c.Title, what)
	}
}

// windUpPage opens the group's page about closing it: by the link on the
// plain group page, by the start page's button in Easy Read.
func (m *walker) windUpPage(t *testing.T, groupPath string) {
	t.Helper()
	if m.easy {
		m.goTo(t, groupPath, "wind-up")
		return
	}
	m.open(t, groupPath)
	m.click(t, "a", m.l.T("windup.link"), 200)
}

// statementLines are the lines of the member's statement the tab shows:
// on the plain page the table's columns after the date (what, amount,
// status, balance after it); in Easy Read each line's sentence.
func (m *walker) statementLines(t *testing.T) [][]string {
	t.Helper()
	if m.easy {
		var out [][]string
		for _, line := range texts(t, m, `main #statement-lines li`) {
			out = append(out, []string{line})
		}
		return out
	}
	return eval[[][]string](t, m.ctx, `[...document.querySelectorAll('main table tbody tr')].map(tr => [...tr.cells].slice(1).map(c => c.textContent.trim().replace(/\s+/g, ' ')))`)
}

// statementLine is a line a story expects on a member's statement: on the
// day on, of kind (as the catalogue's statement.kind.*), saying detail, of
// amount, with status (statement.status.*) and the balance after it.
type statementLine struct {
	on      time.Time
	kind    string
	detail  string
	amount  community.Pence
	status  string
	balance community.Pence
}

// statementWant is how the member reads the lines, as statementLines
// reads them: on the plain page the table's columns after the date; in
// Easy Read a sentence each, which says the day and no balance.
func (m *walker) statementWant(lines []statementLine) [][]string {
	l := m.l
	var out [][]string
	for _, s := range lines {
		kind, status := l.T("statement.kind."+s.kind), l.T("statement.status."+s.status)
		if !m.easy {
			out = append(out, []string{kind + ": " + s.detail, s.amount.Pounds(), status, s.balance.Pounds()})
			continue
		}
		on := londonDay(s.on)
		var line string
		switch {
		case s.kind == "pledge":
			line = l.T("group.statement_pledge", on, kind)
		case s.status == "recorded":
			line = l.T("group.statement_line_recorded", on, kind, s.amount.Pounds())
		default:
			line = l.T("group.statement_line", on, kind, s.amount.Pounds(), status)
		}
		out = append(out, []string{line + " " + s.detail})
	}
	return out
}
