package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// What's on, calendars and wellbeing (issue 21): an organiser shows a
// session of their chess club on What's on, with where it is, having first
// been told in plain words that a public session must say where; a
// members-only session goes on the board beside it. A neighbour who is not
// in the club makes their private calendar link, finds the session by
// interest and by day, never seeing the members-only one nor who is going,
// and puts it on their calendar; the feed, read over HTTP as a calendar
// app reads it, holds it at 18:30 London time in the chess room, and a new
// link ends the old one. The neighbour agrees to wellbeing check-ins and
// checks in, by the numbers' labels (in Easy Read a question a page, a
// face beside each number), first sending answers no radio button holds
// (11; in plain words also "happy" and -1), which are refused and nothing
// kept; the chart and the table then show the answers given. Twenty people the story makes answer
// before and after joining their first group, ten in one district and five
// in each of two others, and once their quarter is over the community page
// shows the site's figures and the district of ten, never the districts of
// five. Walked in plain English and in Easy Read, each on a site of its
// own with a clock of its own, with axe-core on every page the walkers
// see, and the Easy Read pages measured against Easy Read's targets.

// whatsOnStart is a Monday morning in London: the session is on the
// Thursday after.
var whatsOnStart = time.Date(2027, time.June, 7, 10, 0, 0, 0, community.London())

const (
	whatsOnInterest = "chess" // no demo listing offers it
	whatsOnText     = "Chess evening for beginners"
	whatsOnVenue    = "Chess room, Cowley Library"
	whatsOnFrom     = "18:30"
	whatsOnTo       = "20:00"
	whatsOnPrivate  = "Committee tea and planning"
	whatsOnHelped   = "Learning chess with the club"
)

// whatsOnAnswers are the neighbour's answers to the four questions, in
// asking order: life, worthwhile, happy, anxious.
var whatsOnAnswers = [4]int{7, 8, 6, 3}

type whatsOnStory struct {
	site  *sitetest.Site
	clock *storyClock
	mode  storyMode
	// organiser runs the chess club; member is in it too, and neither is
	// ever named on What's on. neighbour lives in the same district and is
	// in no group.
	organiser, neighbour *walker
	member               community.Person
	group                community.Group
	// day is the session's day, as Day keeps days; weekday its key
	// ("thu").
	day     time.Time
	weekday string
	// key is the public session's key, feed the neighbour's calendar link.
	key, feed string
	rows      []erRow
}

// TestWhatsOnStory walks What's on, the calendar, a check-in and the
// community's figures in both modes, at once.
func TestWhatsOnStory(t *testing.T) {
	t.Parallel()
	for _, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			began := time.Now()
			s := newWhatsOnStory(t, mode)
			runStory(t, []storyStep{
				{"the-organiser-shows-a-session-on-whats-on", s.organiserPosts},
				{"the-neighbour-makes-a-calendar-link", s.makeLink},
				{"the-neighbour-finds-the-session-and-adds-it", s.findSession},
				{"the-feed-holds-it-and-a-new-link-ends-the-old", s.readFeed},
				{"the-neighbour-agrees-and-checks-in", s.checkIn},
				{"the-community-page-hides-small-districts", s.communityPage},
			})
			if m := s.neighbour; m.easy {
				t.Log(erTable(s.rows, time.Since(began)))
			}
		})
	}
}

