package e2e

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
)

// The tests of buying groups (issue 6, item 10): the whole story in the
// browser, from a "Start this group" suggestion to the statement CSV;
// axe-core and reflow at 320px on every group page in normal and Easy
// Read mode; and joining, paying and voting with scripts turned off.
//
// Groups, payments and votes last for the whole package run, and every
// test shares the site. So the tests here sign in as members of their own,
// chosen by groupsMembers from the members no other test uses (nor the
// suggestions tests' members), all of them reading plain English; and each
// test starts a group of its own.

// groupsCast is who the tests here sign in as.
type groupsCast struct {
	// starter starts the story's group from the first "Start this group"
	// on their /suggestions, around listing.
	starter community.Person
	listing string
	joiners []community.Person // three, who join the story's group
	// The page checks' group asks first: its treasurer started it, member
	// is in it, guest was invited and has not joined, asker asks to join.
	treasurer, member, guest, asker community.Person
	// The journey without JavaScript: organiser starts the group over
	// HTTP and noJS joins, pays and votes in the browser.
	organiser, noJS community.Person
	chosenIn        time.Duration
	tried           int
}

var groupsSetup struct {
	once sync.Once
	cast groupsCast
	err  error
}

// maxStarterTries bounds the members signed in over HTTP to find one with
// a group to start; about a quarter of the demo members have one.
const maxStarterTries = 40

// groupsMembers chooses, once per package run, the members the tests here
// sign in as: in the order the store lists them, visible members with a
// profile who read plain English and whom no other test uses. The
// starter is the first of them open to buying together whose first
// "Start this group" leads to a form that invites someone, takes at least
// five people and has each pledge at least £12 (the most the story's
// members pay); the others follow. Each test calls it before
// t.Parallel, so that the choice is made before any test changes the
// site, and is the same on every run.
func groupsMembers(t *testing.T) groupsCast {
	t.Helper()
	groupsSetup.once.Do(func() {
		groupsSetup.cast, groupsSetup.err = chooseGroupsMembers(t)
	})
	if groupsSetup.err != nil {
		t.Fatalf("choose members for the group tests: %v", groupsSetup.err)
	}
	return groupsSetup.cast
}

// foundPeople is what the form to start a group says about the people the
// suggestion found (invitees in suggestions_test.go is the same words).
var foundPeople = regexp.MustCompile(`We found (\d+) people near you who could join`)

func chooseGroupsMembers(t *testing.T) (groupsCast, error) {
	start := time.Now()
	used := usedByOtherTests(t)
	for id := range suggestionsMembers(t).mine {
		used[id] = true
	}
	var candidates []community.Person
	for _, p := range suite.people {
		if p.Visible() && p.HasProfile() && len(p.Interests) > 0 && !p.Display.EasyRead && !used[p.ID] {
			candidates = append(candidates, p)
		}
	}
	var cast groupsCast
	for i, p := range candidates {
		if !p.OpenToBuying {
			continue
		}
		if cast.tried == maxStarterTries {
			break
		}
		cast.tried++
		h, err := httpSignIn(p.ID)
		if err != nil {
			return cast, err
		}
		status, body, err := h.get("/suggestions")
		if err != nil || status != 200 {
			return cast, fmt.Errorf("/suggestions as %s: status %d, %v", p.ID, status, err)
		}
		listings := startLinkIDs(body)
		if len(listings) == 0 {
			continue
		}
		status, form, err := h.get("/groups/new?listing=" + url.QueryEscape(listings[0]))
		if err != nil || status != 200 {
			return cast, fmt.Errorf("/groups/new?listing=%s as %s: status %d, %v", listings[0], p.ID, status, err)
		}
		m := foundPeople.FindStringSubmatch(form)
		size, _ := strconv.Atoi(inputValue(form, "max_size"))
		each, problem := community.ParsePence(inputValue(form, "contribution"))
		if m == nil || m[1] == "0" || size < 5 || size > 200 || problem != "" || each*10 < 1200 {
			continue
		}
		cast.starter, cast.listing = p, listings[0]
		candidates = slices.Delete(candidates, i, i+1)
		break
	}
	if cast.starter.ID == "" {
		return cast, fmt.Errorf("none of the %d members tried has a group to start for five people or more, pledging £12 or more each, that invites someone", cast.tried)
	}
	roles := []*community.Person{&cast.treasurer, &cast.member, &cast.guest, &cast.asker, &cast.organiser, &cast.noJS}
	if len(candidates) < 3+len(roles) {
		return cast, fmt.Errorf("only %d members left for %d roles", len(candidates), 3+len(roles))
	}
	cast.joiners = slices.Clone(candidates[:3])
	for i, r := range roles {
		*r = candidates[3+i]
	}
	cast.chosenIn = time.Since(start)
	return cast, nil
}

// inputValue is the value of the input with the id in a page's HTML.
func inputValue(body, id string) string {
	m := regexp.MustCompile(`<input[^>]*\bid="` + regexp.QuoteMeta(id) + `"[^>]*\bvalue="([^"]*)"`).FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	return m[1]
}

// signInAs signs in as a demo member and chooses the display mode. The
// cookie is the default while signing in, so that signing in saves no
// display choices to the member's profile.
func signInAs(t *testing.T, ctx context.Context, p community.Person, easy string) {
	t.Helper()
	setDisplay(t, ctx, "off", "normal", "normal")
	signIn(t, ctx, p.ID)
	setDisplay(t, ctx, easy, "normal", "normal")
}

