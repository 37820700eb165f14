package e2e

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
)

// Two members talking to each other safely, in the browser, in plain
// English and in Easy Read, with axe-core on every page: A says hello to
// B from B's page and B says hello back, so they are connected; B writes
// to A (an empty message and one with a hidden character are refused, and
// the form keeps what was typed), A reads it and replies; A reports B's
// message, and a moderator finds the report waiting and dismisses it;
// then A blocks B, and A is gone from everything B sees: suggestions,
// search, A's page, the list of messages, B's own page and the thread, and
// a message to A is refused. At every page, the header's Messages link says how much
// waits for the member (hellos to answer and messages unread), and the
// home page lists it where it should.
//
// Hellos, messages, reports and blocks last for the whole package run,
// and every test shares the site; so A and B are members no other test
// signs in as, marks, or is likely to mark: see talkMembers. The
// moderator is one of the site's moderators, who only dismisses the
// story's own report.

// talkCast is who talks in one walk: A says hello first and later
// blocks; B writes first.
type talkCast struct{ a, b community.Person }

var talkSetup struct {
	once sync.Once
	cast []talkCast // one for each of storyModes
	err  error
}

// talkMembers chooses, once per package run, the two members of each
// walk: visible members with a profile and a district, whom no other test
// signs in as (the suggestions, groups and course tests' members, the
// reserved members), and whom the suggestions tests cannot mark: nobody
// suggested to those tests' members at the default radius, where they
// pick whom to say hello to, block or hide. B is the first such member in
// the store's order with such a member among their own suggestions,
// who is A, so that A is there to disappear when A blocks B. It is called
// before t.Parallel, after the other tests have chosen.
func talkMembers(t *testing.T) []talkCast {
	t.Helper()
	talkSetup.once.Do(func() {
		talkSetup.cast, talkSetup.err = chooseTalkMembers(t)
	})
	if talkSetup.err != nil {
		t.Fatalf("choose the members who talk: %v", talkSetup.err)
	}
	return talkSetup.cast
}

func chooseTalkMembers(t *testing.T) ([]talkCast, error) {
	used := usedByOtherTests(t)
	sc := suggestionsMembers(t)
	for id := range sc.mine {
		used[id] = true
	}
	g := groupsMembers(t)
	for _, p := range slices.Concat([]community.Person{g.starter, g.treasurer, g.member, g.guest, g.asker, g.organiser, g.noJS}, g.joiners) {
		used[p.ID] = true
	}
	for _, course := range courseMembers(t) {
		for _, p := range course {
			used[p.ID] = true
		}
	}
	for _, id := range suite.moderators {
		used[id] = true
	}
	// Whom the suggestions tests may mark: the first free people on their
	// members' /suggestions. Leaving out everyone suggested to them leaves
	// a margin of the rest of the list.
	for _, p := range []community.Person{sc.normal, sc.easy, sc.journey, sc.noJS} {
		h, err := httpSignIn(p.ID)
		if err != nil {
			return nil, err
		}
		body, err := suggestionsBody(h, "")
		if err != nil {
			return nil, fmt.Errorf("/suggestions as %s: %v", p.ID, err)
		}
		for _, id := range suggestedPeopleIDs(body) {
			used[id] = true
		}
	}
	free := map[string]community.Person{}
	var order []community.Person
	for _, p := range suite.people {
		if p.Visible() && p.HasProfile() && p.District != "" && len(p.Interests) > 0 && !used[p.ID] {
			free[p.ID] = p
			order = append(order, p)
		}
	}
	var cast []talkCast
	taken := map[string]bool{}
	tried := 0
	for _, b := range order {
		if len(cast) == len(storyModes) {
			break
		}
		if taken[b.ID] {
			continue
		}
		tried++
		h, err := httpSignIn(b.ID)
		if err != nil {
			return nil, err
		}
		body, err := suggestionsBody(h, "")
		if err != nil {
			return nil, fmt.Errorf("/suggestions as %s: %v", b.ID, err)
		}
		for _, id := range suggestedPeopleIDs(body) {
			if a, ok := free[id]; ok && !taken[id] && id != b.ID {
				cast = append(cast, talkCast{a: a, b: b})
				taken[a.ID], taken[b.ID] = true, true
				break
			}
		}
	}
	if len(cast) < len(storyModes) {
		return nil, fmt.Errorf("of the %d free members tried, only %d see another free member among their suggestions; %d pairs are needed", tried, len(cast), len(storyModes))
	}
	return cast, nil
}