// newWhatsOnStory starts the story's site on its own clock, starts the
// chess club in a district with a member besides its organiser, and finds
// the neighbour: three demo members of that district in no demo group.
func newWhatsOnStory(t *testing.T, mode storyMode) *whatsOnStory {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	s := &whatsOnStory{mode: mode, clock: newStoryClock(whatsOnStart)}
	s.site = sitetest.StartT(t, sitetest.Options{Clock: s.clock.Now, Log: log})
	s.day = community.Day(whatsOnStart).AddDate(0, 0, 3)
	s.weekday = community.Days()[(int(s.day.Weekday())+6)%7]
	free := freePeople(t, s.site)
	var ox4 []community.Person
	for _, p := range free {
		if p.District == "OX4" && p.Visible() && p.HasProfile() {
			ox4 = append(ox4, p)
		}
	}
	if len(ox4) < 3 {
		t.Fatalf("only %d demo members in OX4 are in no group, want 3", len(ox4))
	}
	organiser, member, neighbour := ox4[0], ox4[1], ox4[2]
	acts := s.site.App.Actions
	g, err := acts.StartGroup(ctx, actions.As(organiser), acts.FormKeyFor(actions.As(organiser), "group-new"), community.Group{
		Name: "Cowley chess club", Purpose: "We play chess on Thursday evenings and teach beginners.", EasySummary: "We play chess.",
		District: "OX4", Interests: []string{whatsOnInterest}, Open: true, MaxSize: 20,
		Rules: community.PotRules{Contribution: 300, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatalf("start the chess club: %v", err)
	}
	if s.group, err = acts.Join(ctx, actions.As(member), g.ID, acts.FormKeyFor(actions.As(member), "join"), false); err != nil {
		t.Fatalf("%s joins the chess club: %v", member.Name, err)
	}
	s.member = member
	s.organiser, s.neighbour = newWalker(t, s.site.URL, organiser, mode), newWalker(t, s.site.URL, neighbour, mode)
	if mode.easy == "on" {
		// Easy Read is walked on a phone, where its targets are set.
		for _, m := range []*walker{s.organiser, s.neighbour} {
			if err := chromedp.Do(m.ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s
}

// freePeople are the site's demo members who are in no group yet.
func freePeople(t *testing.T, site *sitetest.Site) []community.Person {
	t.Helper()
	ctx := context.Background()
	people, err := site.App.Store.DemoPeople(ctx)
	if err != nil {
		t.Fatal(err)
	}
	groups, err := site.App.Store.AllGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]bool{}
	for _, g := range groups {
		for _, m := range g.Members {
			in[m.PersonID] = true
		}
		for _, m := range g.Former {
			in[m.PersonID] = true
		}
	}
	return slices.DeleteFunc(people, func(p community.Person) bool { return in[p.ID] || p.District == "" })
}

// measure holds an Easy Read page to Easy Read's targets, as the wish's
// story does, and keeps its figures for the table the story ends with.
func (s *whatsOnStory) measure(t *testing.T, m *walker, name string, task bool) {
	t.Helper()
	if !m.easy {
		return
	}
	p := erPage{role: m.who.Name, name: name, path: path(t, m.ctx), task: task, met: true}
	f := eval[erFigures](t, m.ctx, erMeasure)
	s.rows = append(s.rows, erRow{p, f})
	checkMeasured(t, p, f)
	if missed := f.missed(task); len(missed) > 0 {
		t.Errorf("%s (%s) misses: %s; %s", name, p.path, strings.Join(missed, "; "), f.summary())
	}
}

// groupPath is the chess club's page.
func (s *whatsOnStory) groupPath() string { return "/groups/" + s.group.ID }

// openBoard opens the page with the board's form: the group page in plain
// words, the board's own page in Easy Read, reached from the start page.
func (s *whatsOnStory) openBoard(t *testing.T, name string) {
	t.Helper()
	m := s.organiser
	m.open(t, s.groupPath())
	if m.easy {
		m.click(t, "a", m.l.T("group.task.board"), 200)
		wantPath(t, m.ctx, s.groupPath()+"/board")
		s.measure(t, m, name, true)
	}
}

// openMoreChoices opens each part of the form folded away under "More
// choices", as a person would to reach its fields, by its summary.
func openMoreChoices(t *testing.T, ctx context.Context) {
	t.Helper()
	for range 5 {
		sel := `main form details:not([open]) > summary`
		if eval[int](t, ctx, `document.querySelectorAll(`+js(sel)+`).length`) == 0 {
			return
		}
		if err := chromeClick(ctx, sel); err != nil {
			t.Fatalf("open %s: %v", sel, err)
		}
	}
	t.Fatal("the form's folded parts do not open")
}

// wantQuery fails t unless the tab shows the page at p with the query's
// parameters, in any order.
func wantQuery(t *testing.T, ctx context.Context, p string, query url.Values) {
	t.Helper()
	u, err := url.Parse(path(t, ctx))
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Query(); u.Path != p || !maps.EqualFunc(got, query, slices.Equal) {
		t.Fatalf("on %s, want %s with %v; main says: %s", u, p, query, mainText(t, ctx))
	}
}

// boardPosts are the club's posts as the store keeps them.
func (s *whatsOnStory) boardPosts(t *testing.T) []community.Post {
	t.Helper()
	posts, err := s.site.App.Store.Board(context.Background(), s.group.ID)
	if err != nil {
		t.Fatal(err)
	}
	return posts
}

func (s *whatsOnStory) organiserPosts(t *testing.T) {
	m := s.organiser
	ctx := m.ctx
	on := s.day.Format("2006-01-02")
	action := s.groupPath() + "/board"

	// A public session that says not where: refused in plain words, with
	// what was typed kept and nothing posted.
	s.openBoard(t, "group-board")
	if n := countNamed(t, ctx, "label", m.l.T("board.public")); n != 1 {
		t.Fatalf("the organiser's board form has %d boxes %q, want 1", n, m.l.T("board.public"))
	}
	openMoreChoices(t, ctx)
	fill(t, ctx, "text", whatsOnText, "on", on, "from", whatsOnFrom, "to", whatsOnTo, "venue", "")
	tick(t, ctx, "public")
	m.press(t, action, 400)
	got := readErrorSummary(t, ctx)
	if !got.Visible || !slices.Contains(got.Links, "#venue") {
		t.Errorf("a public session with no venue: error summary %+v, want one linking to #venue", got)
	}
	if msg := got.Messages["venue-error"]; !strings.Contains(msg, m.l.T("error.post.venue_missing")) {
		t.Errorf("beside the venue the page says %q, want %q", msg, m.l.T("error.post.venue_missing"))
	}
	kept := eval[struct {
		Text, On, From, To string
		Public             bool
	}](t, ctx, `(v => ({Text: v('text').value, On: v('on').value, From: v('from').value, To: v('to').value, Public: v('public').checked}))(id => document.getElementById(id))`)
	if kept.Text != whatsOnText || kept.On != on || kept.From != whatsOnFrom || kept.To != whatsOnTo || !kept.Public {
		t.Errorf("the refused session shows %+v, want what was typed: %q on %s, %s to %s, shown on What's on", kept, whatsOnText, on, whatsOnFrom, whatsOnTo)
	}
	if posts := s.boardPosts(t); len(posts) != 0 {
		t.Fatalf("the refused session was posted: %+v", posts)
	}
	s.measure(t, m, "group-board-refused", true)

	// With where it is, it is posted.
	fill(t, ctx, "venue", whatsOnVenue)
	m.press(t, action, 200)
	wantPath(t, ctx, s.groupPath()+"?done=posted")
	wantNotice(t, ctx, m.l.T("group.done.posted"))

	// A session for the members only: the box starts unticked.
	s.openBoard(t, "group-board-again")
	if eval[bool](t, ctx, `document.getElementById('public').checked`) {
		t.Error("a new board form starts with the session shown on What's on")
	}
	openMoreChoices(t, ctx)
	fill(t, ctx, "text", whatsOnPrivate, "on", on, "from", "17:00", "to", "", "venue", "")
	m.press(t, action, 200)
	wantPath(t, ctx, s.groupPath()+"?done=posted")

	posts := s.boardPosts(t)
	var public []community.Post
	for _, p := range posts {
		if p.Public {
			public = append(public, p)
		}
	}
	if len(posts) != 2 || len(public) != 1 {
		t.Fatalf("the board holds %+v, want the public session and the members' one", posts)
	}
	if p := public[0]; p.Text != whatsOnText || p.Venue != whatsOnVenue || !p.On.Equal(s.day) || p.From != whatsOnFrom || p.To != whatsOnTo || p.District != s.group.District {
		t.Errorf("the public session is kept as %+v, want %q on %s, %s to %s, at %q in %s", p, whatsOnText, on, whatsOnFrom, whatsOnTo, whatsOnVenue, s.group.District)
	}
	s.key = "post-" + public[0].ID

	// The board lists both, only the first marked as on What's on.
	if m.easy {
		m.click(t, "a", m.l.T("group.task.board"), 200)
		s.measure(t, m, "group-board-sessions", true)
	}
	lines := eval[[]string](t, ctx, `[...document.querySelectorAll('main ul.plain-list > li')].map(li => li.textContent.trim().replace(/\s+/g, ' '))`)
	badge := m.l.T("board.public_badge")
	for _, want := range []struct {
		text   string
		public bool
	}{{whatsOnText, true}, {whatsOnPrivate, false}} {
		i := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, want.text) })
		switch {
		case i < 0:
			t.Errorf("the board does not list %q; its lines are %q", want.text, lines)
		case strings.Contains(lines[i], badge) != want.public:
			t.Errorf("the board lists %q as %q: marked %q should be %v", want.text, lines[i], badge, want.public)
		}
	}
}

func (s *whatsOnStory) makeLink(t *testing.T) {
	m := s.neighbour
	m.open(t, "/me/calendar")
	wantSaid(t, m.ctx, m.l.T("calendar.none"))
	if has(t, m.ctx, "feed-link") {
		t.Error("a member with no calendar link is shown one")
	}
	s.measure(t, m, "calendar-none", true)
	m.click(t, "button", m.l.T("calendar.make"), 200)
	wantPath(t, m.ctx, "/me/calendar?done=new_link")
	s.feed = s.feedLink(t)
	// Nothing is on it yet: the neighbour is in no group and chose none.
	if events := s.fetchFeed(t, s.feed).Events(); len(events) != 0 {
		t.Errorf("a new calendar of a member in no group has %d sessions, want none", len(events))
	}
}

// feedLink is the link the neighbour's calendar page gives to copy.
func (s *whatsOnStory) feedLink(t *testing.T) string {
	t.Helper()
	link := eval[string](t, s.neighbour.ctx, `(f => f ? f.value : '')(document.querySelector('main input#feed-link[readonly]'))`)
	if !strings.HasPrefix(link, s.site.URL+"/calendar/") || !strings.HasSuffix(link, "/sessions.ics") {
		t.Fatalf("the calendar page's link is %q, want %s/calendar/…/sessions.ics", link, s.site.URL)
	}
	return link
}

// fetchFeed reads a calendar link as a calendar app does, over HTTP with
// no cookies, and parses it.
func (s *whatsOnStory) fetchFeed(t *testing.T, link string) *ics.Calendar {
	t.Helper()
	page, err := sitetest.NewClient(s.site.URL).Get(link)
	if err != nil || page.Status != 200 {
		t.Fatalf("the feed %s: %d %v; it says: %.500s", link, page.Status, err, page.Body)
	}
	if ct := page.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/calendar") {
		t.Errorf("the feed is sent as %q, want text/calendar", ct)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(page.Body))
	if err != nil {
		t.Fatalf("the feed does not parse: %v\n%s", err, page.Body)
	}
	return cal
}