// groupView is what a member sees of a group on its page.
type groupView struct {
	Title   string
	Notice  string
	Members []string
	Invited string // "3 people have been invited and not joined yet."
	Rules   []string
	// Pot is the pot's summary, by term; Table the rows of "Who has paid
	// what" by name: pledged, paid, waiting, still to pay.
	Pot       map[string]string
	Table     map[string][]string
	ToConfirm []string
	Proposals []proposalView
	Timeline  []string
	Join      bool // the form to join
}

// proposalView is one proposal as the group page shows it.
type proposalView struct {
	Heading string
	Lines   []string
	Status  string
	Buttons []string
}

// readGroup reads the group page the tab shows.
func readGroup(t *testing.T, ctx context.Context) groupView {
	t.Helper()
	return eval[groupView](t, ctx, `(() => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const main = document.querySelector('main');
	  const h2 = [...main.querySelectorAll('h2')].find(h => words(h) === 'Members');
	  const list = h2 && h2.nextElementSibling && h2.nextElementSibling.matches('ul') ? h2.nextElementSibling : null;
	  const invited = list && list.nextElementSibling && list.nextElementSibling.matches('p') ? list.nextElementSibling : null;
	  const rulesHeading = [...main.querySelectorAll('h2')].find(h => words(h) === "The pot's rules");
	  const pot = {};
	  for (const d of main.querySelectorAll('#money > dl.summary > div')) pot[words(d.querySelector('dt'))] = words(d.querySelector('dd'));
	  const table = {};
	  for (const tr of main.querySelectorAll('#money table.money-table tbody tr')) table[words(tr.querySelector('th'))] = [...tr.querySelectorAll('td')].map(words);
	  const confirmHeading = [...main.querySelectorAll('#money h3')].find(h => words(h) === 'Payments to confirm');
	  return {
	    Title: words(main.querySelector('h1')),
	    Notice: words(main.querySelector('.notice[role="status"]')),
	    Members: list ? [...list.querySelectorAll('li')].map(words) : [],
	    Invited: invited ? words(invited) : '',
	    Rules: rulesHeading ? [...rulesHeading.nextElementSibling.querySelectorAll('li')].map(words) : [],
	    Pot: pot, Table: table,
	    ToConfirm: confirmHeading ? [...confirmHeading.nextElementSibling.querySelectorAll('li > span')].map(words) : [],
	    Proposals: [...main.querySelectorAll('#proposals li.suggestion')].map(li => ({
	      Heading: words(li.querySelector('h3')),
	      Lines: [...li.querySelectorAll(':scope > p:not(.badge), :scope > .actions > p')].map(words),
	      Status: words(li.querySelector('.badge')),
	      Buttons: [...li.querySelectorAll('button')].map(words)})),
	    Timeline: [...main.querySelectorAll('#timeline li')].map(li => words(li).replace(/^\d+ \w+ \d{4} /, '')),
	    Join: !!main.querySelector('form[action$="/join"]'),
	  };
	})()`)
}

// wantNotice fails t unless the page's notice says want.
func wantNotice(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	if got := noticeText(t, ctx); got != want {
		t.Errorf("on %s the notice says %q, want %q", path(t, ctx), got, want)
	}
}

// wantPath fails t unless the tab shows the page p (path and query).
func wantPath(t *testing.T, ctx context.Context, p string) {
	t.Helper()
	if got := path(t, ctx); got != p {
		t.Fatalf("on %s, want %s; main says: %s", got, p, mainText(t, ctx))
	}
}

// wantSaid fails t unless main says each of the sentences.
func wantSaid(t *testing.T, ctx context.Context, sentences ...string) {
	t.Helper()
	text := mainText(t, ctx)
	for _, s := range sentences {
		if !strings.Contains(text, s) {
			t.Errorf("%s does not say %q; main says: %s", path(t, ctx), s, text)
		}
	}
}

// fill sets the fields with the ids to the values, in pairs.
func fill(t *testing.T, ctx context.Context, idsAndValues ...string) {
	t.Helper()
	var steps []chromedp.Action[chromedp.Void]
	for i := 0; i+1 < len(idsAndValues); i += 2 {
		steps = append(steps, setValue(idsAndValues[i], idsAndValues[i+1]))
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("fill %q: %v", idsAndValues, err)
	}
}

// csvDownload is a CSV fetched from inside the tab, with the headers a
// browser decides a download by.
type csvDownload struct {
	Status            int
	Type, Disposition string
	Body              string
}

