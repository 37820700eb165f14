package e2e

import (
	"context"
	"fmt"
	"html"
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
	"github.com/clubtogether/clubtogether/sitetest"
)

// The tests of /suggestions (issue 5, "Pages"): axe-core and reflow on the
// page, on the form "Start this group" leads to and on /me with marks, in
// both modes; and the journey through them, with and without JavaScript.
//
// Marks (hello, not interested, block) last for the whole package run, and
// every test shares the site. So each test here signs in as a member of its
// own, chosen by suggestionsMembers from the members no other test uses,
// and marks only people no test signs in as. "Not interested" and blocks
// are undone by the end; hellos cannot be undone, and nothing else reads
// them.

// suggestionsCast is who the tests here sign in as.
type suggestionsCast struct {
	normal, easy    community.Person // TestSuggestionsPages, one per mode
	journey, noJS   community.Person // TestSuggestionsJourney…, with and without JavaScript
	greeter         community.Person // says hello to normal and easy, by HTTP, so /me lists a hello
	listing         map[string]string
	mine            map[string]bool // all of the above, whom the tests must not mark
	chosenIn        time.Duration
	tried, rejected int
}

var suggestionsSetup struct {
	once sync.Once
	cast suggestionsCast
	err  error
}

// suggestionsMembers chooses, once per package run, the members the tests
// here sign in as: in the order the store lists them, the first visible
// ones that no other test uses and whose /suggestions (at the default
// radius) suggests at least four people nobody else uses and shows a
// "Start this group" link; the journeys' members must also have someone
// further than 2 miles away, and someone within 2 miles. About a quarter
// of the demo members can start a group, so this signs in a dozen or two
// members over plain HTTP, which takes about a second. TestSuggestionsPages
// runs it before any parallel test has started, so the choice is the same
// on every run.
func suggestionsMembers(t *testing.T) suggestionsCast {
	t.Helper()
	suggestionsSetup.once.Do(func() {
		suggestionsSetup.cast, suggestionsSetup.err = chooseSuggestionsMembers(t)
	})
	if suggestionsSetup.err != nil {
		t.Fatalf("choose members for the suggestions tests: %v", suggestionsSetup.err)
	}
	return suggestionsSetup.cast
}

// usedByOtherTests lists the members other tests sign in as or look at.
func usedByOtherTests(t *testing.T) map[string]bool {
	used := map[string]bool{visibleMember(t).ID: true}
	for _, p := range suite.people {
		if reserved(p.ID) {
			used[p.ID] = true
		}
	}
	// TestProfileJourney signs in as the first member /demo lists: the
	// first in Oxford.
	for _, p := range suite.people {
		if strings.HasPrefix(p.District, "OX") {
			used[p.ID] = true
			break
		}
	}
	return used
}

func chooseSuggestionsMembers(t *testing.T) (suggestionsCast, error) {
	start := time.Now()
	used := usedByOtherTests(t)
	cast := suggestionsCast{listing: map[string]string{}, mine: map[string]bool{}}
	slots := []*community.Person{&cast.normal, &cast.easy, &cast.journey, &cast.noJS}
	next := 0
	var candidates []community.Person
	for _, p := range suite.people {
		if p.Visible() && p.HasProfile() && len(p.Interests) > 0 && !used[p.ID] {
			candidates = append(candidates, p)
		}
	}
	for _, p := range candidates {
		if next == len(slots) {
			break
		}
		cast.tried++
		c, err := httpSignIn(p.ID)
		if err != nil {
			return cast, err
		}
		body, err := suggestionsBody(c, "")
		if err != nil {
			return cast, fmt.Errorf("/suggestions as %s: %v", p.ID, err)
		}
		free := slices.DeleteFunc(suggestedPeopleIDs(body), func(id string) bool { return used[id] })
		listings := startLinkIDs(body)
		ok := len(free) >= 4 && len(listings) > 0
		if ok && next >= 2 {
			// A journey: someone further than 2 miles at the default
			// radius, so that choosing 2 miles changes something, and
			// someone within 2 miles.
			near, err := suggestionsBody(c, "within=2")
			if err != nil {
				return cast, fmt.Errorf("/suggestions?within=2 as %s: %v", p.ID, err)
			}
			ok = len(suggestedPeopleIDs(near)) > 0 && furthestMiles(body) > 2
		}
		if !ok {
			cast.rejected++
			continue
		}
		*slots[next] = p
		cast.listing[p.ID] = listings[0]
		cast.mine[p.ID] = true
		next++
	}
	if next < len(slots) {
		return cast, fmt.Errorf("only %d of the %d members tried see people and a group to start on /suggestions; %d are needed", next, cast.tried, len(slots))
	}
	// The greeter only says hello; anyone visible whom nobody else uses.
	for _, p := range candidates {
		if !cast.mine[p.ID] {
			cast.greeter = p
			cast.mine[p.ID] = true
			break
		}
	}
	if cast.greeter.ID == "" {
		return cast, fmt.Errorf("no member left to say hello")
	}
	cast.chosenIn = time.Since(start)
	return cast, nil
}