// sessionCardSeen is a session as a list of them shows it.
type sessionCardSeen struct{ Title, Href, Text string }

func sessionCards(t *testing.T, ctx context.Context) []sessionCardSeen {
	t.Helper()
	return eval[[]sessionCardSeen](t, ctx, `[...document.querySelectorAll('main #sessions > li')].map(li => ({
	  Title: li.querySelector('h3').textContent.trim().replace(/\s+/g, ' '),
	  Href: li.querySelector('h3 a').getAttribute('href'),
	  Text: li.textContent.trim().replace(/\s+/g, ' ')}))`)
}

// wantNobodyGoing fails t if the page names anyone in the club.
func (s *whatsOnStory) wantNobodyGoing(t *testing.T, m *walker) {
	t.Helper()
	text := mainText(t, m.ctx)
	for _, p := range []community.Person{s.organiser.who, s.member} {
		if strings.Contains(text, p.Name) {
			t.Errorf("%s names %s, who is in the club: %s", path(t, m.ctx), p.Name, text)
		}
	}
	if strings.Contains(text, whatsOnPrivate) {
		t.Errorf("%s shows the members' session %q: %s", path(t, m.ctx), whatsOnPrivate, text)
	}
}

func (s *whatsOnStory) findSession(t *testing.T) {
	m := s.neighbour
	ctx := m.ctx
	m.open(t, "/whats-on")
	s.measure(t, m, "whats-on", false)
	s.wantNobodyGoing(t, m)

	// By day: every session shown is on a Thursday, ours among them (the
	// first Thursday is the session's) and others besides.
	dayWords := m.l.T("whats_on.day." + s.weekday)
	fill(t, ctx, "day", s.weekday)
	m.press(t, "/whats-on", 200)
	wantQuery(t, ctx, "/whats-on", url.Values{"interest": {""}, "day": {s.weekday}, "within": {"10"}})
	s.measure(t, m, "whats-on-day", false)
	cards := sessionCards(t, ctx)
	thursday := s.day.Format("Monday")
	for _, c := range cards {
		if !strings.Contains(c.Text, thursday+" ") {
			t.Errorf("What's on for %s shows a session on another day: %q", dayWords, c.Text)
		}
	}
	if len(cards) < 2 || !slices.ContainsFunc(cards, func(c sessionCardSeen) bool { return c.Title == whatsOnText }) {
		t.Errorf("What's on for %s shows %d sessions %+v, want the chess evening and the providers' sessions that day", dayWords, len(cards), cards)
	}
	s.wantNobodyGoing(t, m)

	// By interest as well: the chess evening alone, with where it is.
	openMoreChoices(t, ctx)
	fill(t, ctx, "interest", whatsOnInterest)
	m.press(t, "/whats-on", 200)
	wantQuery(t, ctx, "/whats-on", url.Values{"interest": {whatsOnInterest}, "day": {s.weekday}, "within": {"10"}})
	s.measure(t, m, "whats-on-chess", false)
	cards = sessionCards(t, ctx)
	where := m.l.T("session.where_venue", whatsOnVenue, s.group.District)
	when := m.l.T("session.when_from_to", s.day.Format("Monday 2 January"), whatsOnFrom, whatsOnTo)
	if len(cards) != 1 || cards[0].Title != whatsOnText || cards[0].Href != "/whats-on/"+s.key ||
		!strings.Contains(cards[0].Text, where) || !strings.Contains(cards[0].Text, when) {
		t.Fatalf("What's on for chess on %s shows %+v, want only %q, %q, at %q, linking to /whats-on/%s", dayWords, cards, whatsOnText, when, where, s.key)
	}
	s.wantNobodyGoing(t, m)

	m.click(t, "a", whatsOnText, 200)
	wantPath(t, ctx, "/whats-on/"+s.key)
	s.measure(t, m, "whats-on-session", false)
	wantSaid(t, ctx, whatsOnText, when, where, m.l.T("whats_on.never_who"))
	s.wantNobodyGoing(t, m)
	m.click(t, "button", m.l.T("whats_on.add"), 200)
	wantPath(t, ctx, "/whats-on/"+s.key+"?done=added")
	wantNotice(t, ctx, m.l.T("whats_on.done.added"))
	wantSaid(t, ctx, m.l.T("whats_on.on_calendar"))
	if n := countNamed(t, ctx, "button", m.l.T("whats_on.take_off")); n != 1 {
		t.Errorf("once added, the session's page has %d buttons %q, want 1", n, m.l.T("whats_on.take_off"))
	}
	s.measure(t, m, "whats-on-session-added", false)
}

