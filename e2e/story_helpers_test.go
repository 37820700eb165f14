package e2e

import (
	"cmp"
	"context"
	"encoding/csv"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/sitetest"
)

// What the stories of a course (story_course_test.go) and of a co-op
// (story_coop_test.go) share: each story is a list of steps, walked once
// in plain English and once in Easy Read; the members whose pages the
// story is about walk them in a tab of their own, with axe-core on every
// page they see, and the others act over plain HTTP, as if in browsers of
// their own. The money each page shows is checked against a book the
// story keeps of what its members did.

// storyCatalogue is the site's own words, so that a story reads each page
// in the mode it is walked in: the figures in them are the story's.
var storyCatalogue = sync.OnceValues(locale.New)

func storyWords(t *testing.T, easy bool) *locale.Localizer {
	t.Helper()
	c, err := storyCatalogue()
	if err != nil {
		t.Fatalf("the site's words: %v", err)
	}
	return c.For(easy)
}

// storyMode is one of the two ways a story is walked; easy is what
// signInAs takes.
type storyMode struct{ name, easy string }

var storyModes = []storyMode{{"plain", "off"}, {"easy-read", "on"}}

// storyStep is one step of a story. A story is a list of them, run in
// order; more can be appended to the list as the site grows.
type storyStep struct {
	name string
	do   func(t *testing.T)
}

// runStory runs the steps in order: each starts from where the one
// before left the group, so a step that stops (t.Fatal) stops the story.
// A step that only found something wrong (t.Error) lets the story go on,
// so that one wrong page does not hide the rest.
func runStory(t *testing.T, steps []storyStep) {
	t.Helper()
	for _, step := range steps {
		began := time.Now()
		finished := false
		t.Run(step.name, func(t *testing.T) {
			step.do(t)
			finished = true
		})
		if !finished {
			t.Fatalf("step %s stopped; the story stops there", step.name)
		}
		t.Logf("%s: %s", step.name, time.Since(began).Round(time.Millisecond))
	}
}

// storyTabFor is how long a story's tab may take over all its steps: a
// story is longer than the other tests, whose tabs have two minutes.
const storyTabFor = 5 * time.Minute

// walker is a member walking a story in a browser tab of their own,
// signed in on the site at base, in one display mode.
type walker struct {
	who  community.Person
	base string
	ctx  context.Context
	easy bool
	l    *locale.Localizer
	// shots are the tests that leave a screenshot of the tab if they
	// fail; missing the messages without words reported already.
	shots   map[*testing.T]bool
	missing map[string]bool
	// axed are the kinds of page axe-core has checked for the walker, of
	// those it reads in passing (glance).
	axed map[string]bool
}

// newWalker opens a tab in a browser context of its own and signs the
// member in by their button on /demo, as signInAs does, on the site at
// base. Signing in is not part of the story: its pages are TestPages'.
func newWalker(t *testing.T, base string, p community.Person, mode storyMode) *walker {
	t.Helper()
	m := newSignedOutWalker(t, base, mode)
	m.who = p
	m.tab(t)
	m.display(t, "off")
	m.navigate(t, "/demo", 200)
	button := chromedp.CSS(`form[action="/demo/signin"]:has(input[name="member"][value=` + js(p.ID) + `]) button`)
	if status := navigateBy(t, m.ctx, "sign in as "+p.ID, chromedp.Click(button)); status != 200 {
		t.Fatalf("sign in as %s: status %d", p.ID, status)
	}
	if at := path(t, m.ctx); at != "/" && at != "/me/edit" {
		t.Fatalf("sign in as %s: landed on %s, want / or /me/edit", p.ID, at)
	}
	m.display(t, mode.easy)
	return m
}