// suggestionsBody is /suggestions with the query given, as a member's own
// display shows it: in plain English the whole page; in Easy Read, where
// /suggestions is buttons to one page for each list, those pages one after
// the other, each showing all of its list.
func suggestionsBody(c *sitetest.Client, query string) (string, error) {
	get := func(p string) (string, error) {
		page, err := c.Get(p)
		if err == nil && page.Status != 200 {
			err = fmt.Errorf("%s: status %d", p, page.Status)
		}
		return page.Body, err
	}
	whole, err := get("/suggestions?" + query)
	if err != nil || strings.Contains(whole, `id="people-heading"`) {
		return whole, err
	}
	var b strings.Builder
	for _, list := range []struct{ path, param string }{{"/suggestions/people", "people"}, {"/suggestions/groups", "groups"}, {"/suggestions/new-groups", "start"}} {
		body, err := get(list.path + "?" + query + "&" + list.param + "=100")
		if err != nil {
			return "", err
		}
		b.WriteString(body)
	}
	return b.String(), nil
}

// suggestedPeopleIDs reads the ids of the people a /suggestions page suggests.
func suggestedPeopleIDs(body string) []string {
	start := strings.Index(body, `id="people-heading"`)
	end := strings.Index(body, `id="groups-heading"`)
	if start < 0 || end < start {
		return nil
	}
	var ids []string
	for _, m := range regexp.MustCompile(`<h[23]><a href="/people/([^"/?]+)">`).FindAllStringSubmatch(body[start:end], -1) {
		ids = append(ids, m[1])
	}
	return ids
}

// furthestMiles is the greatest distance in miles that the reasons on a
// /suggestions page give, 0 when none gives a number.
func furthestMiles(body string) int {
	most := 0
	for _, m := range aboutMilesRe.FindAllStringSubmatch(body, -1) {
		if n, _ := strconv.Atoi(m[1]); n > most {
			most = n
		}
	}
	return most
}

// startLinkIDs reads the listing ids of the "Start this group" links.
func startLinkIDs(body string) []string {
	var ids []string
	for _, m := range regexp.MustCompile(`href="/groups/new\?listing=([^"&]+)"`).FindAllStringSubmatch(body, -1) {
		ids = append(ids, html.UnescapeString(m[1]))
	}
	return ids
}

// sayHelloOverHTTP has one member say hello to another, as if from another
// browser.
func sayHelloOverHTTP(t *testing.T, from, to community.Person) {
	t.Helper()
	httpSubmit(t, httpAs(t, from), "/people/"+to.ID, "/people/"+to.ID+"/hello", url.Values{})
}

// suggestionCard is one suggestion as the page shows it.
type suggestionCard struct {
	ID, Name, Listing string // Name is the heading: a person's name or a listing's title
	Reasons           []string
	Hello, SaidHello  bool
}

// readSuggestionCards reads the suggestions in one section of /suggestions:
// "people", "groups" or "start".
func readSuggestionCards(t *testing.T, ctx context.Context, section string) []suggestionCard {
	t.Helper()
	return eval[[]suggestionCard](t, ctx, `[...document.querySelectorAll('main section[aria-labelledby="`+section+`-heading"] li.suggestion')].map(li => {
	  const a = li.querySelector('h2 a, h3 a'), start = li.querySelector('a[href^="/groups/new?listing="]');
	  const words = el => el.textContent.trim().replace(/\s+/g, ' ');
	  return {ID: a.getAttribute('href').replace(/^\/people\//, ''), Name: words(a),
	    Listing: start ? new URLSearchParams(start.getAttribute('href').split('?')[1]).get('listing') : '',
	    Reasons: [...li.querySelectorAll(':scope > p:not(:has(a)):not(.badge)')].map(words),
	    Hello: !!li.querySelector('form[action$="/hello"] button'), SaidHello: !!li.querySelector('.badge')};
	})`)
}