func (s *whatsOnStory) readFeed(t *testing.T) {
	m := s.neighbour
	ctx := m.ctx
	m.open(t, "/me/calendar")
	s.measure(t, m, "calendar", true)
	cards := sessionCards(t, ctx)
	if len(cards) != 1 || cards[0].Title != whatsOnText || cards[0].Href != "/whats-on/"+s.key {
		t.Errorf("the calendar page lists %+v, want the chess evening alone", cards)
	}
	if link := s.feedLink(t); link != s.feed {
		t.Errorf("adding a session changed the calendar link from %s to %s", s.feed, link)
	}
	events := s.fetchFeed(t, s.feed).Events()
	if len(events) != 1 {
		t.Fatalf("the feed holds %d sessions, want the chess evening alone (never the members' session)", len(events))
	}
	e := events[0]
	if id := e.Id(); id != s.key+"@clubtogether" {
		t.Errorf("the session's UID is %q, want %s@clubtogether", id, s.key)
	}
	wantTime := func(prop ics.ComponentProperty, clock string) {
		t.Helper()
		p := e.GetProperty(prop)
		want := s.day.Format("20060102") + "T" + strings.ReplaceAll(clock, ":", "") + "00"
		if p == nil || p.Value != want || !slices.Equal(p.ICalParameters["TZID"], []string{"Europe/London"}) {
			t.Errorf("the session's %s is %+v, want %s with TZID=Europe/London", prop, p, want)
		}
	}
	wantTime(ics.ComponentPropertyDtStart, whatsOnFrom)
	wantTime(ics.ComponentPropertyDtEnd, whatsOnTo)
	if p := e.GetProperty(ics.ComponentPropertyLocation); p == nil || p.Value != whatsOnVenue+", "+s.group.District {
		t.Errorf("the session's LOCATION is %+v, want %q", p, whatsOnVenue+", "+s.group.District)
	}
	if p := e.GetProperty(ics.ComponentPropertySummary); p == nil || p.Value != whatsOnText {
		t.Errorf("the session's SUMMARY is %+v, want %q", p, whatsOnText)
	}

	// A new link: the old one finds nothing, in a calendar app and in a
	// browser; the new one holds the session.
	m.click(t, "button", m.l.T("calendar.new_link"), 200)
	wantPath(t, ctx, "/me/calendar?done=new_link")
	wantNotice(t, ctx, m.l.T("calendar.done.new_link"))
	fresh := s.feedLink(t)
	if fresh == s.feed {
		t.Fatal("the new calendar link is the old one")
	}
	old, err := sitetest.NewClient(s.site.URL).Get(s.feed)
	if err != nil || old.Status != 404 || !strings.Contains(old.Body, "This calendar link does not work any more") {
		t.Errorf("the old link over HTTP: %d %v, want 404 saying it does not work any more; it says: %.500s", old.Status, err, old.Body)
	}
	m.navigate(t, strings.TrimPrefix(s.feed, s.site.URL), 404)
	m.seen(t)
	wantSaid(t, ctx, m.l.T("error.calendar.old_link"))
	s.measure(t, m, "calendar-old-link", false)
	if events := s.fetchFeed(t, fresh).Events(); len(events) != 1 || events[0].Id() != s.key+"@clubtogether" {
		t.Errorf("the new link's feed holds %d sessions, want the chess evening", len(events))
	}
}