// TestTalking walks two members talking, from hello to block, in plain
// English and in Easy Read, each with members of its own, at once.
func TestTalking(t *testing.T) {
	cast := talkMembers(t)
	t.Parallel()
	for i, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := newTalk(t, mode, cast[i], suite.moderators[i%len(suite.moderators)])
			runStory(t, []storyStep{
				{"a-says-hello-and-b-says-hello-back", s.hello},
				{"b-writes-and-a-replies", s.write},
				{"a-reports-the-message-and-a-moderator-dismisses-it", s.report},
				{"a-blocks-b", s.block},
			})
		})
	}
}

// talker is a member walking in a tab of their own, and what the header's
// Messages link must say they have waiting: hellos not answered and
// messages not read.
type talker struct {
	*walker
	waiting int
}

// talk is one walk of the story.
type talk struct {
	a, b, m *talker
	// first is B's message, reply A's answer; reportWords what A says
	// about B's message.
	first, reply, reportWords string
	// messageForm is the form B had to write to A before A blocked them:
	// its hidden fields, to send again once blocked.
	messageForm [][]string
	// search is the page of B's search for A's name.
	search string
}

func newTalk(t *testing.T, mode storyMode, cast talkCast, moderator string) *talk {
	t.Helper()
	i := slices.IndexFunc(suite.people, func(p community.Person) bool { return p.ID == moderator })
	if i < 0 {
		t.Fatalf("the moderator %s is not a demo member", moderator)
	}
	a, b := cast.a, cast.b
	s := &talk{
		a:           &talker{walker: newWalker(t, suite.base, a, mode)},
		b:           &talker{walker: newWalker(t, suite.base, b, mode)},
		m:           &talker{walker: newWalker(t, suite.base, suite.people[i], mode)},
		first:       fmt.Sprintf("Hello %s, thanks for the hello.\nShall we walk round the park on Saturday?", a.Name),
		reply:       "Yes please, Saturday morning suits me.",
		reportWords: "After this they asked me to send them £50 before we meet.",
	}
	// The report page shows a message's first 120 characters; the story's
	// is shown whole.
	if n := utf8.RuneCountInString(s.first); n > 120 {
		t.Fatalf("the story's message is %d characters long; the report page shows only 120", n)
	}
	t.Logf("%s: A is %s (%s), B is %s (%s), the moderator %s", mode.name, a.Name, a.ID, b.Name, b.ID, s.m.who.Name)
	return s
}

// look checks the page the member now sees, as the walker does (display
// mode, axe-core, no message without words in main), and the header: no
// message without words there either, and the Messages link saying what
// waits for them.
func (p *talker) look(t *testing.T) {
	t.Helper()
	p.seen(t)
	got := eval[struct{ Messages, Outside string }](t, p.ctx, `(() => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  return {Messages: words(document.querySelector('header nav a[href="/messages"]')),
	    Outside: [...document.body.children].filter(el => el.tagName !== 'MAIN' && !el.contains(document.querySelector('main'))).map(words).join(' ')};
	})()`)
	for _, key := range missingWords.FindAllString(got.Outside, -1) {
		if !p.missing[key] {
			p.missing[key] = true
			t.Errorf("on %s, %s reads %q outside main: the site has no words for that message", path(t, p.ctx), p.who.Name, key)
		}
	}
	want := p.l.T("nav.messages")
	if p.waiting > 0 {
		want += " " + p.l.T("nav.waiting", p.waiting)
	}
	if got.Messages != want {
		t.Errorf("on %s, %s's header reads %q, want %q", path(t, p.ctx), p.who.Name, got.Messages, want)
	}
}

// open, openStatus, click and press are the walker's, with the header
// checked too.
func (p *talker) open(t *testing.T, at string) { p.openStatus(t, at, 200) }

func (p *talker) openStatus(t *testing.T, at string, status int64) {
	t.Helper()
	p.tab(t)
	p.navigate(t, at, status)
	p.look(t)
}