func fetchCSV(t *testing.T, ctx context.Context, p string) (csvDownload, [][]string) {
	t.Helper()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[csvDownload](`fetch(`+js(p)+`, {credentials: 'same-origin'}).then(async r => ({
	  Status: r.status, Type: r.headers.get('content-type') || '', Disposition: r.headers.get('content-disposition') || '',
	  Body: await r.text()}))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch %s: %v", p, err)
	}
	rows, err := csv.NewReader(strings.NewReader(got.Body)).ReadAll()
	if err != nil {
		t.Fatalf("%s is not CSV: %v\n%s", p, err, got.Body)
	}
	return got, rows
}

// csvColumns are the columns of both the statement and the ledger CSV.
var csvColumns = []string{"date", "entry", "what", "person", "amount", "how", "note", "status", "paid so far"}

// csvRow is one row of a statement or ledger CSV, by column.
type csvRow map[string]string

func csvRows(t *testing.T, name string, rows [][]string) []csvRow {
	t.Helper()
	if len(rows) == 0 || !slices.Equal(rows[0], csvColumns) {
		t.Fatalf("%s: header %q, want %q", name, slices.Concat(rows[:min(len(rows), 1)]...), csvColumns)
	}
	var out []csvRow
	for _, r := range rows[1:] {
		row := csvRow{}
		for i, c := range csvColumns {
			row[c] = r[i]
		}
		out = append(out, row)
	}
	return out
}

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
		"If you leave, you get back your share of what has not been spent.",
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
		if !g.Join || !slices.Contains(g.Rules, "If you leave, you get back your share of what has not been spent.") {
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
		if want := []string{s.pledge.Pounds(), "£0", "£0", s.pledge.Pounds()}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row of who has paid what: %q, want pledged, paid, waiting, still to pay %q", p.Name, g.Table[p.Name], want)
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
		if want := []string{s.pledge.Pounds(), "£0", s.paid[i].Pounds(), s.pledge.Pounds()}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row after paying: %q, want pledged, paid, waiting, still to pay %q", p.Name, g.Table[p.Name], want)
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
		if want := []string{s.pledge.Pounds(), s.paid[i].Pounds(), "£0", (s.pledge - s.paid[i]).Pounds()}; !slices.Equal(g.Table[p.Name], want) {
			t.Errorf("%s's row after confirming: %q, want %q", p.Name, g.Table[p.Name], want)
		}
		if want := fmt.Sprintf("%s confirmed %s from %s.", s.cast.starter.Name, s.paid[i].Pounds(), p.Name); !slices.Contains(g.Timeline, want) {
			t.Errorf("the timeline %q does not say %q", g.Timeline, want)
		}
	}
}

// propose: a member proposes more than is left, is told why, then
// proposes a spend within the pot.
func (s *story) propose(t *testing.T) {
	p := s.cast.joiners[0]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	tooMuch := s.paid[0] + s.paid[1] + s.paid[2] + 100
	fill(t, ctx, "spend_amount", strings.TrimPrefix(tooMuch.Pounds(), "£"), "spend_to", s.to, "spend_for", s.what,
		"spend_quote", "£3 a session each for a group of four")
	if status := pressForm(t, ctx, s.path+"/proposals"); status != 400 {
		t.Fatalf("propose more than is left: status %d, want 400", status)
	}
	summary := readErrorSummary(t, ctx)
	if !summary.Visible || !slices.Equal(summary.Links, []string{"#spend_amount"}) ||
		!strings.Contains(summary.Messages["spend_amount-error"], "This is more than is left in the pot, so it cannot be spent") {
		t.Errorf("proposing more than is left: summary %+v; want a visible summary linking to #spend_amount and the reason beside it", summary)
	}
	if v := eval[string](t, ctx, `document.getElementById('spend_for').value`); v != s.what {
		t.Errorf("the form came back with %q for what it is for, want what was typed: %q", v, s.what)
	}
	fill(t, ctx, "spend_amount", strings.TrimPrefix(s.spend.Pounds(), "£"))
	if status := pressForm(t, ctx, s.path+"/proposals"); status != 200 {
		t.Fatalf("propose %s: status %d; main says: %s", s.spend.Pounds(), status, mainText(t, ctx))
	}
	wantPath(t, ctx, s.path+"?done=proposed")
	wantNotice(t, ctx, "Your proposal is up for a vote.")
	card := s.card(t, ctx)
	if card.Heading != fmt.Sprintf("Spend %s with %s", s.spend.Pounds(), s.to) || card.Status != "Open for votes" {
		t.Errorf("the proposal shows %+v", card)
	}
	for _, line := range []string{"For: " + s.what, "Proposed by " + p.Name, "0 yes, 0 no; 3 yes votes needed"} {
		if !slices.Contains(card.Lines, line) {
			t.Errorf("the proposal %q does not say %q", card.Lines, line)
		}
	}
}

// card is the story's one proposal on the page the tab shows.
func (s *story) card(t *testing.T, ctx context.Context) proposalView {
	t.Helper()
	g := readGroup(t, ctx)
	if len(g.Proposals) != 1 {
		t.Fatalf("%d proposals on the page, want 1: %+v", len(g.Proposals), g.Proposals)
	}
	return g.Proposals[0]
}

// vote: members vote yes in turn; the third yes of four voters approves.
func (s *story) vote(t *testing.T) {
	voters := append(slices.Clone(s.cast.joiners), s.cast.starter)
	for n, p := range voters {
		ctx := s.tab(t, p)
		open(t, ctx, s.path, 200)
		if card := s.card(t, ctx); card.Status != "Open for votes" {
			t.Fatalf("before %s votes, the proposal is %q", p.Name, card.Status)
		}
		if status := clickNamed(t, ctx, "button", "Vote yes: "+s.what); status != 200 {
			t.Fatalf("%s votes yes: status %d", p.Name, status)
		}
		wantPath(t, ctx, s.path+"?done=voted")
		wantNotice(t, ctx, "Your vote is recorded. You can change it until the vote closes.")
		card := s.card(t, ctx)
		if want := fmt.Sprintf("%d yes, 0 no; 3 yes votes needed", n+1); !slices.Contains(card.Lines, want) {
			t.Errorf("after %d yes votes the proposal says %q, want %q", n+1, card.Lines, want)
		}
		if n+1 < 3 {
			if card.Status != "Open for votes" || !slices.Contains(card.Lines, "You voted yes.") {
				t.Errorf("after %d of 3 yes votes: %+v; want still open, and \"You voted yes.\"", n+1, card)
			}
			continue
		}
		if card.Status != "Approved, waiting to be paid" || len(card.Buttons) != 0 {
			t.Errorf("after 3 of 3 yes votes: %+v; want approved, with no buttons for a member", card)
		}
		if want := "The group approved: " + s.what + "."; !slices.Contains(readGroup(t, ctx).Timeline, want) {
			t.Errorf("the timeline does not say %q", want)
		}
		return
	}
	t.Fatalf("all %d voters said yes and the proposal is not approved", len(voters))
}

// recordPaid: the treasurer records the approved spend as paid.
func (s *story) recordPaid(t *testing.T) {
	ctx := s.tab(t, s.cast.starter)
	open(t, ctx, s.path, 200)
	if status := clickNamed(t, ctx, "button", "Record as paid: "+s.what); status != 200 {
		t.Fatalf("record as paid: status %d", status)
	}
	wantPath(t, ctx, s.path+"?done=spent")
	wantNotice(t, ctx, "The spend is recorded as paid.")
	if card := s.card(t, ctx); card.Status != "Approved and paid" || len(card.Buttons) != 0 {
		t.Errorf("after recording it paid: %+v", card)
	}
	g := readGroup(t, ctx)
	paidIn := s.paid[0] + s.paid[1] + s.paid[2]
	if g.Pot["Spent"] != s.spend.Pounds() || g.Pot["Left in the pot"] != (paidIn-s.spend).Pounds() {
		t.Errorf("after the spend, the pot shows %v; want %s spent, %s left", g.Pot, s.spend.Pounds(), (paidIn - s.spend).Pounds())
	}
	if want := fmt.Sprintf("%s was paid: %s: %s.", s.spend.Pounds(), s.to, s.what); !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
}

// refund is what the leaver gets back under "refund of the unspent
// share": their share of what is left, in proportion to what they paid.
// They paid £8 of the £30 paid in, and £18 is left after the £12 spend:
// 8/30 of £18 is £4.80.
func (s *story) refund() community.Pence { return 480 }

// leave: the third member opens the leave page, sees in numbers what they
// paid and get back, and leaves.
func (s *story) leave(t *testing.T) {
	p := s.cast.joiners[2]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	if status := clickNamed(t, ctx, "a", "Leave this group"); status != 200 {
		t.Fatalf("open the leave page: status %d", status)
	}
	wantPath(t, ctx, s.path+"/leave")
	refund := s.refund()
	wantSaid(t, ctx, "Leave "+s.name, "If you leave, you get back your share of what has not been spent.",
		"You have paid in "+s.paid[2].Pounds()+".", "You will get back "+refund.Pounds()+".",
		"Your pledge of "+(s.pledge-s.paid[2]).Pounds()+" still to pay will be cancelled.")
	if status := clickNamed(t, ctx, "button", "Leave the group"); status != 200 {
		t.Fatalf("leave: status %d", status)
	}
	wantPath(t, ctx, "/groups?done=left")
	if !strings.HasPrefix(noticeText(t, ctx), "You have left the group.") {
		t.Errorf("after leaving, the notice says %q", noticeText(t, ctx))
	}
	if got := meListNames(t, ctx)["Groups you are in"]; slices.Contains(got, s.name) {
		t.Errorf("after leaving, /groups still lists %q among %q", s.name, got)
	}

	// The treasurer sees them gone and the refund in the pot.
	ctx = s.tab(t, s.cast.starter)
	open(t, ctx, s.path, 200)
	g := readGroup(t, ctx)
	if slices.ContainsFunc(g.Members, func(m string) bool { return strings.HasPrefix(m, p.Name) }) || len(g.Members) != 3 {
		t.Errorf("after %s left, the members are %q", p.Name, g.Members)
	}
	paidIn := s.paid[0] + s.paid[1] + s.paid[2]
	if want := (paidIn - s.spend - refund).Pounds(); g.Pot["Left in the pot"] != want {
		t.Errorf("after the refund, %s is left in the pot, want %s", g.Pot["Left in the pot"], want)
	}
	if !slices.ContainsFunc(g.Timeline, func(e string) bool { return strings.HasPrefix(e, refund.Pounds()+" was given back to ") }) {
		t.Errorf("the timeline %q does not say %s was given back", g.Timeline, refund.Pounds())
	}
}

// statement: the second member reads their printable statement, downloads
// it as CSV and checks its rows, and downloads the group's ledger.
func (s *story) statement(t *testing.T) {
	p := s.cast.joiners[1]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	links := eval[[]string](t, ctx, `[...document.querySelectorAll('main #money a')].map(a => a.textContent.trim() + ' ' + a.getAttribute('href'))`)
	for _, want := range []string{"My statement to print " + s.path + "/statement", "Download my statement (CSV) " + s.path + "/statement.csv",
		"Download the group's whole ledger (CSV) " + s.path + "/ledger.csv"} {
		if !slices.Contains(links, want) {
			t.Errorf("the pot's links %q lack %q", links, want)
		}
	}

	// The page to print: the payment, confirmed, and the running total.
	if status := clickNamed(t, ctx, "a", "My statement to print"); status != 200 {
		t.Fatalf("open the statement: status %d", status)
	}
	wantPath(t, ctx, s.path+"/statement")
	rows := eval[[][]string](t, ctx, `[...document.querySelectorAll('main table tbody tr')].map(tr => [...tr.cells].map(c => c.textContent.trim().replace(/\s+/g, ' ')))`)
	if len(rows) != 2 || !slices.Equal(rows[1][1:], []string{"Payment: Weeks 1 and 2", s.paid[1].Pounds(), "Confirmed", s.paid[1].Pounds()}) {
		t.Errorf("the statement's rows are %q; want the pledge, then the payment of %s, confirmed, %s paid so far", rows, s.paid[1].Pounds(), s.paid[1].Pounds())
	}
	wantSaid(t, ctx, "Statement for "+s.name, "For "+p.Name+", for their care coordinator",
		"In all I have paid "+s.paid[1].Pounds()+", confirmed by the treasurer.")

	// The statement CSV: the member's own rows, the payment confirmed.
	got, raw := fetchCSV(t, ctx, s.path+"/statement.csv")
	if got.Status != 200 || !strings.HasPrefix(got.Type, "text/csv") ||
		got.Disposition != fmt.Sprintf(`attachment; filename="statement-%s.csv"`, s.id) {
		t.Errorf("statement.csv: status %d, type %q, disposition %q; want 200, text/csv, an attachment", got.Status, got.Type, got.Disposition)
	}
	mine := csvRows(t, "statement.csv", raw)
	if len(mine) != 2 {
		t.Fatalf("statement.csv has %d rows, want the pledge and the payment:\n%s", len(mine), got.Body)
	}
	want := []csvRow{
		{"what": "pledge", "person": p.Name, "amount": pence(s.pledge), "how": "", "note": "", "status": "recorded", "paid so far": "0.00"},
		{"what": "payment", "person": p.Name, "amount": pence(s.paid[1]), "how": "bank_transfer", "note": "Weeks 1 and 2", "status": "confirmed", "paid so far": pence(s.paid[1])},
	}
	for i, row := range mine {
		checkCSVRow(t, "statement.csv", i+1, row, want[i])
	}

	// The group's whole ledger: every payment confirmed with a running
	// total, the spend and the refund.
	got, raw = fetchCSV(t, ctx, s.path+"/ledger.csv")
	if got.Status != 200 || got.Disposition != fmt.Sprintf(`attachment; filename="ledger-%s.csv"`, s.id) {
		t.Errorf("ledger.csv: status %d, disposition %q", got.Status, got.Disposition)
	}
	var payments, spends, refunds []csvRow
	for _, row := range csvRows(t, "ledger.csv", raw) {
		switch row["what"] {
		case "payment":
			payments = append(payments, row)
		case "spend":
			spends = append(spends, row)
		case "refund":
			refunds = append(refunds, row)
		}
	}
	if len(payments) != 3 || len(spends) != 1 || len(refunds) != 1 {
		t.Fatalf("ledger.csv: %d payments, %d spends, %d refunds; want 3, 1, 1:\n%s", len(payments), len(spends), len(refunds), got.Body)
	}
	var running community.Pence
	for i, row := range payments {
		running += s.paid[i]
		checkCSVRow(t, "ledger.csv payment", i+1, row, csvRow{"amount": pence(s.paid[i]), "status": "confirmed", "paid so far": pence(running)})
	}
	checkCSVRow(t, "ledger.csv spend", 1, spends[0], csvRow{"amount": pence(s.spend), "note": s.to + ": " + s.what, "status": "recorded"})
	checkCSVRow(t, "ledger.csv refund", 1, refunds[0], csvRow{"amount": pence(s.refund()), "status": "recorded"})
	// The ledger names only current members: the person column of the
	// member who left is empty (reported), so it is checked for the others.
	for i, p := range s.cast.joiners[:2] {
		if payments[i]["person"] != p.Name {
			t.Errorf("ledger.csv payment %d is by %q, want %q", i+1, payments[i]["person"], p.Name)
		}
	}
}

// pence writes an amount as the CSV does: 5.00, 4.80.
func pence(p community.Pence) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }

// checkCSVRow fails t for each column of want that row does not hold.
func checkCSVRow(t *testing.T, name string, n int, row, want csvRow) {
	t.Helper()
	for col, v := range want {
		if row[col] != v {
			t.Errorf("%s row %d: %s is %q, want %q (row %v)", name, n, col, row[col], v, row)
		}
	}
	if _, err := time.Parse("2006-01-02 15:04", row["date"]); err != nil || row["entry"] == "" {
		t.Errorf("%s row %d: date %q, entry %q; want a date and the entry's id", name, n, row["date"], row["entry"])
	}
}

// httpGroup is a group set up over plain HTTP, as if by members in other
// browsers, for the page checks and the journey without JavaScript.
type httpGroup struct {
	t    *testing.T
	id   string
	path string
}

// httpMust sends a form as the member and fails t unless it leads to a page
// with status 200 (after its redirect); it returns that page.
func httpMust(t *testing.T, h *httpMember, p string, form url.Values) string {
	t.Helper()
	status, body, err := h.post(p, form)
	if err != nil || status != 200 {
		t.Fatalf("POST %s %v: status %d, %v", p, form, status, err)
	}
	return body
}

func httpPage(t *testing.T, h *httpMember, p string) string {
	t.Helper()
	status, body, err := h.get(p)
	if err != nil || status != 200 {
		t.Fatalf("GET %s: status %d, %v", p, status, err)
	}
	return body
}

func httpAs(t *testing.T, p community.Person) *httpMember {
	t.Helper()
	h, err := httpSignIn(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

var groupLinkRe = regexp.MustCompile(`href="/groups/([^"/?#]+)/leave"`)

// startGroupOverHTTP starts a group from scratch as the member: £5 a week
// for 10 weeks, a refund of the unspent share, more than half to spend.
func startGroupOverHTTP(t *testing.T, h *httpMember, p community.Person, name string, open bool) httpGroup {
	t.Helper()
	who := "ask"
	if open {
		who = "open"
	}
	body := httpMust(t, h, "/groups/new", url.Values{
		"listing": {""}, "name": {name}, "purpose": {"We share the cost of " + strings.ToLower(name) + "."},
		"easy_summary": {"We pay together."}, "interests": {p.Interests[0]}, "district": {p.District}, "open": {who},
		"max_size": {"8"}, "contribution": {"5"}, "every": {"week"}, "times": {"10"}, "joining_fee": {""}, "late_fee": {""},
		"leaver": {"refund_unspent"}, "votes": {"majority"},
	})
	m := groupLinkRe.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("starting %q over HTTP led to a page without the group's links:\n%s", name, body)
	}
	return httpGroup{t: t, id: m[1], path: "/groups/" + m[1]}
}

var (
	paymentKeyRe = regexp.MustCompile(`name="key" value="([^"]+)"`)
	proposalRe   = regexp.MustCompile(`action="/groups/[^"/]+/proposals/([^"/]+)/vote"`)
)

// pay records a payment as the member, over HTTP.
func (g httpGroup) pay(h *httpMember, amount, note string) {
	g.t.Helper()
	m := paymentKeyRe.FindStringSubmatch(httpPage(g.t, h, g.path))
	if m == nil {
		g.t.Fatalf("no payment form on %s", g.path)
	}
	httpMust(g.t, h, g.path+"/payments", url.Values{"key": {m[1]}, "amount": {amount}, "method": {"cash"}, "note": {note}})
}

// confirmAll confirms every waiting payment as the treasurer.
func (g httpGroup) confirmAll(h *httpMember) {
	g.t.Helper()
	re := regexp.MustCompile(`action="` + regexp.QuoteMeta(g.path) + `/payments/confirm"[^>]*>(?:<input type="hidden" name="csrf" value="[^"]*">)?<input type="hidden" name="entry" value="([^"]+)">`)
	for _, m := range re.FindAllStringSubmatch(httpPage(g.t, h, g.path), -1) {
		httpMust(g.t, h, g.path+"/payments/confirm", url.Values{"entry": {m[1]}})
	}
	if re.MatchString(httpPage(g.t, h, g.path)) {
		g.t.Fatal("payments still wait for the treasurer after confirming them all")
	}
}

// propose proposes a spend as the member and returns the proposal's id:
// the one open for votes.
func (g httpGroup) propose(h *httpMember, amount, to, what string) string {
	g.t.Helper()
	body := httpMust(g.t, h, g.path+"/proposals", url.Values{"spend_amount": {amount}, "spend_to": {to}, "spend_for": {what}})
	ids := map[string]bool{}
	for _, m := range proposalRe.FindAllStringSubmatch(body, -1) {
		ids[m[1]] = true
	}
	if len(ids) != 1 {
		g.t.Fatalf("%d proposals open for votes after proposing %q, want 1", len(ids), what)
	}
	for id := range ids {
		return id
	}
	return ""
}

func (g httpGroup) voteYes(h *httpMember, proposal string) {
	g.t.Helper()
	httpMust(g.t, h, g.path+"/proposals/"+proposal+"/vote", url.Values{"vote": {"yes"}})
}

// pagesGroup is the group the page checks look at, with something in
// every section of its page.
type pagesGroup struct {
	httpGroup
	name string
}

// setUpPagesGroup starts a group that asks first, over HTTP: the member
// asks and is let in and joins, the guest asks and is invited, the asker
// asks and waits. The member pays £10, which the treasurer confirms, and
// £5 more, which waits; a spend of £2 is approved and waits to be paid, a
// spend of £4 is open with the member's yes; the board has an
// announcement and a session to come.
func setUpPagesGroup(t *testing.T, cast groupsCast) pagesGroup {
	t.Helper()
	treasurer, member := httpAs(t, cast.treasurer), httpAs(t, cast.member)
	guest, asker := httpAs(t, cast.guest), httpAs(t, cast.asker)
	g := pagesGroup{name: "Riverside knit and natter"}
	g.httpGroup = startGroupOverHTTP(t, treasurer, cast.treasurer, g.name, false)
	for _, h := range []*httpMember{member, guest, asker} {
		httpMust(t, h, g.path+"/ask", url.Values{})
	}
	for _, p := range []community.Person{cast.member, cast.guest} {
		httpMust(t, treasurer, g.path+"/let-in", url.Values{"person": {p.ID}})
	}
	httpMust(t, member, g.path+"/join", url.Values{})
	g.pay(member, "10", "Weeks 1 and 2")
	g.confirmAll(treasurer)
	g.pay(member, "5", "Week 3")
	tea := g.propose(treasurer, "2", "Corner cafe", "Tea at the first session")
	g.voteYes(treasurer, tea)
	g.voteYes(member, tea)
	hall := g.propose(member, "4", "Riverside hall", "Hall hire for March")
	g.voteYes(member, hall)
	httpMust(t, member, g.path+"/board", url.Values{"text": {"Bring your own needles; there is wool to share."}, "on": {""}})
	httpMust(t, treasurer, g.path+"/board", url.Values{"text": {"First session at the hall"},
		"on": {time.Now().UTC().AddDate(0, 0, 14).Format("2006-01-02")}})
	return g
}

// pagesOf is the group pages one person sees, and what each must show:
// selectors that must match in main.
type pagesOf struct {
	who   community.Person
	pages []sitePage
	shows map[string][]string
}

// pages are the group pages, in the order each person sees them.
func (g pagesGroup) pages(cast groupsCast) []pagesOf {
	p := g.path
	return []pagesOf{
		{cast.guest, []sitePage{
			{name: "groups-invited", path: "/groups", status: 200},
			{name: "group-new", path: "/groups/new", status: 200},
			{name: "group-new-errors", show: showGroupFormErrors},
			{name: "group-not-member", path: p, status: 200},
		}, map[string][]string{
			"groups-invited":   {`a[href="` + p + `"]`},
			"group-not-member": {`form[action="` + p + `/join"] button[type="submit"]`, `#watching`, `ul.rules li`, `p.idea`},
		}},
		{cast.treasurer, []sitePage{
			{name: "groups-mine", path: "/groups", status: 200},
			{name: "group-treasurer", show: showAllOf(p)},
			{name: "leave-treasurer", path: p + "/leave", status: 200},
		}, map[string][]string{
			"groups-mine": {`a[href="` + p + `"]`},
			"group-treasurer": {
				`form[action="` + p + `/let-in"] button`,           // people asking to join
				`form[action="` + p + `/payments/confirm"] button`, // a payment waiting
				`form[action="` + p + `/entries/reverse"] button`,  // corrections
				`select#person`,                // whose payment
				`form[action$="/vote"] button`, // a proposal open for votes
				`form[action$="/paid"] button`, // one approved, to record paid
				`#board li strong`,             // a session
				`#board form[action="` + p + `/board"]`,
				`details.rules-change form[action="` + p + `/rules"]`,
				`#timeline li`,
			},
			"leave-treasurer": {`form[action="` + p + `/handover"] select#person-treasurer`, `form[action="` + p + `/handover"] select#person-organiser`},
		}},
		{cast.member, []sitePage{
			{name: "group-member-errors", show: showPaymentErrors(p)},
			{name: "statement", path: p + "/statement", status: 200},
			{name: "leave-member", path: p + "/leave", status: 200},
		}, map[string][]string{
			"group-member-errors": {`#money table.money-table tbody tr`, `form[action="` + p + `/payments"] input[name="key"]`,
				`form[action$="/vote"] button`, `#board li`, `#timeline li`},
			"statement":    {`table.money-table tbody tr`},
			"leave-member": {`form[action="` + p + `/leave"] button[type="submit"]`, `ul.rules li`},
		}},
	}
}

// showGroupFormErrors sends the form to start a group with an amount that
// has too many pence, so that it comes back with its error summary.
func showGroupFormErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/groups/new", 200)
	fill(t, ctx, "name", "Saturday cyclists", "contribution", "5.555")
	if status := pressForm(t, ctx, "/groups/new"); status != 400 {
		t.Fatalf("start a group paying 5.555 a week: status %d, want 400", status)
	}
	got := readErrorSummary(t, ctx)
	if !got.Visible || !slices.Contains(got.Links, "#contribution") || got.Messages["contribution-error"] == "" {
		t.Fatalf("error summary: visible %v, links %q, messages %q; want a visible summary linking to #contribution and a message beside it", got.Visible, got.Links, got.Messages)
	}
	if v := eval[string](t, ctx, `document.getElementById('contribution').value`); v != "5.555" {
		t.Errorf("the form came back with %q, want what was typed: 5.555", v)
	}
}

