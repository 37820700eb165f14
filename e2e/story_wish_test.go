package e2e

import (
	"context"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// The wish: a member says what they would like to do and what they could
// put in (£5 a week, if at least 3 of us do). A neighbour who likes the
// same finds it among their suggestions and promises £4 a week, having
// first typed £0 and been told why not; a third promises over HTTP, and
// the promises meet. Each promiser is asked yes or no, on their home page
// and the wish's page; all three say yes, and the group starts with the
// three in it, each asked for their own promise. Walked in plain English
// and in Easy Read, each on a site of its own, with axe-core on every page
// the walkers see, and the Easy Read pages measured against its targets.

type wishStory struct {
	site           *sitetest.Site
	mode           storyMode
	wisher, backer *walker
	third          httpMember
	interest, path string
	// provider is a checked demo provider working in the wish's district
	// and offering its interest; seller is its owner, in a tab.
	provider community.Provider
	seller   *walker
	group    string
}

// TestWishStory walks a wish to its group in both modes, at once.
func TestWishStory(t *testing.T) {
	t.Parallel()
	for _, mode := range storyModes {
		t.Run(mode.name, func(t *testing.T) {
			t.Parallel()
			s := newWishStory(t, mode)
			runStory(t, []storyStep{
				{"the-wisher-makes-a-wish", s.makeWish},
				{"a-neighbour-finds-it-and-promises", s.neighbourPromises},
				{"a-third-promises-and-the-promises-meet", s.thirdPromises},
				{"each-says-yes-and-the-group-starts", s.yesRound},
				{"a-provider-answers-the-group", s.providerAnswers},
				{"the-group-makes-the-offer-a-proposal", s.groupProposes},
			})
		})
	}
}

// newWishStory starts the story's site and finds its three people: two
// in one district who share an interest, and a third.
func newWishStory(t *testing.T, mode storyMode) *wishStory {
	t.Helper()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	s := &wishStory{mode: mode, site: sitetest.StartT(t, sitetest.Options{Log: log})}
	people, err := s.site.App.Store.DemoPeople(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	people = slices.DeleteFunc(people, func(p community.Person) bool {
		return !p.Visible() || !p.HasProfile() || len(p.Interests) == 0
	})
	providers, err := s.site.App.Store.AllProviders(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]community.Person{}
	for _, p := range people {
		byID[p.ID] = p
	}
	var wisher, backer, third, seller community.Person
	for _, pr := range providers {
		owner, known := byID[pr.OwnerID]
		if !pr.Verified() || !known || wisher.ID != "" {
			continue
		}
		for i, a := range people {
			for _, b := range people[i+1:] {
				shared := slices.DeleteFunc(community.SharedInterests(a, b), func(in string) bool { return !slices.Contains(pr.Interests, in) })
				if a.ID != owner.ID && b.ID != owner.ID && a.District == b.District && slices.Contains(pr.Districts, a.District) &&
					len(shared) > 0 && wisher.ID == "" {
					wisher, backer, s.interest, s.provider, seller = a, b, shared[0], pr, owner
				}
			}
		}
	}
	for _, p := range people {
		if p.ID != wisher.ID && p.ID != backer.ID && p.ID != seller.ID {
			third = p
			break
		}
	}
	if wisher.ID == "" || third.ID == "" {
		t.Fatal("no checked demo provider works where two demo members who share one of its interests live")
	}
	s.wisher, s.backer = newWalker(t, s.site.URL, wisher, mode), newWalker(t, s.site.URL, backer, mode)
	s.seller = newWalker(t, s.site.URL, seller, mode)
	if mode.easy == "on" {
		// Easy Read is walked on a phone, where its targets are set.
		for _, m := range []*walker{s.wisher, s.backer, s.seller} {
			if err := chromedp.Do(m.ctx, chromedp.EmulateViewport(erWidth, erScreen)); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.third = httpMemberAt(t, s.site.URL, third)
	return s
}

// measure holds an Easy Read page to Easy Read's targets.
func (s *wishStory) measure(t *testing.T, m *walker, name string, task bool) {
	t.Helper()
	if !m.easy {
		return
	}
	p := erPage{role: m.who.Name, name: name, path: path(t, m.ctx), task: task}
	f := eval[erFigures](t, m.ctx, erMeasure)
	checkMeasured(t, p, f)
	if missed := f.missed(task); len(missed) > 0 {
		t.Errorf("%s (%s) misses: %s; %s", name, p.path, strings.Join(missed, "; "), f.summary())
	}
}

func (s *wishStory) makeWish(t *testing.T) {
	m := s.wisher
	m.open(t, "/wishes")
	m.click(t, "a", m.l.T("wishes.new"), 200)
	values := map[string]string{"text": "Go to the cinema on Friday nights, then a cup of tea", "interest": s.interest,
		"promise": "5", "threshold": "3"}
	if !m.easy {
		fillWish(t, m.ctx, values)
		m.press(t, "/wishes", 200)
	} else {
		// A short page for each part, each holding to Easy Read's targets.
		for part := 1; part <= 5; part++ {
			s.measure(t, m, "wish-new-"+string(rune('0'+part)), true)
			fillWish(t, m.ctx, values)
			m.press(t, "/wishes", 200)
		}
	}
	if !strings.HasPrefix(path(t, m.ctx), "/wishes/") || !strings.HasSuffix(path(t, m.ctx), "?done=made") {
		t.Fatalf("the wish went to %s; main says: %s", path(t, m.ctx), mainText(t, m.ctx))
	}
	s.path = strings.TrimSuffix(path(t, m.ctx), "?done=made")
	wantSaid(t, m.ctx, m.l.T("wish.made"), m.l.T("wish.backers_one", 1), m.l.T("wish.promisers_one", 1))
	s.measure(t, m, "wish", false)
}

// fillWish types each value into the field of that id the page shows.
func fillWish(t *testing.T, ctx context.Context, values map[string]string) {
	t.Helper()
	for id, v := range values {
		if has(t, ctx, id) {
			if err := chromedp.Do(ctx, setValue(id, v)); err != nil {
				t.Fatalf("type %q into #%s: %v", v, id, err)
			}
		}
	}
}

func (s *wishStory) neighbourPromises(t *testing.T) {
	m := s.backer
	m.open(t, "/suggestions")
	if m.easy {
		m.click(t, "a", m.l.T("suggestions.task.wishes", 1), 200)
	} else {
		m.open(t, "/wishes")
	}
	s.measure(t, m, "wishes", false)
	m.click(t, "a", "Go to the cinema on Friday nights, then a cup of tea", 200)
	wantPath(t, m.ctx, s.path)
	s.measure(t, m, "wish-seen", false)
	if m.easy {
		m.click(t, "a", m.l.T("wish.me_too"), 200)
		s.measure(t, m, "wish-me-too", true)
	}
	// £0 is no promise: it is refused in plain words, and kept.
	fillWish(t, m.ctx, map[string]string{"promise": "0", "threshold": "3"})
	m.press(t, s.path+"/me-too", 400)
	if got := readErrorSummary(t, m.ctx); !got.Visible || !slices.Contains(got.Links, "#promise") {
		t.Errorf("a promise of £0: error summary %+v, want one linking to the promise", got)
	}
	if v := eval[string](t, m.ctx, `document.getElementById('promise').value`); v != "0" {
		t.Errorf("the refused promise shows %q, want what was typed", v)
	}
	fillWish(t, m.ctx, map[string]string{"promise": "4", "threshold": "3"})
	m.press(t, s.path+"/me-too", 200)
	wantPath(t, m.ctx, s.path+"?done=backed")
	wantSaid(t, m.ctx, m.l.T("wish.said_me_too"), m.l.T("wish.backers", 2), m.l.T("wish.promisers", 2))
}

func (s *wishStory) thirdPromises(t *testing.T) {
	page, err := s.third.h.Post(s.path+"/me-too", url.Values{"promise": {"6"}, "threshold": {"3"}})
	if err != nil || page.Status != 303 {
		t.Fatalf("the third promise: %d %v", page.Status, err)
	}
	// A second "Me too" changes nothing and says so.
	page, err = s.third.h.Post(s.path+"/me-too", url.Values{})
	if err != nil || page.Status != 400 || !strings.Contains(page.Body, "already") {
		t.Errorf("a second 'Me too': %d %v, want 400 saying it was said already", page.Status, err)
	}
}

func (s *wishStory) yesRound(t *testing.T) {
	for _, m := range []*walker{s.wisher, s.backer} {
		m.open(t, "/")
		m.click(t, "a", m.l.T("home.wish_asked", "Go to the cinema on Friday nights, then a cup of tea"), 200)
		wantPath(t, m.ctx, s.path)
		s.measure(t, m, "wish-asked", true)
		wantSaid(t, m.ctx, m.l.T("wish.round_title"))
		m.click(t, "button", m.l.T("wish.yes"), 200)
		wantPath(t, m.ctx, s.path+"?done=yes")
	}
	page, err := s.third.h.Submit(s.path, s.path+"/answer", url.Values{"answer": {"yes"}})
	if err != nil || page.Status != 303 {
		t.Fatalf("the third yes: %d %v", page.Status, err)
	}
	m := s.backer
	m.open(t, s.path)
	wantSaid(t, m.ctx, m.l.T("wish.started"))
	s.measure(t, m, "wish-started", false)
	m.click(t, "a", m.l.T("wish.see_group"), 200)
	s.group = path(t, m.ctx)
	if m.easy {
		// Easy Read's group page starts with what to do; who is in it is
		// a page of its own.
		m.open(t, path(t, m.ctx)+"/members")
	}
	text := mainText(t, m.ctx)
	for _, p := range []community.Person{s.wisher.who, s.backer.who, s.third.who} {
		if !strings.Contains(text, p.Name) {
			t.Errorf("the group's page does not name %s; it says: %s", p.Name, text)
		}
	}
	// Each is asked for their own promise: the backer £4 a week.
	m.open(t, "/")
	if text := mainText(t, m.ctx); !strings.Contains(text, "£4") {
		t.Errorf("the backer's home page does not ask for their own £4; it says: %s", text)
	}
}

// providerAnswers: the provider's owner finds the group among those near
// the places it works and sends an offer, first with no "when", which is
// refused in plain words with what was typed kept.
func (s *wishStory) providerAnswers(t *testing.T) {
	m := s.seller
	m.open(t, "/providers/"+s.provider.ID)
	m.click(t, "a", m.l.T("provider.near_link"), 200)
	s.measure(t, m, "provider-near", false)
	href := "/providers/" + s.provider.ID + "/offers/new?group=" + strings.TrimPrefix(s.group, "/groups/")
	if n := eval[int](t, m.ctx, `document.querySelectorAll('main a[href=`+js(href)+`]').length`); n != 1 {
		t.Fatalf("the group is not offered to the provider (%d links to %s); main says: %s", n, href, mainText(t, m.ctx))
	}
	if strings.Contains(mainText(t, m.ctx), s.wisher.who.Name) {
		t.Errorf("the provider's page names a member of the group: %s", mainText(t, m.ctx))
	}
	m.open(t, href)
	values := map[string]string{"tier_people_1": "1", "tier_price_1": "9", "tier_people_2": "3", "tier_price_2": "6",
		"tier_people_3": "", "tier_price_3": "", "tier_people_4": "", "tier_price_4": "",
		"easy_text": "Come on Fridays. It costs less when more of you come."}
	action := "/providers/" + s.provider.ID + "/offers"
	if m.easy {
		// Easy Read asks the offer on short pages: what, prices, when,
		// the words; "when" sent empty comes back on its own page.
		for part := 1; part <= 2; part++ {
			s.measure(t, m, "offer-new-"+string(rune('0'+part)), true)
			fillWish(t, m.ctx, values)
			m.press(t, action, 200)
		}
		s.measure(t, m, "offer-new-3", true)
	} else {
		fillWish(t, m.ctx, values)
	}
	m.press(t, action, 400)
	if got := readErrorSummary(t, m.ctx); !got.Visible || !slices.Contains(got.Links, "#when") {
		t.Errorf("an offer with no when: error summary %+v, want one linking to when", got)
	}
	if !m.easy {
		if v := eval[string](t, m.ctx, `document.getElementById('easy_text').value`); v != values["easy_text"] {
			t.Errorf("the refused offer lost its words: %q", v)
		}
	}
	fillWish(t, m.ctx, map[string]string{"when": "Friday evenings from 15 January"})
	if m.easy {
		m.press(t, action, 200)
		s.measure(t, m, "offer-new-4", true)
		fillWish(t, m.ctx, values)
	}
	m.press(t, action, 200)
	wantPath(t, m.ctx, "/providers/"+s.provider.ID+"/near?done=offered")
	wantSaid(t, m.ctx, m.l.T("near.offered"))
}

// groupProposes: a member opens the group's offers and makes the offer a
// spend proposal in one step; the organiser then blocks the provider,
// whose next offer is refused.
func (s *wishStory) groupProposes(t *testing.T) {
	m := s.backer
	m.open(t, s.group)
	m.click(t, "a", m.l.T("offers.link", 1), 200)
	wantSaid(t, m.ctx, "Come on Fridays. It costs less when more of you come.", m.l.T("offers.spend.session", 3, "£18"))
	m.click(t, "button", m.l.T("offers.propose")+": "+s.provider.Name, 200)
	if !strings.HasPrefix(path(t, m.ctx), s.group+"/proposals/") {
		t.Fatalf("making the offer a proposal went to %s; main says: %s", path(t, m.ctx), mainText(t, m.ctx))
	}
	if text := mainText(t, m.ctx); !strings.Contains(text, "£18") || !strings.Contains(text, s.provider.Name) {
		t.Errorf("the proposal does not say £18 to %s: %s", s.provider.Name, text)
	}
	w := s.wisher
	w.open(t, s.group+"/offers")
	w.click(t, "button", w.l.T("offers.block")+": "+s.provider.Name, 200)
	wantSaid(t, w.ctx, w.l.T("offers.blocked", s.provider.Name))
	seller := httpMemberAt(t, s.site.URL, s.seller.who)
	// Its form is no longer offered; the offer sent all the same is refused.
	if page, err := seller.h.Get("/providers/" + s.provider.ID + "/offers/new?group=" + strings.TrimPrefix(s.group, "/groups/")); err != nil || page.Status != 403 {
		t.Errorf("the blocked provider's offer form: %d %v, want 403", page.Status, err)
	}
	page, err := seller.h.Post("/providers/"+s.provider.ID+"/offers", url.Values{"group": {strings.TrimPrefix(s.group, "/groups/")},
		"unit": {"session"}, "when": {"Mondays"}, "easy_text": {"Cheaper now."}, "tier_people_1": {"1"}, "tier_price_1": {"5"}})
	if err != nil || page.Status != 403 || !strings.Contains(page.Body, "does not take offers from this provider") {
		t.Errorf("an offer from the blocked provider: %d %v, want 403 saying so; the page says: %.3000s", page.Status, err, page.Body)
	}
}