func (p *talker) click(t *testing.T, tag, name string, status int64) {
	t.Helper()
	if got := clickNamed(t, p.tab(t), tag, name); got != status {
		t.Fatalf("%s presses %q: status %d, want %d; main says: %s", p.who.Name, name, got, status, mainText(t, p.ctx))
	}
	p.look(t)
}

func (p *talker) press(t *testing.T, action string, status int64) {
	t.Helper()
	if got := pressForm(t, p.tab(t), action); got != status {
		t.Fatalf("%s sends the form to %s: status %d, want %d; main says: %s", p.who.Name, action, got, status, mainText(t, p.ctx))
	}
	p.look(t)
}

// helloTo is the words of the button to say hello to someone, or hello
// back, as a screen reader reads it: the words shown and the hidden
// "to Name".
func (p *talker) helloTo(key string, to community.Person) string {
	return p.l.T(key) + " " + p.l.T("suggestions.to") + " " + to.Name
}

// tasks are the links of what waits for the member on their home page.
func (p *talker) tasks(t *testing.T) []string {
	t.Helper()
	return eval[[]string](t, p.ctx, `[...document.querySelectorAll('main section[aria-labelledby="tasks-heading"] li a')].map(a => a.textContent.trim().replace(/\s+/g, ' '))`)
}

// wantTask fails t unless the home page lists the task (want), or does not
// (!want).
func (p *talker) wantTask(t *testing.T, task string, want bool) {
	t.Helper()
	if got := p.tasks(t); slices.Contains(got, task) != want {
		t.Errorf("%s's home page lists %q; want %q among them: %v", p.who.Name, got, task, want)
	}
}

// oneLine is s with runs of spaces and new lines as one space, as mainText
// reads a page.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// threadLine is one message in a thread, as the page shows it.
type threadLine struct {
	Who, Text, Report string
}

// readThread reads the messages of the thread the tab shows, newest first:
// who wrote when, the message as it is rendered (innerText keeps the line
// breaks the page shows), and where its report link goes.
func (p *talker) readThread(t *testing.T) []threadLine {
	t.Helper()
	return eval[[]threadLine](t, p.ctx, `[...document.querySelectorAll('main ol.messages > li')].map(li => ({
	  Who: (li.querySelector('p.hint') || {textContent: ''}).textContent.trim().replace(/\s+/g, ' '),
	  Text: (li.querySelector('.message-text') || {innerText: ''}).innerText,
	  Report: (li.querySelector('a[href^="/report?"]') || {getAttribute: () => ''}).getAttribute('href')}))`)
}

// wantThread fails t unless the thread shows these messages, newest first:
// who wrote each ("You wrote" or "Name wrote"), and its words.
func (p *talker) wantThread(t *testing.T, want ...[2]string) []threadLine {
	t.Helper()
	got := p.readThread(t)
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(got[i].Who, want[i][0]+", ") && got[i].Text == want[i][1]
	}
	if !ok {
		t.Errorf("on %s, %s reads the thread as %q; want, newest first, %q", path(t, p.ctx), p.who.Name, got, want)
	}
	return got
}

// textValue is what the message box holds.
func (p *talker) textValue(t *testing.T) string {
	t.Helper()
	return eval[string](t, p.ctx, `(f => f ? f.value : '<no message box>')(document.getElementById('text'))`)
}

// wantRefused fails t unless the page is the form again, with an error
// summary linking to the field and the message beside it, saying key.
func (p *talker) wantRefused(t *testing.T, field, key string) {
	t.Helper()
	want := p.l.T(key)
	got := readErrorSummary(t, p.ctx)
	summary := eval[[]string](t, p.ctx, `[...document.querySelectorAll('.error-summary a')].map(a => a.textContent.trim().replace(/\s+/g, ' '))`)
	if !got.Visible || !slices.Equal(got.Links, []string{"#" + field}) || !slices.Equal(summary, []string{want}) ||
		!strings.HasSuffix(got.Messages[field+"-error"], want) {
		t.Errorf("on %s, %s sees the error summary visible %v, linking to %q, saying %q, and beside the field %q; want a summary linking to #%s saying %q, and the same beside it",
			path(t, p.ctx), p.who.Name, got.Visible, got.Links, summary, got.Messages, field, want)
	}
}