// face is one answer of a check-in as its page shows it: its number, and
// in Easy Read the face beside it and how low its mouth's middle is.
type face struct {
	ID, Number string
	Face       bool
	Beside     bool
	Mouth      float64
}

func faces(t *testing.T, ctx context.Context, question string) []face {
	t.Helper()
	return eval[[]face](t, ctx, `(q => [...document.querySelectorAll('main input[type=radio][name="' + q + '"]')].map(r => {
	  const label = document.querySelector('label[for="' + r.id + '"]');
	  const svg = label && label.querySelector('svg.face'), number = label && label.querySelector('span');
	  const mouth = svg && svg.querySelector('path') && /Q\s*16\s+([\d.]+)/.exec(svg.querySelector('path').getAttribute('d'));
	  let beside = false;
	  if (svg && number) {
	    // Beside: just left of the number or just above it, as the face
	    // is on a phone, where the scale wraps.
	    const f = svg.getBoundingClientRect(), n = number.getBoundingClientRect(), near = 16;
	    const left = f.right <= n.left + 0.5 && n.left - f.right <= near && f.top < n.bottom && n.top < f.bottom;
	    const above = f.bottom <= n.top + 0.5 && n.top - f.bottom <= near && f.left < n.right && n.left < f.right;
	    beside = f.width > 0 && f.height > 0 && (left || above);
	  }
	  return {ID: r.id, Number: number ? number.textContent.trim() : '', Face: !!svg, Beside: beside, Mouth: mouth ? parseFloat(mouth[1]) : -1};
	}))(`+js(question)+`)`)
}

// wantFaces fails t unless the Easy Read page asks the question with a
// face beside each number from 0 to 10, smiling more as the answer is
// better: a higher answer, or for anxiety a lower one.
func wantFaces(t *testing.T, ctx context.Context, question string) {
	t.Helper()
	got := faces(t, ctx, question)
	if len(got) != 11 {
		t.Fatalf("%s asks %q with %d choices, want 0 to 10", path(t, ctx), question, len(got))
	}
	for i, f := range got {
		if f.ID != question+"-"+strconv.Itoa(i) || f.Number != strconv.Itoa(i) || !f.Face || !f.Beside {
			t.Errorf("choice %d of %q reads %+v, want the number %d with a face beside it", i, question, f, i)
		}
	}
	calm, worried := got[10].Mouth, got[0].Mouth
	if question == community.QuestionAnxious {
		calm, worried = worried, calm
	}
	if calm <= worried {
		t.Errorf("for %q the best answer's face has its mouth at %.1f and the worst's at %.1f: it should smile more", question, calm, worried)
	}
}

// chooseAnswer clicks the label of the answer, as a person does, and
// checks that it chose the radio button.
func chooseAnswer(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	if err := chromeClick(ctx, `main label[for="`+id+`"]`); err != nil {
		t.Fatalf("click the label of %s: %v", id, err)
	}
	if !eval[bool](t, ctx, `document.getElementById(`+js(id)+`).checked`) {
		t.Fatalf("clicking the label of %s did not choose it", id)
	}
}

// spoilAnswer makes the chosen radio button send value instead of its
// number, as a hand-made form could: no radio can hold 11.
func spoilAnswer(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	if !eval[bool](t, ctx, `(r => r.checked && (r.value = `+js(value)+`, true))(document.getElementById(`+js(id)+`))`) {
		t.Fatalf("%s is not chosen, so sends nothing", id)
	}
}

// wantRefusedAnswer fails t unless the page refuses the question's answer
// in plain words, linking to its first choice.
func wantRefusedAnswer(t *testing.T, m *walker, question string) {
	t.Helper()
	got := readErrorSummary(t, m.ctx)
	if !got.Visible || !slices.Contains(got.Links, "#"+question+"-0") {
		t.Errorf("a bad answer to %q: error summary %+v, want one linking to #%s-0", question, got, question)
	}
	if msg := got.Messages[question+"-error"]; !strings.Contains(msg, m.l.T("error.wellbeing.answer")) {
		t.Errorf("beside %q the page says %q, want %q", question, msg, m.l.T("error.wellbeing.answer"))
	}
}