// newSignedOutWalker opens a tab in a browser context of its own, signed
// in as nobody, for the site at base.
func newSignedOutWalker(t *testing.T, base string, mode storyMode) *walker {
	t.Helper()
	tab, closeTab := chromedp.NewContext(suite.browser, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(tab); err != nil {
		closeTab()
		t.Fatalf("open a tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, storyTabFor)
	t.Cleanup(func() { cancel(); closeTab() })
	return &walker{base: base, ctx: ctx, easy: mode.easy == "on", l: storyWords(t, mode.easy == "on"),
		shots: map[*testing.T]bool{}, missing: map[string]bool{}, axed: map[string]bool{}}
}

// display sets the display cookie for the site at base, as setDisplay
// does for the shared site.
func (m *walker) display(t *testing.T, easy string) {
	t.Helper()
	value := url.Values{"easy_read": {easy}, "text_size": {"normal"}, "contrast": {"normal"}}.Encode()
	if _, err := chromedp.Call(m.ctx, network.SetCookie, network.SetCookieParams{
		Name: "ct_display", Value: value, URL: m.base + "/", HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
	}); err != nil {
		t.Fatalf("set display cookie: %v", err)
	}
}

// tab is the member's tab; a failure of t leaves a screenshot of it.
func (m *walker) tab(t *testing.T) context.Context {
	t.Helper()
	if !m.shots[t] {
		m.shots[t] = true
		screenshotOnFailure(t, m.ctx)
	}
	return m.ctx
}

// navigate loads a page without checking it.
func (m *walker) navigate(t *testing.T, p string, status int64) {
	t.Helper()
	resp, err := chromedp.Run(m.ctx, chromedp.NavigateResponse(m.base+p))
	if err != nil {
		t.Fatalf("%s opens %s: %v", m.who.Name, p, err)
	}
	if resp.Status != status {
		t.Fatalf("%s opens %s: status %d, want %d; main says: %s", m.who.Name, p, resp.Status, status, mainText(t, m.ctx))
	}
}

// seen checks the page the member now sees: its display mode, axe-core's
// WCAG 2.2 AA rules, and that every message on it has words: the site
// shows a message it has no words for as its key in brackets. Each such
// message is reported once, on the first page that shows it.
func (m *walker) seen(t *testing.T) {
	t.Helper()
	m.tab(t)
	checkMode(t, m.ctx, m.easy)
	checkAxe(t, m.ctx)
	m.wordsAll(t)
}

// wordsAll reports each message on the page that has no words, once.
func (m *walker) wordsAll(t *testing.T) {
	t.Helper()
	for _, key := range missingWords.FindAllString(mainText(t, m.ctx), -1) {
		if !m.missing[key] {
			m.missing[key] = true
			t.Errorf("on %s, %s reads %q: the site has no words for that message", path(t, m.ctx), m.who.Name, key)
		}
	}
}

// missingWords is how a page shows a message key the catalogue lacks.
var missingWords = regexp.MustCompile(`\[[a-z_]+(\.[a-z_]+)+\]`)

// open loads a page of the site and checks it.
func (m *walker) open(t *testing.T, p string) {
	t.Helper()
	m.tab(t)
	m.navigate(t, p, 200)
	m.seen(t)
}

// click clicks the one button or link in main whose words are name, wants
// the page it loads to answer status, and checks that page.
func (m *walker) click(t *testing.T, tag, name string, status int64) {
	t.Helper()
	if got := clickNamed(t, m.tab(t), tag, name); got != status {
		t.Fatalf("%s presses %q: status %d, want %d; main says: %s", m.who.Name, name, got, status, mainText(t, m.ctx))
	}
	m.seen(t)
}

// press presses the submit button of the form posting to action, wants
// the page it loads to answer status, and checks that page.
func (m *walker) press(t *testing.T, action string, status int64) {
	t.Helper()
	if got := pressForm(t, m.tab(t), action); got != status {
		t.Fatalf("%s sends the form to %s: status %d, want %d; main says: %s", m.who.Name, action, got, status, mainText(t, m.ctx))
	}
	m.seen(t)
}

// chromeClick clicks what sel finds in the tab, when that loads no page:
// a summary that unfolds, a radio button.
func chromeClick(ctx context.Context, sel string) error {
	return chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel)))
}