// hello: A says hello from B's page; B sees it waiting, opens A's page
// from their home page and says hello back; now they are connected.
func (s *talk) hello(t *testing.T) {
	a, b := s.a, s.b
	a.open(t, "/people/"+b.who.ID)
	a.click(t, "button", a.helloTo("suggestions.hello", b.who), 200)
	wantPath(t, a.ctx, "/people/"+b.who.ID+"?done=hello")
	wantNotice(t, a.ctx, a.l.T("done.hello"))
	wantSaid(t, a.ctx, a.l.T("person.hello_sent", b.who.Name))

	b.waiting = 1
	b.open(t, "/")
	hello := b.l.T("home.task.hello", a.who.Name)
	b.wantTask(t, hello, true)
	b.click(t, "a", hello, 200)
	wantPath(t, b.ctx, "/people/"+a.who.ID)
	wantSaid(t, b.ctx, b.l.T("person.said_hello", a.who.Name))
	b.waiting = 0 // the hello is answered
	b.click(t, "button", b.helloTo("person.hello_back", a.who), 200)
	wantPath(t, b.ctx, "/people/"+a.who.ID+"?done=connected")
	wantNotice(t, b.ctx, b.l.T("done.connected"))
	wantSaid(t, b.ctx, b.l.T("person.connected", a.who.Name))
	message := b.l.T("person.message", a.who.Name)
	if n := eval[int](t, b.ctx, `document.evaluate(`+js(named("a", message)+`[@href="/messages/`+a.who.ID+`"]`)+`, document, null,
	  XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength`); n != 1 {
		t.Errorf("%s's page offers %d links saying %q to /messages/%s, want 1; main says: %s", a.who.Name, n, message, a.who.ID, mainText(t, b.ctx))
	}
}

// write: B writes to A, first nothing, then words with a character that
// reverses the text after it, then a message of two lines; A sees it
// waiting, reads it and replies.
func (s *talk) write(t *testing.T) {
	a, b := s.a, s.b
	thread := "/messages/" + a.who.ID
	b.click(t, "a", b.l.T("person.message", a.who.Name), 200)
	wantPath(t, b.ctx, thread)
	wantSaid(t, b.ctx, b.l.T("messages.with", a.who.Name), b.l.T("messages.none_yet"))

	blank := "   "
	fill(t, b.tab(t), "text", blank)
	b.press(t, thread, 400)
	b.wantRefused(t, "text", "error.message.empty")
	if got := b.textValue(t); got != blank {
		t.Errorf("after the empty message is refused, the message box holds %q, want what was typed, %q", got, blank)
	}
	hidden := "Here is the photo: \u202Egpj.exe"
	fill(t, b.tab(t), "text", hidden)
	b.press(t, thread, 400)
	b.wantRefused(t, "text", "error.message.hidden_characters")
	if got := b.textValue(t); got != hidden {
		t.Errorf("after the message with a hidden character is refused, the message box holds %q, want what was typed, %q", got, hidden)
	}
	if got := b.readThread(t); len(got) != 0 {
		t.Errorf("refused messages were sent: the thread shows %q", got)
	}

	fill(t, b.tab(t), "text", s.first)
	b.press(t, thread, 200)
	wantPath(t, b.ctx, thread+"?done=sent")
	wantNotice(t, b.ctx, b.l.T("messages.sent"))
	b.wantThread(t, [2]string{b.l.T("messages.you_wrote"), s.first})
	if got := b.textValue(t); got != "" {
		t.Errorf("after sending, the message box still holds %q", got)
	}

	a.waiting = 1
	a.open(t, "/")
	a.wantTask(t, a.l.T("home.task.messages_one", 1, b.who.Name), true)
	a.open(t, "/messages")
	line := b.who.Name + " " + a.l.T("messages.unread_one")
	if n := countNamed(t, a.ctx, "a", line); n != 1 {
		t.Errorf("%s's messages list %d links saying %q, want 1; main says: %s", a.who.Name, n, line, mainText(t, a.ctx))
	}
	a.waiting = 0 // read once the thread shows
	a.click(t, "a", line, 200)
	wantPath(t, a.ctx, "/messages/"+b.who.ID)
	a.wantThread(t, [2]string{a.l.T("messages.they_wrote", b.who.Name), s.first})

	fill(t, a.tab(t), "text", s.reply)
	a.press(t, "/messages/"+b.who.ID, 200)
	wantPath(t, a.ctx, "/messages/"+b.who.ID+"?done=sent")
	wantNotice(t, a.ctx, a.l.T("messages.sent"))
	a.wantThread(t, [2]string{a.l.T("messages.you_wrote"), s.reply}, [2]string{a.l.T("messages.they_wrote", b.who.Name), s.first})
	b.waiting = 1 // A's reply, which B reads in the last step
}

