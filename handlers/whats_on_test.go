package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestWhatsOnAndCalendars: an organiser shows a session on What's on; a
// member nearby who is not in the group finds it by interest and day,
// never who is going, and puts it on their calendar; the group's members
// find it in theirs. The feed parses back as iCalendar, a replaced link
// and another member's group find nothing, and signing out everywhere
// replaces the link. Bad input is refused in plain words with what was
// typed, and saves nothing.
func TestWhatsOnAndCalendars(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	organiser, path := startOpenGroup(t, site)
	groupID := strings.TrimPrefix(path, "/groups/")
	member, memberP := joinAs(t, site, path, 1)
	day := time.Now().AddDate(0, 0, 3).Format("2006-01-02")
	session := url.Values{"text": {"Swim and chips"}, "on": {day}, "from": {"18:30"}, "to": {"20:00"}, "public": {"yes"}}

	// Bad input: each refused with what was typed, nothing posted.
	for field, bad := range map[string]struct{ value, says string }{
		"venue": {"", "Say where the session is"},
		"from":  {"half six", "Enter the time as hours and minutes"},
		"to":    {"17:00", "The end time must be after the start time"},
	} {
		form := url.Values{}
		for k, v := range session {
			form[k] = v
		}
		form.Set("venue", "Cowley pool")
		form.Set(field, bad.value)
		resp := organiser.submit(path, path+"/board", form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, bad.says) || !strings.Contains(resp.Body, "Swim and chips") {
			t.Errorf("a session with %s %q: %d, want 400 saying %q and keeping the words", field, bad.value, resp.Status, bad.says)
		}
	}
	nonOrganiser := url.Values{"venue": {"Cowley pool"}}
	for k, v := range session {
		nonOrganiser[k] = v
	}
	if resp := member.post(path+"/board", merged(member.form(path, path+"/board", nil, nil), nonOrganiser)); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Only an organiser") {
		t.Errorf("a member who is not an organiser showing a session: %d, want 400 saying only an organiser may", resp.Status)
	}
	if posts, _ := site.Store.Board(t.Context(), groupID); len(posts) != 0 {
		t.Fatalf("refused sessions were posted: %d", len(posts))
	}
	session.Set("venue", "Cowley pool, Temple Road")
	if resp := organiser.submit(path, path+"/board", session); resp.Status != http.StatusSeeOther {
		t.Fatalf("posting a public session: %d\n%s", resp.Status, resp.Body)
	}
	private := url.Values{"text": {"Committee tea"}, "on": {day}}
	if resp := organiser.submit(path, path+"/board", private); resp.Status != http.StatusSeeOther {
		t.Fatalf("posting a members' session: %d", resp.Status)
	}

	// A member nearby who is not in the group.
	var stranger *browser
	var strangerID string
	for _, p := range plainPeople(site, 0) {
		if p.District == "OX4" && p.ID != memberP.ID && !strings.Contains(organiser.get("/me").Body, p.Name) {
			stranger, strangerID = site.browser(t), p.ID
			stranger.signInAs(p)
			break
		}
	}
	if stranger == nil {
		t.Fatal("no plain-English demo member in OX4")
	}
	weekday := strings.ToLower(time.Now().AddDate(0, 0, 3).Weekday().String()[:3])
	on := stranger.get("/whats-on?interest=swimming&day=" + weekday + "&within=5")
	if on.Status != http.StatusOK || !strings.Contains(on.Body, "Swim and chips") || !strings.Contains(on.Body, "Cowley pool, Temple Road") {
		t.Fatalf("What's on for swimming on %s: %d, want the public session with its venue", weekday, on.Status)
	}
	if strings.Contains(on.Body, "Committee tea") || strings.Contains(on.Body, memberP.Name) {
		t.Error("What's on shows a members' session, or who is going")
	}
	if other := stranger.get("/whats-on?interest=cooking&day=" + weekday); strings.Contains(other.Body, "Swim and chips") {
		t.Error("What's on for cooking shows a swimming session")
	}
	if bad := stranger.get("/whats-on?day=someday"); bad.Status != http.StatusBadRequest || !strings.Contains(bad.Body, "Choose a day from the list") {
		t.Errorf("What's on for a day not in the list: %d", bad.Status)
	}
	posts, _ := site.Store.Board(t.Context(), groupID)
	var public community.Post
	for _, p := range posts {
		if p.Public {
			public = p
		}
	}
	key := "post-" + public.ID
	if resp := stranger.submit("/whats-on/"+key, "/whats-on/"+key+"/calendar", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("adding the session to a calendar: %d", resp.Status)
	}
	if resp := stranger.submit("/whats-on/"+key, "/whats-on/"+key+"/calendar", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("taking the session off: %d", resp.Status)
	}
	if resp := stranger.submit("/whats-on/"+key, "/whats-on/"+key+"/calendar", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("adding the session again: %d", resp.Status)
	}

	feedOf := func(b *browser) string {
		t.Helper()
		page := b.get("/me/calendar")
		_, rest, found := strings.Cut(page.Body, `id="feed-link" type="text" readonly value="`)
		if !found {
			t.Fatalf("the calendar page shows no link:\n%s", page.Body)
		}
		link, _, _ := strings.Cut(rest, `"`)
		return strings.TrimPrefix(link, site.URL)
	}
	parsed := func(b *browser, link string) *ics.Calendar {
		t.Helper()
		resp := b.get(link)
		if resp.Status != http.StatusOK {
			t.Fatalf("the feed %s: %d", link, resp.Status)
		}
		cal, err := ics.ParseCalendar(strings.NewReader(resp.Body))
		if err != nil {
			t.Fatalf("the feed does not parse: %v\n%s", err, resp.Body)
		}
		return cal
	}
	strangerFeed := feedOf(stranger)
	events := parsed(site.browser(t), strangerFeed).Events()
	if len(events) != 1 || events[0].Id() != key+"@clubtogether" {
		t.Fatalf("the stranger's feed has %d events, want the one session chosen", len(events))
	}
	start := events[0].GetProperty(ics.ComponentPropertyDtStart)
	if start.Value != strings.ReplaceAll(day, "-", "")+"T183000" || start.ICalParameters["TZID"][0] != "Europe/London" {
		t.Errorf("the session starts at %s %v, want 18:30 London time on %s", start.Value, start.ICalParameters, day)
	}
	if loc := events[0].GetProperty(ics.ComponentPropertyLocation); loc == nil || loc.Value != "Cowley pool, Temple Road, OX4" {
		t.Errorf("the session's place in the feed: %+v", loc)
	}

	// The group's member makes a link: both sessions of their group.
	if resp := member.submit("/me/calendar", "/me/calendar/new-link", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("making a calendar link: %d", resp.Status)
	}
	memberFeed := feedOf(member)
	if n := len(parsed(site.browser(t), memberFeed).Events()); n != 2 {
		t.Errorf("the member's feed has %d sessions, want both of the group's", n)
	}
	// The stranger is in no group: nothing of it but the public session.
	if n := len(parsed(site.browser(t), strangerFeed).Events()); n != 1 {
		t.Errorf("the stranger's feed has %d sessions, want the one chosen", n)
	}
	if n := len(parsed(site.browser(t), memberFeed+"?group="+groupID).Events()); n != 2 {
		t.Errorf("the member's feed of the group has %d sessions, want 2", n)
	}
	if resp := site.browser(t).get(strangerFeed + "?group=" + groupID); resp.Status != http.StatusNotFound || !strings.Contains(resp.Body, "You are not in this group") {
		t.Errorf("a feed of a group the member is not in: %d, want 404 saying so", resp.Status)
	}

	// Only its writer or an organiser takes a session off; then it is on
	// no calendar and not on What's on.
	removal := path + "/board/" + public.ID + "/remove"
	if resp := member.get(removal); resp.Status != http.StatusForbidden || !strings.Contains(resp.Body, "Only the member who posted it") {
		t.Errorf("a member taking off the organiser's session: %d, want 403 saying who may", resp.Status)
	}
	if resp := organiser.submit(removal, removal, nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("taking the session off: %d", resp.Status)
	}
	if n := len(parsed(site.browser(t), strangerFeed).Events()); n != 0 {
		t.Errorf("the stranger's feed has %d sessions after it was called off, want none", n)
	}
	if on := stranger.get("/whats-on?interest=swimming&day=" + weekday + "&within=5"); strings.Contains(on.Body, "Swim and chips") {
		t.Error("What's on shows a session called off")
	}

	// A new link ends the old; signing out everywhere makes a new one.
	if resp := member.submit("/me/calendar", "/me/calendar/new-link", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("making a new link: %d", resp.Status)
	}
	if resp := site.browser(t).get(memberFeed); resp.Status != http.StatusNotFound || !strings.Contains(resp.Body, "This calendar link does not work any more") {
		t.Errorf("the old link: %d, want 404 saying it does not work any more", resp.Status)
	}
	renewed := feedOf(member)
	if renewed == memberFeed {
		t.Fatal("a new link is the old one")
	}
	if resp := member.submit("/me", "/me/sign-out-everywhere", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("signing out everywhere: %d", resp.Status)
	}
	if resp := site.browser(t).get(renewed); resp.Status != http.StatusNotFound {
		t.Errorf("the link from before signing out everywhere: %d, want 404", resp.Status)
	}

	// A suspension ends every way in, the calendar link too.
	if err := site.Store.Suspend(t.Context(), strangerID, "a moderator", time.Now()); err != nil {
		t.Fatal(err)
	}
	if resp := site.browser(t).get(strangerFeed); resp.Status != http.StatusNotFound {
		t.Errorf("a suspended member's feed: %d, want 404", resp.Status)
	}
}
