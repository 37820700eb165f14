package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// groupForm is a good form for a group that asks first, around a listing.
func groupFormFor(listing string) url.Values {
	return url.Values{
		"listing": {listing}, "name": {"Tuesday swimmers"}, "purpose": {"We share lessons."},
		"easy_summary": {"We swim on Tuesdays."}, "interests": {"swimming"}, "district": {"ox4"}, "open": {"ask"},
		"max_size": {"4"}, "contribution": {"£5"}, "every": {"week"}, "times": {"10"}, "joining_fee": {""},
		"late_fee": {"2.50"}, "leaver": {"refund_unspent"}, "votes": {"majority"},
	}
}

func TestStartAGroupFromASuggestion(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	// Find a demo member who has a group they could start.
	var b *browser
	var listing string
	for _, p := range site.visible() {
		b = site.browser(t)
		b.signInAs(p)
		if m := regexp.MustCompile(`href="/groups/new\?listing=([0-9a-f]+)"`).FindStringSubmatch(b.get("/suggestions?within=10").Body); m != nil {
			listing = m[1]
			break
		}
	}
	if listing == "" {
		t.Fatal("no demo member has a group they could start")
	}
	form := b.get("/groups/new?listing=" + listing)
	if form.Status != http.StatusOK || !regexp.MustCompile(`We found \d+ people near you who could join`).MatchString(form.Body) {
		t.Fatalf("/groups/new from a suggestion: %d", form.Status)
	}

	bad := groupFormFor(listing)
	bad.Set("contribution", "5.555")
	bad.Set("max_size", "lots")
	resp := b.submit("/groups/new?listing="+listing, "/groups/new", bad)
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "What each member puts in can only have whole pence") ||
		!strings.Contains(resp.Body, "Enter a group size from 2 to 200") || !strings.Contains(resp.Body, `value="5.555"`) ||
		!strings.Contains(resp.Body, `value="lots"`) {
		t.Fatalf("bad amounts: %d; the form must say why and keep what was typed", resp.Status)
	}

	resp = b.submit("/groups/new?listing="+listing, "/groups/new", groupFormFor(listing))
	if resp.Status != http.StatusSeeOther || !strings.HasPrefix(resp.Location, "/groups/") {
		t.Fatalf("starting the group: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	groupPath := strings.TrimSuffix(resp.Location, "?done=started")
	id := strings.TrimPrefix(groupPath, "/groups/")
	page := b.get(resp.Location).Body
	for _, want := range []string{"Tuesday swimmers", "Your group has started", "Each member puts in £5 a week, 10 times (£50 in all).",
		"People who join after something was bought pay a late fee of £2.50 into the group&#39;s common fund.", "(organiser)", "(treasurer)"} {
		if !strings.Contains(page, want) {
			t.Errorf("the group page does not say %q", want)
		}
	}
	g, err := site.Store.Group(t.Context(), id)
	if err != nil || len(g.Invited) == 0 || g.Open {
		t.Fatalf("saved group %+v %v: want people invited and asking first", g, err)
	}

	t.Run("an invited member sees the invitation and joins", func(t *testing.T) {
		invited := site.browser(t)
		var person community.Person
		for _, id := range g.Invited {
			if p, _ := site.Store.Person(t.Context(), id); !p.Display.EasyRead {
				person = p
				break
			}
		}
		if person.ID == "" {
			t.Fatal("every invited member reads Easy Read")
		}
		invited.signInAs(person)
		if !strings.Contains(invited.get("/groups").Body, "Tuesday swimmers") {
			t.Error("/groups does not show the invitation")
		}
		page := invited.get(groupPath).Body
		if !strings.Contains(page, "You have been invited") || !strings.Contains(page, "If you leave, you get back your unspent money") {
			t.Error("the invited member does not see the invitation and the rules before joining")
		}
		// Two tabs open on the invitation: each has its own join form.
		tab := invited.form(groupPath, groupPath+"/join", nil, nil)
		other := invited.form(groupPath, groupPath+"/join", nil, nil)
		if resp := invited.post(groupPath+"/join", tab); resp.Status != http.StatusSeeOther {
			t.Fatalf("joining: %d", resp.Status)
		}
		if again := invited.post(groupPath+"/join", other); again.Status != http.StatusConflict || !strings.Contains(again.Body, "already in this group") {
			t.Errorf("joining twice: %d", again.Status)
		}
	})
	t.Run("someone not invited cannot join a group that asks first", func(t *testing.T) {
		saved, _ := site.Store.Group(t.Context(), id)
		var stranger browser
		for _, p := range site.visible() {
			if _, in := saved.Member(p.ID); !in && !slices.Contains(saved.Invited, p.ID) && !p.Display.EasyRead {
				stranger = *site.browser(t)
				stranger.signInAs(p)
				break
			}
		}
		// The page offers them no join form: a made-up post is refused for
		// who they are before its missing key counts.
		if _, has := stranger.hasForm(groupPath, groupPath+"/join"); has {
			t.Error("someone not invited is offered the join form")
		}
		resp := stranger.post(groupPath+"/join", url.Values{})
		if resp.Status != http.StatusForbidden || !strings.Contains(resp.Body, "an organiser needs to invite you") {
			t.Errorf("joining uninvited: %d", resp.Status)
		}
		if after, _ := site.Store.Group(t.Context(), id); len(after.Members) != len(saved.Members) {
			t.Error("a refused join changed the members")
		}
		if resp := stranger.submit(groupPath, groupPath+"/ask", url.Values{}); resp.Status != http.StatusSeeOther {
			t.Fatalf("asking to join: %d", resp.Status)
		}
		if !strings.Contains(stranger.get(groupPath).Body, "You have asked to join") {
			t.Error("the page does not say they have asked")
		}
		asking := b.get(groupPath).Body
		m := regexp.MustCompile(`name="person" value="([0-9a-f]+)"><button type="submit" class="button">Invite them`).FindStringSubmatch(asking)
		if !strings.Contains(asking, "People asking to join") || m == nil {
			t.Fatal("the organiser does not see who is asking")
		}
		if resp := b.submit(groupPath, groupPath+"/let-in", url.Values{"person": {m[1]}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("letting them in: %d", resp.Status)
		}
		if resp := stranger.submit(groupPath, groupPath+"/join", url.Values{}); resp.Status != http.StatusSeeOther {
			t.Errorf("joining once let in: %d", resp.Status)
		}
	})
	t.Run("an open group is suggested to people near it", func(t *testing.T) {
		open := groupFormFor("")
		open.Set("open", "open")
		open.Set("name", "Open swimmers")
		resp := b.submit("/groups/new", "/groups/new", open)
		if resp.Status != http.StatusSeeOther {
			t.Fatalf("starting an open group: %d", resp.Status)
		}
		openID := strings.TrimSuffix(strings.TrimPrefix(resp.Location, "/groups/"), "?done=started")
		if found := b.get("/search?type=group&q=" + url.QueryEscape("open swimmers")).Body; !strings.Contains(found, `href="/groups/`+openID+`"`) {
			t.Error("search does not find the new group")
		}
		for _, p := range site.visible() {
			if !slices.Contains(p.Interests, "swimming") || p.District != "OX4" || slices.Contains(g.Invited, p.ID) {
				continue
			}
			other := site.browser(t)
			other.signInAs(p)
			if !strings.Contains(other.get("/suggestions").Body, `href="/groups/`+openID+`"`) {
				t.Errorf("a swimmer in OX4 is not offered the open swimming group")
			}
			return
		}
		t.Fatal("no swimmer in OX4 among the demo members")
	})
}