// reportIDRe reads the message id from the page a report link leads to.
var reportIDRe = regexp.MustCompile(`^/report\?kind=message&id=([^&]+)$`)

// report: A reports B's message from the thread, first as something else
// without saying what, then as asking for money, in their own words; the
// moderator finds it waiting with the message's words and dismisses it.
func (s *talk) report(t *testing.T) {
	a, b, m := s.a, s.b, s.m
	// Only the message A was sent can be reported, and only there.
	lines := a.readThread(t)
	if len(lines) != 2 || lines[0].Report != "" || lines[1].Report == "" {
		t.Errorf("the thread's report links are %q; want one, under %s's message only", lines, b.who.Name)
	}
	a.click(t, "a", a.l.T("report.message"), 200)
	match := reportIDRe.FindStringSubmatch(path(t, a.ctx))
	if match == nil {
		t.Fatalf("the report link led to %s, want /report?kind=message&id=…", path(t, a.ctx))
	}
	message := match[1]
	wantSaid(t, a.ctx, a.l.T("report.title"), oneLine(a.l.T("report.what.message", b.who.Name, s.first)))

	if err := chromeClick(a.tab(t), "#reason-other"); err != nil {
		t.Fatalf("choose something else: %v", err)
	}
	fill(t, a.ctx, "words", "")
	a.press(t, "/report", 400)
	a.wantRefused(t, "words", "error.report.words_needed")
	if !eval[bool](t, a.ctx, `(r => !!r && r.checked)(document.getElementById('reason-other'))`) {
		t.Errorf("after the report is refused, %q is no longer chosen", a.l.T("report.reason.other"))
	}
	wantSaid(t, a.ctx, oneLine(a.l.T("report.what.message", b.who.Name, s.first)))

	if err := chromeClick(a.ctx, "#reason-money"); err != nil {
		t.Fatalf("choose asking for money: %v", err)
	}
	fill(t, a.ctx, "words", s.reportWords)
	a.press(t, "/report", 200)
	wantPath(t, a.ctx, "/report?done=sent&id="+message+"&kind=message")
	wantNotice(t, a.ctx, a.l.T("report.thanks"))
	wantSaid(t, a.ctx, a.l.T("report.next"))
	a.click(t, "a", a.l.T("report.home"), 200)
	wantPath(t, a.ctx, "/")
	a.wantTask(t, a.l.T("home.task.messages_one", 1, b.who.Name), false)

	m.open(t, "/moderation")
	what := oneLine(m.l.T("report.what.message", b.who.Name, s.first))
	mine := func() []moderationReport {
		var out []moderationReport
		for _, r := range readReports(t, m) {
			if strings.Contains(r.Text, what) {
				out = append(out, r)
			}
		}
		return out
	}
	found := mine()
	if len(found) != 1 {
		t.Fatalf("%s's reports waiting about %s's message are %q, want one; main says: %s", m.who.Name, b.who.Name, found, mainText(t, m.ctx))
	}
	r := found[0]
	for _, said := range []string{m.l.T("report.reason.money") + ": " + what, m.l.T("moderation.their_words", a.who.Name) + " " + s.reportWords} {
		if !strings.Contains(r.Text, said) {
			t.Errorf("the report waiting reads %q; it does not say %q", r.Text, said)
		}
	}
	if r.Dismiss == "" {
		t.Fatalf("the report waiting has no button to dismiss it: %q", r.Text)
	}
	if r.Button != m.l.T("moderation.dismiss")+": "+what {
		t.Errorf("the button to dismiss the report reads %q to a screen reader, want %q", r.Button, m.l.T("moderation.dismiss")+": "+what)
	}
	m.press(t, r.Dismiss, 200)
	wantPath(t, m.ctx, "/moderation?done=dismissed")
	if got, want := noticeText(t, m.ctx), m.l.T("moderation.done.dismissed"); got != want {
		t.Errorf("after Dismiss the moderator reads the notice %q, want %q", got, want)
	}
	if found := mine(); len(found) != 0 {
		t.Errorf("the dismissed report is still waiting: %q", found)
	}

	// What the moderator did is in the moderators' log, which a form
	// (without JavaScript) narrows to one kind of action by one moderator.
	m.click(t, "a", m.l.T("moderation.log.link"), 200)
	wantPath(t, m.ctx, "/moderation/log")
	fill(t, m.ctx, "action", "dismiss", "by", m.who.ID) // other walks' moderators dismiss too
	m.press(t, "/moderation/log", 200)
	wantPath(t, m.ctx, "/moderation/log?action=dismiss&by="+m.who.ID)
	logLines := texts(t, m.walker, `main ol.audit-log > li`)
	if len(logLines) == 0 || !strings.Contains(logLines[0], m.l.T("moderation.log.action.dismiss")) || !strings.Contains(logLines[0], m.l.T("moderation.log.by", m.who.Name)) {
		t.Errorf("the moderators' log of dismissals reads %q; want the dismissal just made first, by %s", logLines, m.who.Name)
	}
}