func suggestionIDs(cards []suggestionCard) []string {
	var ids []string
	for _, c := range cards {
		ids = append(ids, c.ID)
	}
	return ids
}

// firstFreePerson returns the first suggested person whom no test signs in as,
// and who passes ok.
func firstFreePerson(t *testing.T, ctx context.Context, cast suggestionsCast, skip map[string]bool, ok func(suggestionCard) bool) suggestionCard {
	t.Helper()
	used := usedByOtherTests(t)
	people := readSuggestionCards(t, ctx, "people")
	for _, c := range people {
		if !used[c.ID] && !cast.mine[c.ID] && !skip[c.ID] && ok(c) {
			return c
		}
	}
	t.Fatalf("no suggested person to mark among %q; the page says: %s", suggestionIDs(people), mainText(t, ctx))
	return suggestionCard{}
}

func anyCard(suggestionCard) bool { return true }

// pressForm presses the submit button of the form in main whose action is
// action, and returns the status of the page that loads.
func pressForm(t *testing.T, ctx context.Context, action string, extra ...string) int64 {
	t.Helper()
	sel := `main form[action="` + action + `"]` + strings.Join(extra, "") + ` button[type="submit"]`
	if n := eval[int](t, ctx, `document.querySelectorAll(`+js(sel)+`).length`); n != 1 {
		t.Fatalf("%d buttons %s on %s, want 1; main says: %s", n, sel, path(t, ctx), mainText(t, ctx))
	}
	return navigateBy(t, ctx, "press "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// undoButtonOf is the extra selector for the button on /me that undoes one
// mark of kind ("not_interested" or "block") on a person.
func undoButtonOf(id, kind string) string {
	return `:has(input[name="person"][value=` + js(id) + `]):has(input[name="kind"][value="` + kind + `"])`
}

// noticeText is the words of the page's notice, "" when it shows none.
func noticeText(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `(n => n ? n.textContent.trim().replace(/\s+/g, ' ') : '')(document.querySelector('main .notice[role="status"]'))`)
}

// meListNames reads the names in each list on /me, by heading.
func meListNames(t *testing.T, ctx context.Context) map[string][]string {
	t.Helper()
	return eval[map[string][]string](t, ctx, `(() => {
	  const out = {};
	  for (const h of document.querySelectorAll('main h2')) {
	    const next = h.nextElementSibling, key = h.textContent.trim().replace(/\s+/g, ' ');
	    out[key] = next && next.matches('ul') ? [...next.querySelectorAll('li')].map(li =>
	      (li.querySelector('a, span') || li).textContent.trim().replace(/\s+/g, ' ')) : [];
	  }
	  return out;
	})()`)
}

// suggestionsPages walks through the pages in the order a member meets
// them, making marks as it goes, so that each page is checked with its
// notices, badges and lists showing.
type suggestionsPages struct {
	cast             suggestionsCast
	me               community.Person
	easy             bool
	notWanted, hello suggestionCard
	blocked          suggestionCard
}

func (s *suggestionsPages) pages() []sitePage {
	return []sitePage{
		{name: "suggestions-marked", show: s.showMarked},
		{name: "suggestions-within-10", show: showWithin10},
		{name: "suggestions-within-7", show: showWithin7},
		{name: "group-new", show: s.showGroupNew},
		{name: "me-marks", show: s.showMeWithMarks},
	}
}

// showMarked opens /suggestions at the default radius, says "not
// interested" to one person and hello to another, and shows the page the
// hello leads back to: its notice and the "You said hello" badge.
func (s *suggestionsPages) showMarked(t *testing.T, ctx context.Context) {
	list := s.peopleList(t, ctx)
	s.notWanted = firstFreePerson(t, ctx, s.cast, nil, anyCard)
	// In Easy Read "not for me" is on the person's page, the list keeping
	// one button for each person.
	from, back := list, "/suggestions?done=not_interested"
	if s.easy {
		if n := eval[int](t, ctx, `document.querySelectorAll('main form[action$="/not-interested"]').length`); n != 0 {
			t.Errorf("the Easy Read list of people has %d \"not for me\" buttons, want none: they are on each person's page", n)
		}
		from, back = "/people/"+s.notWanted.ID, "/suggestions/people?done=not_interested"
		open(t, ctx, from, 200)
	}
	if status := pressForm(t, ctx, "/people/"+s.notWanted.ID+"/not-interested"); status != 200 {
		t.Fatalf("not interested on %s: status %d", from, status)
	}
	if p := path(t, ctx); p != back {
		t.Errorf("after not interested: on %s, want %s", p, back)
	}
	if s.easy {
		s.peopleList(t, ctx)
	}
	s.hello = firstFreePerson(t, ctx, s.cast, nil, func(c suggestionCard) bool { return c.Hello })
	if status := pressForm(t, ctx, "/people/"+s.hello.ID+"/hello"); status != 200 {
		t.Fatalf("say hello: status %d", status)
	}
	// The buttons come back to the page as it was, filters and all: here
	// the plain /suggestions, or the Easy Read list of people showing all.
	want := "/suggestions?done=hello"
	if s.easy {
		want = "/suggestions/people?done=hello&people=100"
	}
	if p := path(t, ctx); p != want {
		t.Errorf("after saying hello: on %s, want %s", p, want)
	}
	if noticeText(t, ctx) == "" {
		t.Error("no notice after saying hello")
	}
	people := readSuggestionCards(t, ctx, "people")
	if i := slices.IndexFunc(people, func(c suggestionCard) bool { return c.ID == s.hello.ID }); i < 0 || !people[i].SaidHello || people[i].Hello {
		t.Errorf("%s (%s) does not show that I said hello", s.hello.Name, s.hello.ID)
	}
}

// peopleList opens the people suggested: /suggestions in plain English; in
// Easy Read the button on /suggestions to the list of people, and then
// the list as "Show 5 more" shows it, here every one of them at once.
func (s *suggestionsPages) peopleList(t *testing.T, ctx context.Context) string {
	t.Helper()
	open(t, ctx, "/suggestions", 200)
	if !s.easy {
		return "/suggestions"
	}
	if status := navigateBy(t, ctx, "the button to the people", chromedp.Click(chromedp.CSS(`main .tasks a[href^="/suggestions/people?"]`))); status != 200 {
		t.Fatalf("the button to the people suggested: status %d", status)
	}
	if cards := readSuggestionCards(t, ctx, "people"); len(cards) > 5 {
		t.Errorf("the Easy Read list of people shows %d at first, want at most 5", len(cards))
	}
	list := "/suggestions/people?people=100"
	open(t, ctx, list, 200)
	return list
}

func showWithin10(t *testing.T, ctx context.Context) {
	open(t, ctx, "/suggestions?within=10", 200)
	if v := eval[string](t, ctx, `document.getElementById('within').value`); v != "10" {
		t.Errorf("the radius shows %q, want 10", v)
	}
}

// showWithin7 asks for a radius not on the list: the page explains, with
// its error summary, and suggests at the default radius.
func showWithin7(t *testing.T, ctx context.Context) {
	open(t, ctx, "/suggestions?within=7", 400)
	if got := readErrorSummary(t, ctx); !got.Visible || !slices.Equal(got.Links, []string{"#within"}) || got.Messages["within-error"] == "" {
		t.Fatalf("error summary: visible %v, links %q, messages %q; want a visible summary linking to #within and a message beside it", got.Visible, got.Links, got.Messages)
	}
}

// showGroupNew opens where "Start this group" leads, for the member's
// first group to start.
func (s *suggestionsPages) showGroupNew(t *testing.T, ctx context.Context) {
	listing := s.cast.listing[s.me.ID]
	open(t, ctx, "/groups/new?listing="+url.QueryEscape(listing), 200)
}

// showMeWithMarks has the greeter say hello, blocks someone from their
// page, and shows /me with a hello, a "not interested" and a block.
func (s *suggestionsPages) showMeWithMarks(t *testing.T, ctx context.Context) {
	if s.notWanted.ID == "" || s.hello.ID == "" {
		t.Fatal("no marks: the first step failed")
	}
	sayHelloOverHTTP(t, s.cast.greeter, s.me)
	s.peopleList(t, ctx)
	s.blocked = firstFreePerson(t, ctx, s.cast, map[string]bool{s.hello.ID: true}, anyCard)
	open(t, ctx, "/people/"+s.blocked.ID, 200)
	if status := pressForm(t, ctx, "/people/"+s.blocked.ID+"/block"); status != 200 || path(t, ctx) != "/me?done=blocked" {
		t.Fatalf("block: status %d on %s, want 200 on /me?done=blocked", status, path(t, ctx))
	}
	text := meMarksText(t, ctx)
	for _, name := range []string{s.cast.greeter.Name, s.notWanted.Name, s.blocked.Name} {
		if !strings.Contains(text, name) {
			t.Errorf("/me does not name %s; it says: %s", name, text)
		}
	}
}

// undo takes back the "not interested" and the block with their buttons
// on /me.
func (s *suggestionsPages) undo(t *testing.T, ctx context.Context) {
	stayOn(t, ctx, "/me")
	easy := isEasyRead(t, ctx)
	for _, m := range []struct {
		who  suggestionCard
		kind string
		part string // Easy Read's page of its own for the list
	}{{s.notWanted, "not_interested", "/me/hidden"}, {s.blocked, "block", "/me/blocked"}} {
		if m.who.ID == "" {
			continue
		}
		if easy {
			open(t, ctx, m.part, 200)
		}
		if status := pressForm(t, ctx, "/me/marks/undo", undoButtonOf(m.who.ID, m.kind)); status != 200 || path(t, ctx) != "/me?done=undone" {
			t.Fatalf("undo %s on %s: status %d on %s", m.kind, m.who.ID, status, path(t, ctx))
		}
	}
	for _, page := range meMarkPages(easy) {
		stayOn(t, ctx, page)
		if n := eval[int](t, ctx, `document.querySelectorAll('main form[action="/me/marks/undo"]').length`); n != 0 {
			t.Errorf("%s still offers %d marks to undo", page, n)
		}
	}
}

// isEasyRead reports whether the tab shows pages in Easy Read.
func isEasyRead(t *testing.T, ctx context.Context) bool {
	t.Helper()
	return eval[bool](t, ctx, `document.documentElement.classList.contains('easy-read')`)
}

// meMarkPages are the pages that list the member's marks: /me, or in Easy
// Read, where /me has a button for each list, each list's own page.
func meMarkPages(easy bool) []string {
	if easy {
		return []string{"/me/hellos", "/me/hidden", "/me/blocked"}
	}
	return []string{"/me"}
}

// meMarksText is what the pages listing the member's marks say, from /me
// as it is now shown.
func meMarksText(t *testing.T, ctx context.Context) string {
	t.Helper()
	if !isEasyRead(t, ctx) {
		return mainText(t, ctx)
	}
	var text []string
	for _, page := range meMarkPages(true) {
		open(t, ctx, page, 200)
		text = append(text, mainText(t, ctx))
	}
	return strings.Join(text, " ")
}

// TestSuggestionsPages checks /suggestions (with marks made, at 10 miles
// and with a radius not on the list), the form "Start this group" leads
// to and /me with marks, with axe-core (zero WCAG 2.2 AA violations)
// and for reflow at 320px, in normal and in Easy Read mode.
func TestSuggestionsPages(t *testing.T) {
	// Choose the members while no parallel test runs, then run alongside
	// them.
	cast := suggestionsMembers(t)
	t.Logf("chose the members in %s: %d tried, %d without people and a group to start", cast.chosenIn.Round(time.Millisecond), cast.tried, cast.rejected)
	t.Parallel()
	modes := []struct {
		name, easy string
		me         community.Person
	}{
		{"normal", "off", cast.normal},
		{"easy-read", "on", cast.easy},
	}
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			signIn(t, ctx, mode.me.ID)
			setDisplay(t, ctx, mode.easy, "normal", "normal")
			s := &suggestionsPages{cast: cast, me: mode.me, easy: mode.easy == "on"}
			checkPages(t, ctx, "signed-in", s.pages(), s.easy)
			t.Run("undo", func(t *testing.T) {
				screenshotOnFailure(t, ctx)
				s.undo(t, ctx)
			})
		})
	}
}