// wantDone fails t unless the member landed on the group page with the
// notice of what they just did.
func (m *walker) wantDone(t *testing.T, groupPath, done string) {
	t.Helper()
	wantPath(t, m.ctx, groupPath+"?done="+done)
	if got, want := noticeText(t, m.ctx), m.l.T("group.done."+done); got != want {
		t.Errorf("%s is told %q, want %q", m.who.Name, got, want)
	}
}

// storyPage is a group page as a member reads it, in either mode.
type storyPage struct {
	Title   string
	Members []string
	Rules   []string
	// Pot is the pot's summary, by the words the page gives each figure;
	// Table the rows of who has paid what, by name: pledged, paid,
	// waiting, still to pay, in their account.
	Pot       map[string]string
	Table     map[string][]string
	ToConfirm []string
	Cards     []storyCard
	Timeline  []string
	Join      bool
	// Said are the sentences of the Easy Read page of the group's money,
	// which says its figures in words (checkPotEasy).
	Said []string
}

// storyCard is one proposal on the group page.
type storyCard struct {
	ID      string // from the forms on it; "" when it has none
	Heading string
	Lines   []string
	Lists   [][]string // the lists on it: a rule change's rules
	Status  string
	Buttons []string
	// Title is the h1 of an Easy Read proposal's page: what it is for.
	Title string
}

// read reads the group page the member's tab shows, finding its parts by
// their headings in the member's words; in Easy Read it reads the group's
// short pages (readEasy).
func (m *walker) read(t *testing.T) storyPage {
	t.Helper()
	if m.easy {
		return m.readEasy(t)
	}
	return eval[storyPage](t, m.ctx, `((membersHeading, rulesHeading, confirmHeading) => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = document.querySelector('main');
	  const heading = (sel, text) => [...main.querySelectorAll(sel)].find(h => words(h) === text);
	  const members = heading('h2', membersHeading), rules = heading('h2', rulesHeading), confirm = heading('#money h3', confirmHeading);
	  const next = (h, sel) => h && h.nextElementSibling && h.nextElementSibling.matches(sel) ? h.nextElementSibling : null;
	  const pot = {}, table = {};
	  for (const d of main.querySelectorAll('#money > dl.summary > div')) pot[words(d.querySelector('dt'))] = words(d.querySelector('dd'));
	  for (const tr of main.querySelectorAll('#money table.money-table tbody tr')) table[words(tr.querySelector('th'))] = [...tr.querySelectorAll('td')].map(words);
	  return {
	    Title: words(main.querySelector('h1')),
	    Members: next(members, 'ul') ? [...next(members, 'ul').querySelectorAll('li')].map(words) : [],
	    Rules: next(rules, 'ul') ? [...next(rules, 'ul').querySelectorAll('li')].map(words) : [],
	    Pot: pot, Table: table,
	    ToConfirm: next(confirm, 'ul') ? [...next(confirm, 'ul').querySelectorAll('li > span')].map(words) : [],
	    Cards: [...main.querySelectorAll('#proposals li.suggestion')].map(li => ({
	      ID: (([...li.querySelectorAll('form')].map(f => f.getAttribute('action').match(/\/proposals\/([^/]+)\//)).find(m => m)) || ['', ''])[1],
	      Heading: words(li.querySelector('h3')),
	      Lines: [...li.querySelectorAll(':scope > p:not(.badge), :scope > .actions > p')].map(words),
	      Lists: [...li.querySelectorAll(':scope > ul')].map(ul => [...ul.querySelectorAll('li')].map(words)),
	      Status: words(li.querySelector('.badge')),
	      Buttons: [...li.querySelectorAll('button')].map(words)})),
	    Timeline: [...main.querySelectorAll('#timeline li')].map(li => words(li).replace(/^\d+ \w+ \d{4} /, '')),
	    Join: !!main.querySelector('form[action$="/join"]'),
	  };
	})(`+js(m.l.T("group.members"))+`, `+js(m.l.T("group.rules"))+`, `+js(m.l.T("money.to_confirm"))+`)`)
}