// showAllOf opens the group page with its folded parts (corrections, the
// rules change) unfolded, so that axe-core checks them too.
func showAllOf(p string) func(t *testing.T, ctx context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		open(t, ctx, p, 200)
		if n := eval[int](t, ctx, `(ds => (ds.forEach(d => d.open = true), ds.length))(document.querySelectorAll('main details'))`); n != 2 {
			t.Errorf("%d folded parts (details) on the treasurer's page, want 2: corrections and the rules change", n)
		}
	}
}

// showPaymentErrors records a payment of £0, so that the member's view of
// the group page comes back with its error summary.
func showPaymentErrors(p string) func(t *testing.T, ctx context.Context) {
	return func(t *testing.T, ctx context.Context) {
		t.Helper()
		open(t, ctx, p, 200)
		fill(t, ctx, "amount", "£0")
		if status := pressForm(t, ctx, p+"/payments"); status != 400 {
			t.Fatalf("record a payment of £0: status %d, want 400", status)
		}
		if got := readErrorSummary(t, ctx); !got.Visible || !slices.Equal(got.Links, []string{"#amount"}) || got.Messages["amount-error"] == "" {
			t.Fatalf("error summary: visible %v, links %q, messages %q; want a visible summary linking to #amount and a message beside it", got.Visible, got.Links, got.Messages)
		}
	}
}