func (s *whatsOnStory) checkIns(t *testing.T) []community.CheckIn {
	t.Helper()
	got, err := s.site.App.Store.CheckInsOf(context.Background(), s.neighbour.who.ID)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func (s *whatsOnStory) checkIn(t *testing.T) {
	m := s.neighbour
	ctx := m.ctx
	// Before agreeing: who sees what, and how often to ask.
	m.open(t, "/me/wellbeing")
	s.measure(t, m, "wellbeing-agree", true)
	wantSaid(t, ctx, m.l.T("wellbeing.who_sees"), m.l.T("wellbeing.only_you"), m.l.T("wellbeing.community_only"))
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll('main input[type=radio][name=every]')].map(r => r.id)`)
	if !slices.Equal(ids, []string{"every-3", "every-6", "every-12", "every-0"}) {
		t.Errorf("how often to ask offers %q, want every 3, 6 and 12 months and never", ids)
	}
	chooseAnswer(t, ctx, "every-3")
	m.click(t, "button", m.l.T("wellbeing.agree"), 200)
	wantPath(t, ctx, "/me/wellbeing?done=plan")
	wantNotice(t, ctx, m.l.T("wellbeing.done.plan"))
	wantSaid(t, ctx, m.l.T("wellbeing.due_now"), m.l.T("wellbeing.no_answers"))
	s.measure(t, m, "wellbeing-agreed", false)
	m.click(t, "a", m.l.T("wellbeing.check_in_now"), 200)
	wantPath(t, ctx, "/me/wellbeing/check-in")

	questions := community.WellbeingQuestions()
	action := "/me/wellbeing/check-in"
	if m.easy {
		// One question a page, a face beside each number; an answer of 11
		// is refused on its own page.
		for i, q := range questions {
			page := i + 1
			if got := eval[string](t, ctx, `(p => p ? p.value : '')(document.querySelector('main form input[type=hidden][name=page]'))`); got != strconv.Itoa(page) {
				t.Fatalf("the check-in's page %d says it is page %q", page, got)
			}
			asked := eval[[]string](t, ctx, `[...new Set([...document.querySelectorAll('main input[type=radio]')].map(r => r.name))]`)
			if !slices.Equal(asked, []string{q}) {
				t.Fatalf("page %d of the check-in asks %q, want %q alone", page, asked, q)
			}
			wantFaces(t, ctx, q)
			s.measure(t, m, "check-in-"+strconv.Itoa(page), true)
			if countNamed(t, ctx, "button", m.l.T("provider.new.next")) != 1 {
				t.Errorf("page %d of the check-in has no button %q", page, m.l.T("provider.new.next"))
			}
			id := q + "-" + strconv.Itoa(whatsOnAnswers[i])
			chooseAnswer(t, ctx, id)
			if page == 1 {
				spoilAnswer(t, ctx, id, "11")
				m.press(t, action, 400)
				wantRefusedAnswer(t, m, q)
				if got := eval[string](t, ctx, `(p => p ? p.value : '')(document.querySelector('main form input[type=hidden][name=page]'))`); got != "1" {
					t.Errorf("the refused answer comes back on page %q, want page 1", got)
				}
				s.measure(t, m, "check-in-1-refused", true)
				chooseAnswer(t, ctx, id)
			}
			m.press(t, action, 200)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll('main input[type=radio]').length`); n != 0 {
			t.Errorf("the last page of the check-in asks %d choices, want only what helped", n)
		}
		s.measure(t, m, "check-in-5", true)
		if len(s.checkIns(t)) != 0 {
			t.Fatal("the check-in was kept before its last page was sent")
		}
		fill(t, ctx, "helped", whatsOnHelped)
		m.click(t, "button", m.l.T("wellbeing.save"), 200)
	} else {
		// All four on one page; 11 for life, "happy" for happiness and -1
		// for anxiety are refused, and the rest kept.
		for i, q := range questions {
			chooseAnswer(t, ctx, q+"-"+strconv.Itoa(whatsOnAnswers[i]))
		}
		fill(t, ctx, "helped", whatsOnHelped)
		spoiled := map[string]string{community.QuestionLife: "11", community.QuestionHappy: "happy", community.QuestionAnxious: "-1"}
		for i, q := range questions {
			if bad, ok := spoiled[q]; ok {
				spoilAnswer(t, ctx, q+"-"+strconv.Itoa(whatsOnAnswers[i]), bad)
			}
		}
		m.press(t, action, 400)
		for q := range spoiled {
			wantRefusedAnswer(t, m, q)
		}
		kept := eval[struct {
			Checked []string
			Helped  string
		}](t, ctx, `({Checked: [...document.querySelectorAll('main input[type=radio]:checked')].map(r => r.id), Helped: document.getElementById('helped').value})`)
		want := []string{"worthwhile-" + strconv.Itoa(whatsOnAnswers[1])}
		if !slices.Equal(kept.Checked, want) || kept.Helped != whatsOnHelped {
			t.Errorf("the refused check-in shows %+v, want %q chosen and %q kept", kept, want, whatsOnHelped)
		}
		if len(s.checkIns(t)) != 0 {
			t.Fatal("the refused check-in was kept")
		}
		for i, q := range questions {
			if _, ok := spoiled[q]; ok {
				chooseAnswer(t, ctx, q+"-"+strconv.Itoa(whatsOnAnswers[i]))
			}
		}
		m.press(t, action, 200)
	}
	wantPath(t, ctx, "/me/wellbeing?done=checked_in")
	wantNotice(t, ctx, m.l.T("wellbeing.done.checked_in"))
	s.measure(t, m, "wellbeing", false)
	kept := s.checkIns(t)
	if len(kept) != 1 || kept[0].Answers != (community.Wellbeing{Life: whatsOnAnswers[0], Worthwhile: whatsOnAnswers[1], Happy: whatsOnAnswers[2], Anxious: whatsOnAnswers[3]}) || kept[0].Helped != whatsOnHelped {
		t.Fatalf("the site kept %+v, want one check-in of %v and %q", kept, whatsOnAnswers, whatsOnHelped)
	}
	s.wantWellbeing(t, kept[0])
}

// chartSeen is one chart as drawn: its lines' names, and the answers its
// points stand for, read back from the y axis.
type chartSeen struct {
	Labels []string
	Values [][]float64
}