// card is the proposal on the page whose heading is heading.
func (p storyPage) card(t *testing.T, heading string) storyCard {
	t.Helper()
	var found []storyCard
	for _, c := range p.Cards {
		if c.Heading == heading {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d proposals headed %q on the group page, want 1; the proposals are %+v", len(found), heading, p.Cards)
	}
	return found[0]
}

// wantLines fails t unless the card says each of the lines.
func (c storyCard) wantLines(t *testing.T, who string, lines ...string) {
	t.Helper()
	for _, line := range lines {
		if !slices.Contains(c.Lines, line) {
			t.Errorf("%s reads the proposal %q as %q; it does not say %q", who, c.Heading, c.Lines, line)
		}
	}
}

// book is what a group's ledger must say, kept by the story from what its
// members did, in the order they joined: what each pledged, paid (once
// confirmed) and has waiting, their shares of what was bought, and what
// the group spent and has agreed to spend and not paid yet; and, once a
// group that closes shares out its money, what is owed back to each
// member and paid back. It has no fees or leavers: no story that uses it
// has any (the mini-gym keeps a book of its own).
type book struct {
	pledge     community.Pence // each member's: what a time, times the times
	members    []community.Person
	paid       map[string]community.Pence
	waiting    map[string]community.Pence
	shares     map[string]community.Pence
	refundOwed map[string]community.Pence
	refunded   map[string]community.Pence
	spent      community.Pence
	promised   community.Pence
	// closing says the group agreed to close: it takes no more money, so
	// what was pledged is cancelled and nobody has anything still to pay.
	closing bool
}

func newBook(pledge community.Pence) *book {
	return &book{pledge: pledge, paid: map[string]community.Pence{}, waiting: map[string]community.Pence{}, shares: map[string]community.Pence{},
		refundOwed: map[string]community.Pence{}, refunded: map[string]community.Pence{}}
}

func (b *book) join(p community.Person) { b.members = append(b.members, p) }

// pays is a member saying they paid; confirmAll the treasurer confirming
// every payment waiting.
func (b *book) pays(p community.Person, amount community.Pence) { b.waiting[p.ID] += amount }

func (b *book) confirmAll() {
	for id, w := range b.waiting {
		b.paid[id] += w
	}
	clear(b.waiting)
}

// spend is an agreed spend recorded paid, shared equally among the
// members, who all vote; it must share without odd pence.
func (b *book) spend(t *testing.T, amount community.Pence) {
	t.Helper()
	share := amount / community.Pence(len(b.members))
	if share*community.Pence(len(b.members)) != amount {
		t.Fatalf("the story's spend of %s does not share equally among %d members", amount.Pounds(), len(b.members))
	}
	for _, p := range b.members {
		b.shares[p.ID] += share
	}
	b.spent += amount
	b.promised -= amount
}

func total(m map[string]community.Pence) community.Pence {
	var s community.Pence
	for _, v := range m {
		s += v
	}
	return s
}

// shareOut is a group that closes sharing out its money: what is in each
// member's account is owed back to them. payBack is the treasurer paying
// one of them back, out of the pot.
func (b *book) shareOut() {
	for _, p := range b.members {
		if balance := b.balance(p.ID); balance > 0 {
			b.refundOwed[p.ID] += balance
		}
	}
}

func (b *book) payBack(id string) {
	b.refunded[id] += b.refundOwed[id]
	b.refundOwed[id] = 0
}

// balance is what is in a member's account: what they paid in less their
// shares, and what is owed or was paid back to them.
func (b *book) balance(id string) community.Pence {
	return b.paid[id] - b.shares[id] - b.refundOwed[id] - b.refunded[id]
}

func (b *book) pot() community.Pence     { return total(b.paid) - b.spent - total(b.refunded) }
func (b *book) pledged() community.Pence { return b.pledgeNow() * community.Pence(len(b.members)) }

// pledgeNow is what each member has pledged now: nothing, once the group
// agreed to close and cancelled the pledges.
func (b *book) pledgeNow() community.Pence {
	if b.closing {
		return 0
	}
	return b.pledge
}

// stillToPay is what the members have pledged and not paid, as far as
// the treasurer has confirmed.
func (b *book) stillToPay() community.Pence {
	var s community.Pence
	for _, p := range b.members {
		s += max(b.pledgeNow()-b.paid[p.ID], 0)
	}
	return s
}

// account is what is in a member's account in the words of the group
// page: what they paid in less their shares, or what they owe.
func (b *book) account(l *locale.Localizer, id string) string {
	balance := b.balance(id)
	if balance < 0 {
		return l.T("money.owes", (-balance).Pounds())
	}
	return balance.Pounds()
}

// checkPot fails t for each figure of the pot, and each member's row of
// who has paid what, that the page shows otherwise than the book says.
func (b *book) checkPot(t *testing.T, m *walker, g storyPage) {
	t.Helper()
	if m.easy {
		b.checkPotEasy(t, m, g)
		return
	}
	l := m.l
	figures := []struct {
		key  string
		want community.Pence
	}{
		{"money.paid", total(b.paid)},
		{"money.waiting", total(b.waiting)},
		{"money.pledged", b.pledged()},
		{"money.spent", b.spent},
		{"money.left", b.pot()},
		{"money.promised", b.promised},
		{"money.free", max(b.pot()-total(b.refundOwed)-b.promised, 0)},
		{"money.fund", 0},
	}
	// What is owed back is shown only while there is some.
	if owed := total(b.refundOwed); owed > 0 {
		figures = append(figures, struct {
			key  string
			want community.Pence
		}{"money.owed_back", owed})
	} else if got, ok := g.Pot[l.T("money.owed_back")]; ok {
		t.Errorf("%s sees %q beside %q though nothing is owed back", m.who.Name, got, l.T("money.owed_back"))
	}
	// While the group saves up for what it agreed, what those spends still
	// wait for is said as such, not as free money below zero.
	if short := b.promised + total(b.refundOwed) - b.pot(); short > 0 {
		figures = append(figures, struct {
			key  string
			want community.Pence
		}{"money.awaited", short})
	} else if got, ok := g.Pot[l.T("money.awaited")]; ok {
		t.Errorf("%s sees %q beside %q though the pot covers what was agreed", m.who.Name, got, l.T("money.awaited"))
	}
	for _, f := range figures {
		if got, ok := g.Pot[l.T(f.key)]; !ok || got != f.want.Pounds() {
			t.Errorf("%s sees %q beside %q in the pot's summary, want %s; the summary is %v", m.who.Name, got, l.T(f.key), f.want.Pounds(), g.Pot)
		}
	}
	if len(g.Table) != len(b.members) {
		t.Errorf("%s sees %d rows of who has paid what, want one for each of the %d members: %v", m.who.Name, len(g.Table), len(b.members), g.Table)
	}
	// Once the group takes no more money, its pledges are cancelled and
	// nobody has anything still to pay: that column is checked for them
	// all at once, the rest of each row as before.
	var stillToPay []string
	for _, p := range b.members {
		want := []string{b.pledgeNow().Pounds(), b.paid[p.ID].Pounds(), b.waiting[p.ID].Pounds(), max(b.pledgeNow()-b.paid[p.ID], 0).Pounds(), b.account(l, p.ID)}
		got := g.Table[p.Name]
		if b.closing && len(got) == len(want) {
			want[3] = "£0"
			if got[3] != want[3] {
				stillToPay = append(stillToPay, p.Name+" "+got[3])
			}
			got, want = slices.Delete(slices.Clone(got), 3, 4), slices.Delete(want, 3, 4)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s reads %s's row of who has paid what as %q, want pledged, paid, waiting, still to pay, in their account %q", m.who.Name, p.Name, got, want)
		}
	}
	if len(stillToPay) > 0 {
		t.Errorf("the group agreed to close and takes no more money, yet %s reads %q beside these members: %s; want £0 for each",
			m.who.Name, l.T("money.owed"), strings.Join(stillToPay, ", "))
	}
}

// httpMember is a member acting in a browser of their own, over plain
// HTTP: their pages are the same as the walkers', so the story does not
// check them again.
type httpMember struct {
	who    community.Person
	h      *sitetest.Client
	method string // how they pay: cash unless set
}

func httpMemberAt(t *testing.T, base string, p community.Person) httpMember {
	t.Helper()
	h := sitetest.NewClient(base)
	if err := h.SignInAs(p.ID); err != nil {
		t.Fatal(err)
	}
	return httpMember{who: p, h: h}
}

// send presses the button of the form on the page at pagePath that posts
// to action, with values over its hidden inputs, and wants the site to
// send them back to the group page with the notice done.
func (hm httpMember) send(t *testing.T, groupPath, pagePath, action string, values url.Values, done string) {
	t.Helper()
	page, err := hm.h.Submit(pagePath, action, values)
	if err != nil {
		t.Fatalf("%s sends %s: %v", hm.who.Name, action, err)
	}
	if want := groupPath + "?done=" + done; page.Status != 303 || !strings.HasPrefix(page.Location, want) {
		t.Fatalf("%s sends %s %v: status %d to %q, want 303 to %s; the page says: %.300s", hm.who.Name, action, values, page.Status, page.Location, want, page.Body)
	}
}

func (hm httpMember) join(t *testing.T, groupPath string) {
	t.Helper()
	hm.send(t, groupPath, groupPath, groupPath+"/join", url.Values{}, "joined")
}

func (hm httpMember) pay(t *testing.T, groupPath string, amount community.Pence, note string) {
	t.Helper()
	// The pay page, and each proposal's page, have the one form, in
	// either display mode (the group page is only buttons in Easy Read).
	hm.send(t, groupPath, groupPath+"/pay", groupPath+"/payments", url.Values{"amount": {typed(amount)}, "method": {cmp.Or(hm.method, "cash")}, "note": {note}}, "paid")
}

func (hm httpMember) voteYes(t *testing.T, groupPath, proposal string) {
	t.Helper()
	hm.send(t, groupPath, groupPath+"/proposals/"+proposal, groupPath+"/proposals/"+proposal+"/vote", url.Values{"vote": {"yes"}}, "voted")
}

// typed is an amount as a member types it: 5, 500.01.
func typed(p community.Pence) string { return strings.TrimPrefix(p.Pounds(), "£") }

// csvReadAll reads a CSV downloaded over HTTP.
func csvReadAll(body string) ([][]string, error) {
	return csv.NewReader(strings.NewReader(body)).ReadAll()
}

// londonDay is how the group page writes a day: "Monday 2 January".
func londonDay(at time.Time) string { return community.InLondon(at).Format("Monday 2 January") }

// dayAfter is how the group page writes the London day n days after the
// day at falls on in London: the day a spend must be paid by, two weeks
// after the day the pot reaches it.
func dayAfter(at time.Time, n int) string {
	y, m, d := community.InLondon(at).Date()
	return time.Date(y, m, d+n, 12, 0, 0, 0, time.UTC).Format("Monday 2 January")
}

// groupIDRe reads a group's id from the page it lands on after starting.
var groupIDRe = regexp.MustCompile(`^/groups/([^/?#]+)\?done=started$`)

// startGroup fills the form to start a group from scratch and starts it;
// the form's choices are given by field id, radio buttons by their ids.
// The plain form asks it all on one page; Easy Read asks it a part at a
// time, and each page gets the fields and choices it has.
func startGroup(t *testing.T, m *walker, fields map[string]string, radios ...string) (id string) {
	t.Helper()
	ctx := m.tab(t)
	m.open(t, "/groups/new")
	for n := 1; path(t, ctx) == "/groups/new"; n++ {
		if n > 20 {
			t.Fatalf("the pages to start a group never end; main says: %s", mainText(t, ctx))
		}
		var steps []chromedp.Action[chromedp.Void]
		for _, f := range slices.Sorted(maps.Keys(fields)) {
			if has(t, ctx, f) {
				steps = append(steps, setValue(f, fields[f]))
			}
		}
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("fill the form to start a group: %v", err)
		}
		if interest := "interest-" + m.who.Interests[0]; has(t, ctx, interest) {
			tick(t, ctx, interest)
		}
		for _, r := range radios {
			if !has(t, ctx, r) {
				continue
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(r))); err != nil {
				t.Fatalf("choose %s: %v", r, err)
			}
		}
		m.press(t, "/groups/new", 200) // a page with a problem answers 400
	}
	match := groupIDRe.FindStringSubmatch(path(t, ctx))
	if match == nil {
		t.Fatalf("starting the group landed on %s; main says: %s", path(t, ctx), mainText(t, ctx))
	}
	return match[1]
}