// TestSuggestionsJourney is what a member does on /suggestions, in the
// browser: not interested in someone and back, hello, a smaller radius,
// and "Start this group".
func TestSuggestionsJourney(t *testing.T) {
	t.Parallel()
	cast := suggestionsMembers(t)
	ctx := newTab(t)
	suggestionsJourney(t, ctx, cast, cast.journey)
}

// TestSuggestionsJourneyWithoutJavaScript is the same journey with scripts
// turned off: every step must work without them.
func TestSuggestionsJourneyWithoutJavaScript(t *testing.T) {
	t.Parallel()
	cast := suggestionsMembers(t)
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turn scripts off: %v", err)
	}
	suggestionsJourney(t, ctx, cast, cast.noJS)
}

// aboutMilesRe matches the distance in a reason: "They live about 3 miles
// away.", "It is about 1 mile away."; "less than a mile" has no number.
var aboutMilesRe = regexp.MustCompile(`\babout (\d+) miles?\b`)

func suggestionsJourney(t *testing.T, ctx context.Context, cast suggestionsCast, me community.Person) {
	signIn(t, ctx, me.ID)
	setDisplay(t, ctx, "off", "normal", "normal")

	// Not interested in the first person suggested: they go, and a notice
	// says so.
	open(t, ctx, "/suggestions", 200)
	gone := firstFreePerson(t, ctx, cast, nil, anyCard)
	if status := pressForm(t, ctx, "/people/"+gone.ID+"/not-interested"); status != 200 {
		t.Fatalf("not interested in %s: status %d", gone.ID, status)
	}
	if p := path(t, ctx); p != "/suggestions?done=not_interested" {
		t.Errorf("after not interested: on %s, want /suggestions?done=not_interested", p)
	}
	if want := "We will not suggest them again."; !strings.Contains(noticeText(t, ctx), want) {
		t.Errorf("the notice says %q, want %q", noticeText(t, ctx), want)
	}
	if ids := suggestionIDs(readSuggestionCards(t, ctx, "people")); slices.Contains(ids, gone.ID) {
		t.Errorf("%s (%s) is still suggested after not interested: %q", gone.Name, gone.ID, ids)
	}

	// On /me, suggest them again; back on /suggestions they are there.
	open(t, ctx, "/me", 200)
	if got := meListNames(t, ctx)["People you are not interested in"]; !slices.Contains(got, gone.Name) {
		t.Errorf("/me lists %q as not interesting, want %s among them", got, gone.Name)
	}
	if status := pressForm(t, ctx, "/me/marks/undo", undoButtonOf(gone.ID, "not_interested")); status != 200 || path(t, ctx) != "/me?done=undone" {
		t.Fatalf("suggest them again: status %d on %s, want 200 on /me?done=undone", status, path(t, ctx))
	}
	if got := meListNames(t, ctx)["People you are not interested in"]; slices.Contains(got, gone.Name) {
		t.Errorf("/me still lists %s as not interesting: %q", gone.Name, got)
	}
	if want := "They can be suggested to you again."; !strings.Contains(noticeText(t, ctx), want) {
		t.Errorf("the notice says %q, want %q", noticeText(t, ctx), want)
	}
	if status := clickNamed(t, ctx, "a", "See people and groups near you"); status != 200 {
		t.Fatalf("back to suggestions: status %d", status)
	}
	if ids := suggestionIDs(readSuggestionCards(t, ctx, "people")); !slices.Contains(ids, gone.ID) {
		t.Errorf("%s (%s) is not suggested again after undoing: %q", gone.Name, gone.ID, ids)
	}

	// Say hello.
	hello := firstFreePerson(t, ctx, cast, nil, func(c suggestionCard) bool { return c.Hello })
	if status := pressForm(t, ctx, "/people/"+hello.ID+"/hello"); status != 200 {
		t.Fatalf("say hello to %s: status %d", hello.ID, status)
	}
	if want := "We told them you said hello."; !strings.Contains(noticeText(t, ctx), want) {
		t.Errorf("the notice says %q, want %q", noticeText(t, ctx), want)
	}
	people := readSuggestionCards(t, ctx, "people")
	if i := slices.IndexFunc(people, func(c suggestionCard) bool { return c.ID == hello.ID }); i < 0 {
		t.Errorf("%s is gone after saying hello", hello.Name)
	} else if !people[i].SaidHello || people[i].Hello || !strings.Contains(mainText(t, ctx), "You said hello") {
		t.Errorf("%s's suggestionCard does not say \"You said hello\" instead of the button", hello.Name)
	}

	// Choose 2 miles: every distance given is at most about 2 miles, where
	// at 5 miles some were further.
	if most := furthestMiles(eval[string](t, ctx, `document.querySelector('main').innerHTML`)); most <= 2 {
		t.Errorf("at 5 miles, the furthestMiles suggestion is about %d miles away; want someone further than 2 miles, as when the member was chosen", most)
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("within"), "2")); err != nil {
		t.Fatalf("choose 2 miles: %v", err)
	}
	if status := pressForm(t, ctx, "/suggestions"); status != 200 {
		t.Fatalf("show suggestions within 2 miles: status %d", status)
	}
	if p := path(t, ctx); p != "/suggestions?within=2" {
		t.Errorf("after choosing 2 miles: on %s, want /suggestions?within=2", p)
	}
	var distances int
	for _, section := range []string{"people", "groups", "start"} {
		for _, c := range readSuggestionCards(t, ctx, section) {
			for _, r := range c.Reasons {
				if !strings.Contains(r, "mile") {
					continue
				}
				distances++
				if m := aboutMilesRe.FindStringSubmatch(r); m != nil {
					if n, _ := strconv.Atoi(m[1]); n > 2 {
						t.Errorf("within 2 miles, %s %q says %q", section, c.Name, r)
					}
				} else if !strings.Contains(r, "less than a mile") {
					t.Errorf("within 2 miles, %s %q gives a distance in words not understood: %q", section, c.Name, r)
				}
			}
		}
	}
	if distances == 0 {
		t.Errorf("within 2 miles, no suggestion says how far away it is; the page says: %s", mainText(t, ctx))
	}

	// Start this group: the form to start it, filled in from the listing.
	// Starting it would invite the people found, so the journey stops at
	// the form; handlers/groups_test.go starts one.
	open(t, ctx, "/suggestions", 200)
	start := readSuggestionCards(t, ctx, "start")
	if len(start) == 0 || start[0].Listing == "" {
		t.Fatalf("no group to start; the page says: %s", mainText(t, ctx))
	}
	link := chromedp.CSS(`main section[aria-labelledby="start-heading"] a[href="/groups/new?listing=` + start[0].Listing + `"]`)
	if status := navigateBy(t, ctx, "start this group", chromedp.Click(link)); status != 200 {
		t.Fatalf("start this group: status %d", status)
	}
	if p := path(t, ctx); p != "/groups/new?listing="+start[0].Listing {
		t.Errorf("start this group: on %s", p)
	}
	checkStartForm(t, ctx, start[0])
}