// moderationReport is one report waiting on /moderation: its words, where
// its Dismiss button sends, and that button's words.
type moderationReport struct {
	Text, Dismiss, Button string
}

func readReports(t *testing.T, m *talker) []moderationReport {
	t.Helper()
	return eval[[]moderationReport](t, m.ctx, `((heading) => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const h = [...document.querySelectorAll('main h2')].find(h => words(h) === heading);
	  const list = h && h.nextElementSibling && h.nextElementSibling.matches('ul') ? h.nextElementSibling : null;
	  return list ? [...list.children].map(li => {
	    const f = li.querySelector('form[action^="/moderation/reports/"]');
	    return {Text: words(li), Dismiss: f ? f.getAttribute('action') : '', Button: f ? words(f.querySelector('button')) : ''};
	  }) : [];
	})(`+js(m.l.T("moderation.reports"))+`)`)
}

// suggests reports whether the member's /suggestions, which the tab
// shows, suggests the person.
func (p *talker) suggests(t *testing.T, other community.Person) bool {
	t.Helper()
	return slices.Contains(suggestionIDs(readSuggestionCards(t, p.ctx, "people")), other.ID)
}

// openSuggestedPeople opens the list of people /suggestions suggests: in
// plain English /suggestions itself; in Easy Read, where /suggestions is
// a button for each list, the people's own page, every one of them shown
// as "Show 5 more" would, pressed again and again.
func (p *talker) openSuggestedPeople(t *testing.T) {
	t.Helper()
	p.open(t, "/suggestions")
	if !p.l.Easy() {
		return
	}
	if p.links(t, "/suggestions/people?within=5") != 1 {
		t.Errorf("%s's Easy Read /suggestions has no button to the people suggested; main says: %s", p.who.Name, mainText(t, p.ctx))
	}
	p.open(t, "/suggestions/people?people=100")
}

// links counts the links in main to a page.
func (p *talker) links(t *testing.T, href string) int {
	t.Helper()
	return eval[int](t, p.ctx, `document.querySelectorAll('main a[href=`+js(href)+`]').length`)
}