// wantWellbeing fails t unless /me/wellbeing shows the check-in: in the
// two charts and in the table, with the same numbers, and when the next
// one is due.
func (s *whatsOnStory) wantWellbeing(t *testing.T, ci community.CheckIn) {
	t.Helper()
	m := s.neighbour
	ctx := m.ctx
	charts := eval[[]chartSeen](t, ctx, `[...document.querySelectorAll('main figure.chart svg')].map(svg => {
	  const ys = {};
	  for (const y of svg.querySelectorAll('text.chart-y')) ys[y.textContent.trim()] = parseFloat(y.getAttribute('y'));
	  const zero = ys['0'], ten = ys['10'];
	  return {
	    Labels: [...svg.querySelectorAll('text.chart-label')].map(l => l.textContent.trim()),
	    Values: [...svg.querySelectorAll('polyline.chart-line')].map(p => p.getAttribute('points').trim().split(/\s+/)
	      .map(xy => 10 * (zero - parseFloat(xy.split(',')[1])) / (zero - ten))),
	  };
	})`)
	l := m.l
	want := []struct {
		labels []string
		values []int
	}{
		{[]string{l.T("wellbeing.short.life"), l.T("wellbeing.short.worthwhile"), l.T("wellbeing.short.happy")}, []int{ci.Answers.Life, ci.Answers.Worthwhile, ci.Answers.Happy}},
		{[]string{l.T("wellbeing.short.anxious")}, []int{ci.Answers.Anxious}},
	}
	if len(charts) != len(want) {
		t.Fatalf("/me/wellbeing draws %d charts (svg in figure.chart), want %d", len(charts), len(want))
	}
	for i, w := range want {
		c := charts[i]
		if !slices.Equal(c.Labels, w.labels) || len(c.Values) != len(w.values) {
			t.Errorf("chart %d names its lines %q with %d lines, want %q", i+1, c.Labels, len(c.Values), w.labels)
			continue
		}
		for j, v := range w.values {
			if len(c.Values[j]) != 1 || math.Abs(c.Values[j][0]-float64(v)) > 0.05 {
				t.Errorf("chart %d draws %q at %v, want one point at %d", i+1, w.labels[j], c.Values[j], v)
			}
		}
	}
	rows := eval[[][]string](t, ctx, `[...document.querySelectorAll('main #answers table tbody tr')].map(tr => [...tr.children].map(c => c.textContent.trim()))`)
	day := storyDay(m, ci.At)
	a := ci.Answers
	if wantRow := []string{day, strconv.Itoa(a.Life), strconv.Itoa(a.Worthwhile), strconv.Itoa(a.Happy), strconv.Itoa(a.Anxious)}; len(rows) != 1 || !slices.Equal(rows[0], wantRow) {
		t.Errorf("the table of answers reads %q, want the one row %q", rows, wantRow)
	}
	// Easy Read says a day of this year with its weekday and no year.
	next, layout := community.InLondon(ci.At.AddDate(0, 3, 0)), "2 January 2006"
	if l.Easy() && next.Year() == community.InLondon(ci.At).Year() {
		layout = "Monday 2 January"
	}
	wantSaid(t, ctx, l.T("wellbeing.next_due", next.Format(layout)))
	if !m.easy {
		wantSaid(t, ctx, l.T("wellbeing.what_helped"), whatsOnHelped)
	}
}

// whatsOnCohort is how the people of one district answer, before joining
// their first group and after: life, worthwhile, happy, anxious. In the
// district of ten, half answer life 3 before and half 5 (4 on average).
type whatsOnCohort struct {
	district      string
	people        int
	before, after [4]int
}

var whatsOnCohorts = []whatsOnCohort{
	{"L34", 10, [4]int{4, 5, 5, 6}, [4]int{7, 8, 7, 3}},
	{"L35", 5, [4]int{6, 6, 6, 5}, [4]int{5, 6, 6, 5}},
	{"L36", 5, [4]int{6, 6, 6, 5}, [4]int{5, 6, 6, 5}},
}

// figuresWanted is one table the community page must show: how many
// people it stands for, and each question's before, after and change.
type figuresWanted struct {
	people int
	rows   map[string][]string
}

// communityWanted are the tables the community page must show for the
// quarter, by heading: the whole site's, of all the cohorts, and the
// district of ten's. The cohorts' answers average to whole tenths, so
// no rounding is needed.
func (s *whatsOnStory) communityWanted(t *testing.T, q community.Quarter) map[string]figuresWanted {
	t.Helper()
	l := s.neighbour.l
	tenths := func(v int) string {
		sign := ""
		if v < 0 {
			sign, v = "-", -v
		}
		return fmt.Sprintf("%s%d.%d", sign, v/10, v%10)
	}
	figures := func(cohorts []whatsOnCohort) figuresWanted {
		var before, after [4]int
		people := 0
		for _, c := range cohorts {
			people += c.people
			for i := range 4 {
				before[i] += 10 * c.before[i] * c.people
				after[i] += 10 * c.after[i] * c.people
			}
		}
		w := figuresWanted{people: people, rows: map[string][]string{}}
		for i, key := range community.WellbeingQuestions() {
			if before[i]%people != 0 || after[i]%people != 0 {
				t.Fatalf("the story's answers to %q do not average to whole tenths", key)
			}
			b, a := before[i]/people, after[i]/people
			change := tenths(a - b)
			if a > b {
				change = "+" + change
			}
			w.rows[l.T("wellbeing.short."+key)] = []string{tenths(b), tenths(a), change}
		}
		return w
	}
	when := l.T("community.quarter", q.Start().Format("January"), q.End().AddDate(0, 0, -1).Format("January 2006"))
	ten := whatsOnCohorts[0]
	return map[string]figuresWanted{
		l.T("community.site_heading", when):                   figures(whatsOnCohorts),
		l.T("community.district_heading", ten.district, when): figures(whatsOnCohorts[:1]),
	}
}