// knownTableOverflow says the money tables (table.money-table: "Who has
// paid what" on the group page, and the printable statement's) are still
// wider than 320px and make the whole page scroll sideways, which is
// reported with its fix: wrap each table in a region that scrolls on its
// own. While it is true, that overflow alone is logged rather than
// failed; any other overflow fails, and so does a page whose money table
// fits, so that this allowance goes when the fix lands.
const knownTableOverflow = false

// checkGroupPage is checkPage, but with the money tables' overflow at
// 320px allowed while knownTableOverflow is true.
func checkGroupPage(t *testing.T, ctx context.Context, p sitePage, easy bool) {
	if !knownTableOverflow {
		checkPage(t, ctx, p, easy)
		return
	}
	screenshotOnFailure(t, ctx)
	if p.show != nil {
		p.show(t, ctx)
	} else {
		open(t, ctx, p.path, p.status)
	}
	checkMode(t, ctx, easy)
	checkAxe(t, ctx)
	if eval[int](t, ctx, `document.querySelectorAll('main table.money-table').length`) == 0 {
		checkReflow(t, ctx)
		return
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(320, 640)); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = chromedp.Do(context.WithoutCancel(ctx), chromedp.ResetViewport()) }()
	widths := eval[struct {
		Scroll, Client int
		Others         []string
	}](t, ctx, `(() => {
	  const d = document.documentElement, others = [];
	  if (d.scrollWidth > d.clientWidth) for (const el of document.body.querySelectorAll('*')) {
	    if (el.getBoundingClientRect().right > d.clientWidth + 0.5 && !el.closest('table.money-table')) others.push(el.outerHTML.slice(0, 160));
	  }
	  return {Scroll: d.scrollWidth, Client: d.clientWidth, Others: others};
	})()`)
	switch {
	case widths.Scroll <= widths.Client:
		t.Errorf("at 320px wide the money table fits and the page does not scroll sideways: set knownTableOverflow to false in groups_test.go")
	case len(widths.Others) > 0:
		t.Errorf("at 320px wide the page scrolls sideways: scrollWidth %d > clientWidth %d; %d elements beyond the edge besides the money table, the first: %s",
			widths.Scroll, widths.Client, len(widths.Others), widths.Others[0])
	default:
		t.Logf("known bug (reported): at 320px wide table.money-table makes the page scroll sideways (scrollWidth %d > clientWidth %d)", widths.Scroll, widths.Client)
	}
}