// checkLedgerBalances fails t unless each row's running balance is the
// one before it plus the row's amount, from nothing, as a member adding
// up the ledger by hand would find; it returns the last balance.
func checkLedgerBalances(t *testing.T, name string, rows []csvRow) community.Pence {
	t.Helper()
	var balance community.Pence
	for i, r := range rows {
		amount, ok := csvPence(r["amount"])
		got, ok2 := csvPence(r["balance"])
		if !ok || !ok2 {
			t.Fatalf("%s row %d: amount %q, balance %q are not amounts", name, i+1, r["amount"], r["balance"])
		}
		balance += amount
		if got != balance {
			t.Errorf("%s row %d (%s %s): the balance is %s, want %s, the balance before it plus its amount", name, i+1, r["what"], r["amount"], r["balance"], pence(balance))
		}
	}
	return balance
}

// csvPence reads an amount as the CSVs write it: 5.00, -500.00.
func csvPence(s string) (community.Pence, bool) {
	digits, neg := strings.CutPrefix(s, "-")
	whole, frac, ok := strings.Cut(digits, ".")
	pounds, err1 := strconv.ParseUint(whole, 10, 32)
	p, err2 := strconv.ParseUint(frac, 10, 8)
	if !ok || len(frac) != 2 || err1 != nil || err2 != nil {
		return 0, false
	}
	v := community.Pence(pounds*100 + p)
	if neg {
		v = -v
	}
	return v, true
}

// storyClock is a site's clock that a story moves on by hand: it runs as
// the real clock does, from start, plus however far it was moved, so
// that entries keep the order they were made in.
type storyClock struct {
	mu     sync.Mutex
	start  time.Time // what the clock said when it was made,
	made   time.Time // on the real clock
	offset time.Duration
}

func newStoryClock(start time.Time) *storyClock {
	return &storyClock{start: start, made: time.Now()}
}

func (c *storyClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.start.Add(time.Since(c.made) + c.offset)
}

// Advance moves the clock on by d.
func (c *storyClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

// storyDay is how a statement writes the day a spend was agreed: whole in
// Easy Read ("Monday 7 June"), "7 June 2027" in plain words.
func storyDay(m *walker, at time.Time) string {
	if m.easy {
		return londonDay(at)
	}
	return community.InLondon(at).Format("2 January 2006")
}