// block: B reads A's reply and finds A in their suggestions and by name;
// then A blocks B from B's page, and for B, A is gone everywhere, and
// writing to A is refused.
func (s *talk) block(t *testing.T) {
	a, b := s.a, s.b
	thread := "/messages/" + a.who.ID
	b.open(t, "/")
	reply := b.l.T("home.task.messages_one", 1, a.who.Name)
	b.wantTask(t, reply, true)
	b.waiting = 0
	b.click(t, "a", reply, 200)
	wantPath(t, b.ctx, thread)
	b.wantThread(t, [2]string{b.l.T("messages.they_wrote", a.who.Name), s.reply}, [2]string{b.l.T("messages.you_wrote"), s.first})
	s.messageForm = eval[[][]string](t, b.ctx, `(f => f ? [...new FormData(f)].filter(([k]) => k !== 'text') : [])(document.querySelector('main form[action=`+js(thread)+`]'))`)
	if len(s.messageForm) == 0 {
		t.Fatalf("%s's thread with %s has no form to write; main says: %s", b.who.Name, a.who.Name, mainText(t, b.ctx))
	}

	b.openSuggestedPeople(t)
	if !b.suggests(t, a.who) {
		t.Errorf("before the block, %s's suggestions do not list %s, as when they were chosen: %q", b.who.Name, a.who.Name, suggestionIDs(readSuggestionCards(t, b.ctx, "people")))
	}
	b.open(t, "/search")
	fill(t, b.tab(t), "q", a.who.Name, "type", "person")
	b.press(t, "/search", 200)
	s.search = path(t, b.ctx)
	if b.links(t, "/people/"+a.who.ID) == 0 {
		t.Errorf("before the block, %s's search for people named %q does not find %s; main says: %s", b.who.Name, a.who.Name, a.who.ID, mainText(t, b.ctx))
	}

	a.open(t, "/people/"+b.who.ID)
	a.click(t, "button", a.l.T("person.block"), 200)
	wantPath(t, a.ctx, "/me?done=blocked")
	wantNotice(t, a.ctx, a.l.T("done.blocked"))

	b.openSuggestedPeople(t)
	if b.suggests(t, a.who) {
		t.Errorf("%s blocked %s, and %s's suggestions still list them", a.who.Name, b.who.Name, b.who.Name)
	}
	b.open(t, s.search)
	if n := b.links(t, "/people/"+a.who.ID); n != 0 {
		t.Errorf("%s blocked %s, and %s's search for %q still finds them (%d links)", a.who.Name, b.who.Name, b.who.Name, a.who.Name, n)
	}
	b.openStatus(t, "/people/"+a.who.ID, 404)
	wantSaid(t, b.ctx, b.l.T("error.not_found.heading"), b.l.T("error.person.not_found"))
	b.open(t, "/messages")
	if n := b.links(t, thread) + b.links(t, "/people/"+a.who.ID); n != 0 || strings.Contains(mainText(t, b.ctx), a.who.Name) {
		t.Errorf("%s blocked %s, and %s's messages still show them (%d links); main says: %s", a.who.Name, b.who.Name, b.who.Name, n, mainText(t, b.ctx))
	}
	b.open(t, "/me")
	if n := b.links(t, "/people/"+a.who.ID); n != 0 {
		t.Errorf("%s blocked %s, and %s's own page still links to them (%d links) among those who said hello", a.who.Name, b.who.Name, b.who.Name, n)
	}
	b.openStatus(t, thread, 404)
	wantSaid(t, b.ctx, b.l.T("error.person.not_found"))

	// The form B had, sent again from B's tab with B's cookies: refused,
	// because they are not connected, not for its token.
	pairs, err := json.Marshal(append(s.messageForm, []string{"text", "Are you still there?"}))
	if err != nil {
		t.Fatal(err)
	}
	sent, err := chromedp.Run(b.ctx, chromedp.Evaluate[struct {
		Status int
		Main   string
	}](`fetch(`+js(thread)+`, {method: 'POST', credentials: 'same-origin', body: new URLSearchParams(`+string(pairs)+`)}).then(async r => {
	  const d = new DOMParser().parseFromString(await r.text(), 'text/html');
	  return {Status: r.status, Main: (d.querySelector('main') || d.body).textContent.trim().replace(/\s+/g, ' ')};
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("send the message form again: %v", err)
	}
	if want := b.l.T("error.message.not_connected"); sent.Status != 403 || !strings.Contains(sent.Main, want) {
		t.Errorf("%s's message to %s after the block: status %d, saying %q; want 403 saying %q", b.who.Name, a.who.Name, sent.Status, sent.Main, want)
	}

	b.open(t, "/")
	for _, task := range b.tasks(t) {
		if strings.Contains(task, a.who.Name) {
			t.Errorf("%s blocked %s, and %s's home page still lists %q", a.who.Name, b.who.Name, b.who.Name, task)
		}
	}
}