// TestGroupPages checks every group page with axe-core (zero WCAG 2.2 AA
// violations) and for reflow at 320px, in normal and in Easy Read mode:
// /groups with an invitation and with a group, the form to start one (and
// its error summary), a group's page to a non-member, to its treasurer
// (everything showing: people asking, a payment to confirm, proposals
// open and approved, the board) and to a member (with an error summary),
// the printable statement, and the leave page of a member and of the
// treasurer, who must hand over first. One group, set up over HTTP, serves
// both modes; the checks only look.
func TestGroupPages(t *testing.T) {
	cast := groupsMembers(t)
	t.Parallel()
	began := time.Now()
	g := setUpPagesGroup(t, cast)
	t.Logf("set up the group over HTTP in %s", time.Since(began).Round(time.Millisecond))
	for _, mode := range []struct{ name, easy string }{{"normal", "off"}, {"easy-read", "on"}} {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			easy := mode.easy == "on"
			for _, who := range g.pages(cast) {
				signInAs(t, ctx, who.who, mode.easy)
				for _, p := range who.pages {
					t.Run(p.name, func(t *testing.T) {
						checkGroupPage(t, ctx, p, easy)
						for _, sel := range who.shows[p.name] {
							if n := eval[int](t, ctx, `document.querySelectorAll(`+js("main "+sel)+`).length`); n == 0 {
								t.Errorf("%s shows nothing for %s; main says: %s", path(t, ctx), sel, mainText(t, ctx))
							}
						}
					})
				}
			}
		})
	}
}