// invitees is what the form to start a group says about the people the
// suggestion found.
var invitees = regexp.MustCompile(`We found (\d+) people near you who could join`)

// checkStartForm checks the form "Start this group" leads to: it says
// how many people will be invited, and it is filled in from the listing.
func checkStartForm(t *testing.T, ctx context.Context, start suggestionCard) {
	t.Helper()
	text := mainText(t, ctx)
	if !strings.Contains(text, "Start a buying group") {
		t.Errorf("the page does not say \"Start a buying group\"; it says: %s", text)
	}
	if m := invitees.FindStringSubmatch(text); m == nil || m[1] == "0" {
		t.Errorf("the form does not say whom it will invite; it says: %s", text)
	}
	got := eval[struct{ Listing, Name, Button string }](t, ctx, `(f => f ? {Listing: f.elements.listing ? f.elements.listing.value : '',
	  Name: f.elements.name ? f.elements.name.value : '',
	  Button: (f.querySelector('button[type="submit"]') || {textContent: ''}).textContent.trim()} : {})(document.querySelector('main form[action="/groups/new"][method="post"]'))`)
	if got.Listing != start.Listing || got.Name != start.Name || got.Button != "Start the group" {
		t.Errorf("the form to start a group holds listing %q, name %q, button %q; want listing %q, name %q, button \"Start the group\"",
			got.Listing, got.Name, got.Button, start.Listing, start.Name)
	}
}
