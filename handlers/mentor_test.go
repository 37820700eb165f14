package handlers_test

import (
	"html"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
)

// demoRole returns the demo member who plays a part on the demo page.
func (s *testSite) demoRole(t *testing.T, key string) community.Person {
	t.Helper()
	roles := demo.Roles(demo.DefaultSeed)
	i := slices.IndexFunc(roles, func(r demo.Role) bool { return r.Key == key })
	p, err := s.Store.Person(t.Context(), roles[i].PersonID)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// freshMember is a visible demo member in district with no part in the
// demo, nor in any group.
func (s *testSite) freshMember(t *testing.T, district string, not ...string) community.Person {
	t.Helper()
	cast := map[string]bool{}
	for _, r := range demo.Roles(demo.DefaultSeed) {
		cast[r.PersonID] = true
	}
	for _, p := range s.visible() {
		if groups, _ := s.Store.GroupsOf(t.Context(), p.ID); p.District == district && !p.Display.EasyRead && !cast[p.ID] &&
			!slices.Contains(not, p.ID) && len(groups) == 0 {
			if _, err := s.Store.Mentor(t.Context(), p.ID); err != nil {
				return p
			}
		}
	}
	t.Fatalf("no fresh member in %s", district)
	return community.Person{}
}

func wantIn(t *testing.T, what string, p page, status int, words ...string) {
	t.Helper()
	if p.Status != status {
		t.Errorf("%s: status %d, want %d", what, p.Status, status)
	}
	for _, w := range words {
		if !strings.Contains(p.Body, w) {
			t.Errorf("%s: the page does not say %q", what, w)
		}
	}
}

// TestMentoring: a member offers to mentor (bad input comes back as typed,
// with a summary linking to each field; a double submit saves once); until
// a moderator approves them they cannot take a request, and nobody but a
// moderator can approve; the moderator's check shows as a dated badge; the
// new mentor then sees the demo newcomer's request near them, takes it
// (twice, saved once; another mentor cannot take it too), and both see it
// go from asked to taken to done.
func TestMentoring(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	newcomer, moderator, demoMentor := site.demoRole(t, "newcomer"), site.demoRole(t, "moderator"), site.demoRole(t, "mentor")
	priya := site.freshMember(t, "OX4")
	p, n, m, d := site.browser(t), site.browser(t), site.browser(t), site.browser(t)
	p.signInAs(priya)
	n.signInAs(newcomer)
	m.signInAs(moderator)
	d.signInAs(demoMentor)
	ctx := t.Context()

	roles := p.get("/demo")
	for _, key := range []string{"Try the site as", "A member who reads Easy Read", "An approved peer mentor", "A new member waiting for help",
		"treasurer", "owner", "A moderator", html.EscapeString(moderator.Name)} {
		if !strings.Contains(roles.Body, key) {
			t.Errorf("the demo page does not name %q", key)
		}
	}

	bad := p.submit("/mentors/offer", "/mentors/offer", url.Values{"why": {"I like helping"}, "kind": {"staff"}, "languages": {"English, Urdu"}})
	wantIn(t, "an empty offer", bad, http.StatusBadRequest, "There is a problem", `href="#help_with-find_group"`, `href="#time-mon-morning"`,
		"Choose at least one thing you can help with", "Give the name of the organisation you work for", `href="#organisation_kind-housing_association"`,
		"I like helping", `value="English, Urdu"`)

	offer := p.form("/mentors/offer", "/mentors/offer", nil, url.Values{
		"help_with": {"find_group", "talking"}, "free_times": {"tue-evening", "sat-morning"}, "languages": {"English, Urdu"},
		"why": {"I was new here once."}, "kind": {"staff"}, "organisation": {"Oxford Housing"}, "organisation_kind": {"housing_association"}})
	for range 2 {
		if resp := p.post("/mentors/offer", offer); resp.Status != http.StatusSeeOther || resp.Location != "/mentors?done=offered" {
			t.Fatalf("offering to mentor: %d %s", resp.Status, resp.Location)
		}
	}
	saved, err := site.Store.Mentor(ctx, priya.ID)
	if err != nil || saved.Version != 1 || saved.Organisation != "Oxford Housing" || !slices.Equal(saved.Languages, []string{"English", "Urdu"}) {
		t.Fatalf("the offer sent twice: %+v %v", saved, err)
	}
	wantIn(t, "the offer waiting", p.get("/mentors"), http.StatusOK, "A moderator will check your offer")

	open, err := site.Store.OpenHelps(ctx)
	if err != nil || len(open) != 1 || open[0].By != newcomer.ID {
		t.Fatalf("the demo's open help requests: %+v %v", open, err)
	}
	request := open[0].ID
	take := url.Values{"key": {site.Actions.FormKey(priya.ID, "help-take")}}
	wantIn(t, "taking a request before approval", p.post("/help/"+request+"/take", take), http.StatusForbidden,
		"Only mentors a moderator has approved can take requests")

	approveAt := "/moderation/mentors/" + priya.ID
	wantIn(t, "a member opening the approval form", n.get(approveAt), http.StatusForbidden)
	refused := n.post(approveAt+"/approve", url.Values{"key": {site.Actions.FormKey(newcomer.ID, "mentor-approve")}, "checks": {"trust me"}})
	wantIn(t, "a member approving a mentor", refused, http.StatusForbidden)
	wantIn(t, "approving yourself", p.post(approveAt+"/approve", url.Values{"key": {site.Actions.FormKey(priya.ID, "mentor-approve")}, "checks": {"me"}}),
		http.StatusForbidden)
	if again, _ := site.Store.Mentor(ctx, priya.ID); again.Approved() {
		t.Fatal("a member who is not a moderator approved a mentor")
	}

	wantIn(t, "the moderation queue", m.get("/moderation"), http.StatusOK, `href="/moderation/mentors/`+priya.ID+`"`)
	tomorrow := community.InLondon(time.Now()).AddDate(0, 0, 2).Format("2006-01-02")
	for typed, want := range map[string]string{"": "Say what you checked before approving", "31/02/2026": "Enter the DBS check date as a date", tomorrow: "cannot be after today"} {
		checks := "works for Oxford Housing"
		if typed == "" {
			checks = " "
		}
		resp := m.submit(approveAt, approveAt+"/approve", url.Values{"checks": {checks}, "dbs_date": {typed}})
		wantIn(t, "approving with "+typed, resp, http.StatusBadRequest, want, "There is a problem")
	}
	approval := m.form(approveAt, approveAt+"/approve", nil, url.Values{"checks": {"works for Oxford Housing"}, "dbs_date": {"2026-02-01"}})
	for range 2 {
		if resp := m.post(approveAt+"/approve", approval); resp.Status != http.StatusSeeOther {
			t.Fatalf("approving: %d", resp.Status)
		}
	}
	today := community.InLondon(time.Now()).Format("2 January 2006")
	// What the moderator wrote of their checks is marked as theirs.
	badge := "Checked by a moderator on " + today + `: <bdi class="theirs">works for Oxford Housing</bdi>; DBS check 1 February 2026`
	wantIn(t, "the mentor's profile", n.get("/people/"+priya.ID), http.StatusOK, badge, "Works for Oxford Housing (a housing association)")

	mine := p.get("/mentors")
	wantIn(t, "the mentor's page", mine, http.StatusOK, badge, `href="/invites"`, "Invite someone new",
		theirsHTML(newcomer.Name)+" would like help to find a group")
	wantIn(t, "the new member's suggestions", n.get("/help"), http.StatusOK, html.EscapeString(priya.Name), "Helps with finding a group and talking to people safely.",
		"Waiting for a mentor to take it")

	taking := p.form("/mentors", "/help/"+request+"/take", nil, nil)
	for range 2 {
		if resp := p.post("/help/"+request+"/take", taking); resp.Status != http.StatusSeeOther {
			t.Fatalf("taking the request: %d", resp.Status)
		}
	}
	if h, _ := site.Store.Help(ctx, request); h.TakenBy != priya.ID {
		t.Fatalf("the request was taken by %q", h.TakenBy)
	}
	late := d.post("/help/"+request+"/take", url.Values{"key": {site.Actions.FormKey(demoMentor.ID, "help-take")}})
	wantIn(t, "a second mentor taking it", late, http.StatusConflict, "Another mentor has already taken this request")
	wantIn(t, "the new member's progress", n.get("/help"), http.StatusOK, "Taken by "+theirsHTML(priya.Name))
	wantIn(t, "the new member's home page", n.get("/"), http.StatusOK, html.EscapeString(priya.Name)+" is helping you to find a group")
	wantIn(t, "the mentor's home page", p.get("/"), http.StatusOK, "You are helping "+html.EscapeString(newcomer.Name)+" to find a group")

	if resp := p.submit("/mentors", "/help/"+request+"/done", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("saying it is done: %d", resp.Status)
	}
	wantIn(t, "the new member's finished request", n.get("/help"), http.StatusOK, "Done on ")
}

// TestAskingForHelp: bad input comes back as typed; the same form sent
// twice asks once; a mentor the member blocked never sees the request
// and cannot take it.
func TestAskingForHelp(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	mentor := site.demoRole(t, "mentor")
	sam := site.freshMember(t, "OX4")
	s, m := site.browser(t), site.browser(t)
	s.signInAs(sam)
	m.signInAs(mentor)

	profile := goodProfile(sam)
	profile.Set("name", sam.Name)
	profile.Set("languages", "a, b, c, d, e, f, g")
	wantIn(t, "seven languages", s.submit("/me/edit", "/me/edit", profile), http.StatusBadRequest, "Give at most 6 languages", `value="a, b, c, d, e, f, g"`)
	profile.Set("languages", "Polish,  english ")
	if resp := s.submit("/me/edit", "/me/edit", profile); resp.Status != http.StatusSeeOther {
		t.Fatalf("saving languages: %d", resp.Status)
	}
	wantIn(t, "the profile", s.get("/me"), http.StatusOK, "Polish, english")
	wantIn(t, "a mentor who speaks them", s.get("/help"), http.StatusOK, "Speaks Polish and english, like you.")

	wantIn(t, "asking for nothing", s.submit("/help/ask", "/help/ask", url.Values{"words": {"I am shy"}}), http.StatusBadRequest,
		"Choose what you would like help with", `href="#what-find_group"`, "I am shy")
	wantIn(t, "the form with a mentor chosen", s.get("/help/ask?mentor="+mentor.ID), http.StatusOK, `value="`+mentor.ID+`" checked`)

	ask := s.form("/help/ask", "/help/ask", nil, url.Values{"what": {"profile"}, "mentor": {mentor.ID}})
	for range 2 {
		if resp := s.post("/help/ask", ask); resp.Status != http.StatusSeeOther || resp.Location != "/help?done=asked" {
			t.Fatalf("asking: %d %s", resp.Status, resp.Location)
		}
	}
	mine, _ := site.Store.HelpsBy(t.Context(), sam.ID)
	if len(mine) != 1 || mine[0].Mentor != mentor.ID {
		t.Fatalf("the same form sent twice made %d requests", len(mine))
	}
	wantIn(t, "the mentor asked by name", m.get("/mentors"), http.StatusOK, "Asked you by name", theirsHTML(sam.Name)+" would like help to write my profile")

	if resp := s.submit("/people/"+mentor.ID, "/people/"+mentor.ID+"/block", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("blocking: %d", resp.Status)
	}
	if page := m.get("/mentors"); strings.Contains(page.Body, html.EscapeString(sam.Name)) {
		t.Error("a blocked mentor still sees the request")
	}
	wantIn(t, "a blocked mentor taking it", m.post("/help/"+mine[0].ID+"/take", url.Values{"key": {site.Actions.FormKey(mentor.ID, "help-take")}}),
		http.StatusNotFound)
	if page := s.get("/help"); strings.Contains(page.Body, `href="/help/ask?mentor=`+mentor.ID+`"`) {
		t.Error("a mentor the member blocked is still suggested")
	}

	m.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	for path, words := range map[string]string{"/mentors": "A mentor is a member who helps new people.", "/mentors/offer": "Say how you can help.",
		"/help": "A mentor can help you.", "/help/ask": "Say what you want help with."} {
		wantIn(t, "Easy Read "+path, m.get(path), http.StatusOK, words)
	}
}

// theirsHTML is a name as a page shows words a member wrote: marked as
// theirs.
func theirsHTML(name string) string {
	return `<bdi class="theirs">` + html.EscapeString(name) + `</bdi>`
}
