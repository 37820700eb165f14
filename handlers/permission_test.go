package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// makeMentor makes a demo member an approved mentor, as a moderator
// would.
func makeMentor(t *testing.T, site *testSite, p community.Person) {
	t.Helper()
	if _, err := site.Store.OfferMentor(t.Context(), community.Mentor{PersonID: p.ID, HelpWith: []string{"sign_up"}, FreeTimes: 1,
		Languages: []string{"English"}, Why: "I like helping.", Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Store.ApproveMentor(t.Context(), p.ID, "mod", "met them", time.Time{}); err != nil {
		t.Fatal(err)
	}
}

// plainPeople are demo members who read plain English and show their
// profile, from the nth on.
func plainPeople(site *testSite, from int) []community.Person {
	var out []community.Person
	for _, p := range site.visible()[from:] {
		if !p.Display.EasyRead {
			out = append(out, p)
		}
	}
	return out
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(body, want) {
			t.Errorf("%s does not say %q", what, want)
		}
	}
}

// TestAMemberLetsAMentorHelp: a member gives an approved mentor
// permission on /permissions, after reading what it costs; refusals are
// in words with the form as typed; the mentor helps (banner on every page,
// only the pages the scopes cover), joins, pays in and edits the profile
// for them; the member reads each act in their log, linked from home, and
// takes the permission back, after which the mentor is refused.
func TestAMemberLetsAMentorHelp(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	_, path := startOpenGroup(t, site)
	people := plainPeople(site, 3)
	samP, priyaP, offeredP, blockedP := people[0], people[1], people[2], people[3]
	makeMentor(t, site, priyaP)
	makeMentor(t, site, blockedP)
	if _, err := site.Store.OfferMentor(t.Context(), community.Mentor{PersonID: offeredP.ID, Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	sam, priya := site.browser(t), site.browser(t)
	sam.signInAs(samP)
	priya.signInAs(priyaP)
	if resp := sam.submit("/people/"+blockedP.ID, "/people/"+blockedP.ID+"/block", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("blocking: %d", resp.Status)
	}

	page := sam.get("/permissions")
	if page.Status != http.StatusOK {
		t.Fatalf("/permissions: %d", page.Status)
	}
	mustContain(t, "the permissions page", page.Body, "you promise the money that group asks, for example £50",
		"Help me get back in", priyaP.Name)
	if strings.Contains(page.Body, `value="`+blockedP.ID+`"`) {
		t.Error("a blocked mentor is offered")
	}

	week := url.Values{"scopes": {"groups", "payments", "profile"}, "length": {"week"}}
	refusals := []struct {
		name   string
		values url.Values
		says   string
	}{
		{"not approved", url.Values{"mentor": {offeredP.ID}}, "is not a checked mentor"},
		{"blocked", url.Values{"mentor": {blockedP.ID}}, "one of you has blocked the other"},
		{"yourself", url.Values{"mentor": {samP.ID}}, "You cannot give yourself permission"},
		{"an unknown scope", url.Values{"mentor": {priyaP.ID}, "scopes": {"vote"}}, "Tick at least one thing"},
		{"a year", url.Values{"mentor": {priyaP.ID}, "length": {"year"}}, "from 1 day to 3 months"},
	}
	for _, r := range refusals {
		resp := sam.submit("/permissions", "/permissions", merged(week, r.values))
		if resp.Status != http.StatusBadRequest {
			t.Errorf("%s: %d, want the form again", r.name, resp.Status)
			continue
		}
		mustContain(t, r.name, resp.Body, r.says, "error-summary")
		if r.name == "a year" {
			mustContain(t, "the form as typed", resp.Body, `value="payments" checked`, `value="`+priyaP.ID+`" selected`)
		}
	}
	easy := site.browser(t)
	easy.signInAs(samP)
	easy.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	mustContain(t, "the Easy Read page", easy.get("/permissions").Body, `href="/permissions/give"`, `href="/permissions/recovery"`)
	if _, has := easy.hasForm("/permissions", "/permissions"); has {
		t.Error("Easy Read shows the form to give permission beside everything else")
	}
	if resp := easy.submit("/permissions/give", "/permissions", merged(week, url.Values{"mentor": {priyaP.ID}, "length": {"year"}})); resp.Status != http.StatusBadRequest {
		t.Errorf("in Easy Read, a year: %d", resp.Status)
	} else {
		mustContain(t, "the Easy Read refusal", resp.Body, "Choose how long. 1 day to 3 months.")
	}

	if resp := sam.submit("/permissions", "/permissions", merged(week, url.Values{"mentor": {priyaP.ID}})); resp.Status != http.StatusSeeOther {
		t.Fatalf("giving permission: %d\n%s", resp.Status, resp.Body)
	}
	mustContain(t, "the member's list", sam.get("/permissions").Body, "Take back "+theirsHTML(priyaP.Name))

	mustContain(t, "the mentor's page", priya.get("/permissions").Body, "People who let you help them", "Help "+theirsHTML(samP.Name))
	if resp := priya.submit("/permissions", "/helping", url.Values{"member": {samP.ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("starting to help: %d", resp.Status)
	}
	group := priya.get(path)
	mustContain(t, "the group page while helping", group.Body, "You are helping "+samP.Name, `action="/helping/stop"`, path+"/join")
	for _, shut := range []string{"/messages", "/me", "/me/passkeys", "/invites", "/suggestions", "/people/" + samP.ID} {
		p := priya.get(shut)
		if p.Status != http.StatusForbidden {
			t.Errorf("%s while helping: %d, want shut", shut, p.Status)
		}
		mustContain(t, shut+" while helping", p.Body, "While you are helping "+samP.Name+" you cannot do this. Stop helping first.")
	}
	if resp := priya.submit(path, path+"/join", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("joining for Sam: %d\n%s", resp.Status, resp.Body)
	}
	stale := priya.form(path, path+"/payments", nil, url.Values{"amount": {"5"}, "method": {"cash"}})
	if resp := priya.post(path+"/payments", stale); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying in for Sam: %d\n%s", resp.Status, resp.Body)
	}
	if resp := priya.post(path+"/proposals", url.Values{"spend_amount": {"1"}}); resp.Status != http.StatusForbidden {
		t.Errorf("proposing while helping: %d, want refused", resp.Status)
	}
	if leave := priya.get(path + "/leave"); leave.Status != http.StatusOK || !strings.Contains(leave.Body, path+"/leave") {
		t.Errorf("the leave page for Sam while helping: %d", leave.Status)
	}
	edit := priya.get("/me/edit")
	mustContain(t, "the profile form while helping", edit.Body, samP.Name)
	fresh, _ := site.Store.Person(t.Context(), samP.ID)
	profile := goodProfile(fresh)
	profile.Set("name", samP.Name)
	profile.Set("about", "Helped by a mentor.")
	if resp := priya.submit("/me/edit", "/me/edit", profile); resp.Status != http.StatusSeeOther || resp.Location != "/permissions?done=profile" {
		t.Fatalf("editing Sam's profile: %d to %q", resp.Status, resp.Location)
	}
	if got, _ := site.Store.Person(t.Context(), samP.ID); got.About != "Helped by a mentor." {
		t.Errorf("Sam's profile says %q", got.About)
	}
	if mine, _ := site.Store.Person(t.Context(), priyaP.ID); mine.About == "Helped by a mentor." {
		t.Error("the mentor's own profile was changed")
	}

	if resp := priya.post("/helping/stop", url.Values{}); resp.Status != http.StatusSeeOther {
		t.Fatalf("stopping: %d", resp.Status)
	}
	if p := priya.get("/messages"); p.Status != http.StatusOK || strings.Contains(p.Body, "You are helping") {
		t.Errorf("after stopping, /messages: %d, banner %v", p.Status, strings.Contains(p.Body, "You are helping"))
	}
	if resp := priya.post(path+"/payments", stale); resp.Status == http.StatusSeeOther {
		t.Error("a payment form shown while helping Sam was taken, after stopping, as the mentor's own")
	}
	g, _ := site.Store.Group(t.Context(), strings.TrimPrefix(path, "/groups/"))
	if _, in := g.Member(samP.ID); !in {
		t.Error("Sam is not in the group")
	}
	if _, in := g.Member(priyaP.ID); in {
		t.Error("the mentor joined for themselves")
	}

	mustContain(t, "Sam's home page", sam.get("/").Body, "did 3 things for you", `href="/permissions#acts"`)
	log := sam.get("/permissions").Body
	mustContain(t, "Sam's log", log, priyaP.Name+" joined the", priyaP.Name+" recorded that you paid £5", priyaP.Name+" changed your profile")
	if strings.Contains(sam.get("/").Body, "things for you") {
		t.Error("home still says there is something new after reading the log")
	}

	if resp := priya.post("/helping", url.Values{"member": {samP.ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("helping again: %d", resp.Status)
	}
	given, _ := site.Store.PermissionsGiven(t.Context(), samP.ID)
	if resp := sam.submit("/permissions", "/permissions/"+given[0].ID+"/end", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("taking back: %d\n%s", resp.Status, resp.Body)
	}
	mustContain(t, "Sam's log", sam.get("/permissions").Body, "you took back "+priyaP.Name)
	resp := priya.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}})
	if resp.Status != http.StatusForbidden {
		t.Errorf("paying in for Sam after it was taken back: %d, want refused", resp.Status)
	}
	mustContain(t, "the refusal", resp.Body, "their permission has ended or been taken back")
	priya.post("/helping/stop", url.Values{})
	if resp := priya.post("/helping", url.Values{"member": {samP.ID}}); resp.Status != http.StatusForbidden {
		t.Errorf("helping after it was taken back: %d, want refused", resp.Status)
	}
}

// siteClock is a clock a test moves on.
type siteClock struct {
	mu sync.Mutex
	at time.Time
}

func (c *siteClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.at }
func (c *siteClock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.at = c.at.Add(d) }

// siteOnClock starts a site of its own whose clock the test moves, from
// at, with the demo's members.
func siteOnClock(t *testing.T, at time.Time) (*testSite, *siteClock, *sitetest.Site) {
	t.Helper()
	clock := &siteClock{at: at}
	st := sitetest.StartT(t, sitetest.Options{Clock: clock.Now})
	people, err := st.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return &testSite{URL: st.URL, Store: st.App.Store, People: people, Actions: st.App.Actions}, clock, st
}

// TestAPermissionEndsByItself: a day's permission, on the site's clock a
// day and a minute later, lets the mentor do nothing more, and the page
// says so.
func TestAPermissionEndsByItself(t *testing.T) {
	site, clock, _ := siteOnClock(t, time.Now())
	_, path := startOpenGroup(t, site)
	plain := plainPeople(site, 3)
	samP, priyaP := plain[0], plain[1]
	makeMentor(t, site, priyaP)
	sam, priya := site.browser(t), site.browser(t)
	sam.signInAs(samP)
	priya.signInAs(priyaP)
	if resp := sam.submit("/permissions/give", "/permissions", url.Values{"mentor": {priyaP.ID}, "scopes": {"groups"}, "length": {"day"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("giving a day: %d", resp.Status)
	}
	if resp := priya.submit("/permissions", "/helping", url.Values{"member": {samP.ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("starting to help: %d", resp.Status)
	}
	join := priya.form(path, path+"/join", nil, nil)
	clock.Add(24*time.Hour + time.Minute)
	if resp := priya.post(path+"/join", join); resp.Status != http.StatusForbidden {
		t.Errorf("joining for Sam a day and a minute on: %d, want refused", resp.Status)
	}
	mustContain(t, "the mentor's page", priya.get("/permissions").Body, "permission has ended or been taken back, so you cannot do anything")
	mustContain(t, "the member's page", sam.get("/permissions").Body, "This has ended.")
}