// TestGroupJourneyWithoutJavaScript joins a group, records a payment and
// votes with scripts turned off: each step must work without them. The
// organiser sets the group up over HTTP: they paid £20, confirmed it and
// proposed a spend of £6 while they were the only voter, so one yes
// approves it.
func TestGroupJourneyWithoutJavaScript(t *testing.T) {
	cast := groupsMembers(t)
	t.Parallel()
	organiser := httpAs(t, cast.organiser)
	g := startGroupOverHTTP(t, organiser, cast.organiser, "Walking football kit fund", true)
	g.pay(organiser, "20", "Kit money")
	g.confirmAll(organiser)
	const what = "Bibs for the team"
	g.propose(organiser, "6", "Sports shop", what)

	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turn scripts off: %v", err)
	}
	dialogs := watchDialogs(t, ctx)
	me := cast.noJS
	signInAs(t, ctx, me, "off")

	// Join.
	open(t, ctx, g.path, 200)
	if status := clickNamed(t, ctx, "button", "Join this group"); status != 200 {
		t.Fatalf("join: status %d", status)
	}
	wantPath(t, ctx, g.path+"?done=joined")
	wantNotice(t, ctx, "You have joined the group.")
	if got := readGroup(t, ctx); !slices.Contains(got.Members, me.Name) {
		t.Errorf("after joining, the members are %q", got.Members)
	}

	// Record a payment.
	fill(t, ctx, "amount", "7.50", "method", "cash", "note", "Week 1")
	if status := pressForm(t, ctx, g.path+"/payments"); status != 200 {
		t.Fatalf("record a payment: status %d; main says: %s", status, mainText(t, ctx))
	}
	wantPath(t, ctx, g.path+"?done=paid")
	wantNotice(t, ctx, "Your payment is recorded. The treasurer will confirm it when it arrives.")
	if row := readGroup(t, ctx).Table[me.Name]; !slices.Equal(row, []string{"£50", "£0", "£7.50", "£50"}) {
		t.Errorf("my row of who has paid what: %q, want £50 pledged, £0 paid, £7.50 waiting, £50 still to pay", row)
	}

	// Vote yes: the one yes needed approves the spend.
	if status := clickNamed(t, ctx, "button", "Vote yes: "+what); status != 200 {
		t.Fatalf("vote yes: status %d", status)
	}
	wantPath(t, ctx, g.path+"?done=voted")
	wantNotice(t, ctx, "Your vote is recorded. You can change it until the vote closes.")
	got := readGroup(t, ctx)
	if len(got.Proposals) != 1 || got.Proposals[0].Status != "Approved, waiting to be paid" ||
		!slices.Contains(got.Proposals[0].Lines, "1 yes, 0 no; 1 yes vote needed") {
		t.Errorf("after voting yes, the proposal is %+v; want approved with 1 yes", got.Proposals)
	}
	if d := dialogs(); len(d) > 0 {
		t.Errorf("dialogs opened with scripts off: %q", d)
	}
}