// communityPage: the people of three districts, none in any group yet,
// agree to check-ins and answer; a day later they join their first group;
// ninety days on they answer again. Once that quarter is over the page
// shows the site's figures and the district of ten, and not the districts
// of five, whose people count in the site's figures only.
func (s *whatsOnStory) communityPage(t *testing.T) {
	ctx := context.Background()
	acts := s.site.App.Actions
	free := freePeople(t, s.site)
	var cohort []community.Person
	answers := map[string][2][4]int{}
	for _, c := range whatsOnCohorts {
		n := 0
		for _, p := range free {
			if p.District == c.district && n < c.people {
				before := c.before
				if c.district == whatsOnCohorts[0].district {
					before[0] += 1 - 2*(n%2) // 5 and 3 by turns: still 4 on average
				}
				answers[p.ID] = [2][4]int{before, c.after}
				cohort = append(cohort, p)
				n++
			}
		}
		if n < c.people {
			t.Fatalf("only %d demo members of %s are in no group, want %d", n, c.district, c.people)
		}
	}
	checkIn := func(p community.Person, a [4]int) {
		t.Helper()
		who := actions.As(p)
		if _, err := acts.CheckIn(ctx, who, acts.FormKeyFor(who, "check-in"), community.CheckIn{
			Answers: community.Wellbeing{Life: a[0], Worthwhile: a[1], Happy: a[2], Anxious: a[3]}}); err != nil {
			t.Fatalf("%s checks in: %v", p.Name, err)
		}
	}
	for _, p := range cohort {
		if _, err := acts.ChangeWellbeingPlan(ctx, actions.As(p), true, 3); err != nil {
			t.Fatalf("%s agrees to check-ins: %v", p.Name, err)
		}
		checkIn(p, answers[p.ID][0])
	}
	s.clock.Advance(24 * time.Hour)
	first := cohort[0]
	g, err := acts.StartGroup(ctx, actions.As(first), acts.FormKeyFor(actions.As(first), "group-new"), community.Group{
		Name: "Knowsley Saturday walkers", Purpose: "We walk together on Saturdays.", EasySummary: "We walk.",
		District: first.District, Interests: []string{"walking"}, Open: true, MaxSize: 30,
		Rules: community.PotRules{Contribution: 200, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatalf("start the walkers' group: %v", err)
	}
	for _, p := range cohort[1:] {
		if _, err := acts.Join(ctx, actions.As(p), g.ID, acts.FormKeyFor(actions.As(p), "join"), false); err != nil {
			t.Fatalf("%s joins the walkers: %v", p.Name, err)
		}
	}
	s.clock.Advance(90 * 24 * time.Hour)
	for _, p := range cohort {
		checkIn(p, answers[p.ID][1])
	}
	quarter := community.QuarterOf(s.clock.Now())
	// Before its quarter is over, nothing of theirs is shown.
	none := storyWords(t, false).T("community.none_yet", community.MinAnswered)
	if page, err := sitetest.NewClient(s.site.URL).Get("/community"); err != nil || page.Status != 200 || !strings.Contains(page.Body, none) {
		t.Errorf("/community before the quarter is over: %d %v, want 200 saying %q", page.Status, err, none)
	}
	s.clock.Advance(quarter.End().Sub(s.clock.Now()) + 24*time.Hour)

	// The neighbour's session lapsed as the months passed: they sign in
	// again, and follow the link from their wellbeing page.
	m := newWalker(t, s.site.URL, s.neighbour.who, s.mode)
	if m.easy {
		if err := chromedp.Do(m.ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
			t.Fatal(err)
		}
	}
	m.open(t, "/me/wellbeing")
	m.click(t, "a", m.l.T("wellbeing.community_link"), 200)
	wantPath(t, m.ctx, "/community")
	s.measure(t, m, "community", false)
	if m.easy {
		// One table a page; the next is a link away.
		more := m.l.T("list.show_more", 1) + ": " + m.l.T("community.title")
		m.click(t, "a", more, 200)
		s.measure(t, m, "community-more", false)
	}
	type tableSeen struct {
		Heading, People string
		Rows            map[string][]string
	}
	tables := eval[[]tableSeen](t, m.ctx, `[...document.querySelectorAll('main #figures > section')].map(sec => {
	  const words = el => el ? el.textContent.trim().replace(/\s+/g, ' ') : '';
	  const rows = {};
	  for (const tr of sec.querySelectorAll('tbody tr')) rows[words(tr.querySelector('th'))] = [...tr.querySelectorAll('td')].map(words);
	  return {Heading: words(sec.querySelector('h2')), People: words(sec.querySelector('.idea')), Rows: rows};
	})`)
	want := s.communityWanted(t, quarter)
	var headings []string
	for _, tb := range tables {
		headings = append(headings, tb.Heading)
		w, shown := want[tb.Heading]
		if !shown {
			continue
		}
		if said := m.l.T("community.people", w.people); !strings.Contains(tb.People, said) {
			t.Errorf("%q says %q, want %q", tb.Heading, tb.People, said)
		}
		for q, row := range w.rows {
			if !slices.Equal(tb.Rows[q], row) {
				t.Errorf("%q reads %s as %q, want before, after and change %q", tb.Heading, q, tb.Rows[q], row)
			}
		}
	}
	for heading := range want {
		if !slices.Contains(headings, heading) {
			t.Errorf("/community does not show %q; its tables are %q", heading, headings)
		}
	}
	if len(tables) != len(want) {
		t.Errorf("/community shows %d tables %q, want the site's and %s's only", len(tables), headings, whatsOnCohorts[0].district)
	}
	text := mainText(t, m.ctx)
	for _, c := range whatsOnCohorts[1:] {
		if strings.Contains(text, c.district) {
			t.Errorf("/community shows %s, where only %d people answered: %s", c.district, c.people, text)
		}
	}
}
