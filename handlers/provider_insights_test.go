package handlers_test

import (
	"cmp"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
)

// TestProviderInsightsGroupsTimesAndNeeds: a provider sees which groups
// buy from each of its listings and their size (never their members),
// and, for each interest, when the members counted within 5 miles are
// free and what they need, only where 5 or more share it; in Easy Read
// only the most shared of each, as a sentence.
func TestProviderInsightsGroupsTimesAndNeeds(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	plain := insightReaders(site)
	owner := site.browser(t)
	owner.signInAs(plain[0])
	form := providerForm()
	form.Set("districts", "OX4")
	form["interests"] = []string{"swimming", "board-games"}
	// Served from OX4 only, so the counts below are from one centre.
	resp := owner.submit("/providers/new", "/providers/new", form)
	m := regexp.MustCompile(`^/providers/([0-9a-f]+)\?saved=1$`).FindStringSubmatch(resp.Location)
	if m == nil {
		t.Fatalf("creating the provider: %d to %q", resp.Status, resp.Location)
	}
	listing := insightListing(t, owner, m[1], "Tuesday evening swim")
	quiet := insightListing(t, owner, m[1], "Quiet lengths")

	t.Run("groups buying from each listing, biggest first", func(t *testing.T) {
		// Each member starts or joins at most one group, so the pool
		// shrinks past whoever was used.
		pool := plain[1:]
		used := map[string]bool{}
		start := func(name, open string) string {
			var free []community.Person
			for _, p := range pool {
				if !used[p.ID] {
					free = append(free, p)
				}
			}
			path, by := insightGroupFrom(t, site, free, listing, name, open)
			used[by.ID] = true
			return path
		}
		biggest := start("Tuesday swimmers", "open")
		joined := 0
		for _, p := range pool {
			if used[p.ID] || joined == 2 {
				continue
			}
			b := site.browser(t)
			b.signInAs(p)
			if resp := b.submit(biggest, biggest+"/join", url.Values{}); resp.Status != http.StatusSeeOther {
				t.Fatalf("%s joining: %d", p.Name, resp.Status)
			}
			used[p.ID] = true
			joined++
		}
		smaller := start("Evening lengths", "ask")
		closed := start("Gone swimmers", "ask")
		var leaver *browser
		for _, p := range pool {
			if b := site.browser(t); used[p.ID] {
				b.signInAs(p)
				if strings.Contains(b.get(closed).Body, closed+"/leave") {
					leaver = b
				}
			}
		}
		if leaver == nil {
			t.Fatal("nobody may leave the group they started")
		}
		if resp := leaver.post(closed+"/leave", leaver.form(closed+"/leave", closed+"/leave", nil, nil)); resp.Status != http.StatusSeeOther {
			t.Fatalf("the last member leaving: %d", resp.Status)
		}

		page := owner.get("/provider/insights").Body
		row := func(path, name string, size int) string {
			return fmt.Sprintf(`<a href="%s"><bdi class="theirs">%s</bdi></a></th><td>%d</td>`, path, name, size)
		}
		big, small := strings.Index(page, row(biggest, "Tuesday swimmers", 3)), strings.Index(page, row(smaller, "Evening lengths", 1))
		if big < 0 || small < 0 || big > small {
			t.Errorf("want Tuesday swimmers (3) then Evening lengths (1) under the listing; at %d and %d", big, small)
		}
		if strings.Contains(page, "Gone swimmers") {
			t.Error("a closed group is shown as buying from the listing")
		}
		if at := strings.Index(page, `href="/listings/`+quiet+`"`); at < 0 || !strings.Contains(page[at:], "No group buys from this listing yet.") {
			t.Error("a listing no group buys from does not say so")
		}
		for _, p := range pool {
			if used[p.ID] && strings.Contains(page, p.Name) {
				t.Errorf("the insights page names group member %s", p.Name)
			}
		}
	})

	words, err := locale.New()
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{"swimming": "Swimming", "board-games": "Board games"}
	t.Run("free times and access needs, only from 5", func(t *testing.T) {
		l := words.For(false)
		page := owner.get("/provider/insights").Body
		want := func(list []insightCount, most int, prefix string) string {
			var parts []string
			for _, k := range list {
				if k.n >= 5 && len(parts) < most {
					parts = append(parts, fmt.Sprintf("%s (%d)", l.T(prefix+k.key), k.n))
				}
			}
			if len(parts) == 0 {
				return "None shared by 5 or more"
			}
			return strings.Join(parts, ", ")
		}
		under, over := false, false
		for interest, label := range labels {
			times, needs := insightTally(site.People, "OX4", interest, 5)
			cells := regexp.MustCompile(`(?s)<caption>Free times and access needs.*?` + label + `</th>\s*<td>(.*?)</td>\s*<td>(.*?)</td>`).FindStringSubmatch(page)
			if cells == nil {
				t.Fatalf("no row of free times and needs for %s", interest)
			}
			if w := want(times, 5, "time."); cells[1] != w {
				t.Errorf("%s, free most often: %q, want %q", interest, cells[1], w)
			}
			if w := want(needs, len(community.AccessNeeds()), "access."); cells[2] != w {
				t.Errorf("%s, access needs: %q, want %q", interest, cells[2], w)
			}
			// Under 5, a need is left out, not shown as "fewer than 5".
			for _, k := range needs {
				if k.n < 5 && strings.Contains(cells[2], l.T("access."+k.key)) {
					t.Errorf("%s: the need %s, which %d share, is shown", interest, k.key, k.n)
				}
				under, over = under || k.n < 5, over || k.n >= 5
			}
		}
		if !under || !over {
			t.Errorf("the demo data no longer has needs both under and over 5 near OX4 (under: %v, over: %v): choose other interests", under, over)
		}
	})

	t.Run("in Easy Read, the most shared of each as a sentence", func(t *testing.T) {
		owner.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
		l := words.For(true)
		page := owner.get("/provider/insights").Body
		// section is the part of the page under an interest's heading.
		section := func(label string) string {
			at := strings.Index(page, label+"</h4>")
			if at < 0 {
				return ""
			}
			rest := page[at+len(label):]
			return rest[:min(len(rest), strings.Index(rest+"<h", "<h"))]
		}
		check := func(in string, list []insightCount, key, prefix string) {
			shown := 0
			for _, k := range list {
				sentence := l.T(key, k.n, l.T(prefix+k.key))
				if got, want := strings.Contains(in, sentence), k.n >= 5 && shown < 1; got != want {
					t.Errorf("%q shown: %v, want %v", sentence, got, want)
				}
				if k.n >= 5 {
					shown++
				}
			}
		}
		for interest := range labels {
			times, needs := insightTally(site.People, "OX4", interest, 5)
			in := section(l.T("interest." + interest))
			check(in, times, "insights.free_easy", "time.")
			check(in, needs, "insights.need_easy", "access.")
		}
		if !strings.Contains(page, `<bdi class="theirs">Evening lengths</bdi> has 1 person.`) || !strings.Contains(page, `<bdi class="theirs">Tuesday swimmers</bdi> has 3 people.`) {
			t.Error("Easy Read does not say each group's size")
		}
		if strings.Count(page, "<h1") != 1 {
			t.Error("the Easy Read page has more than one h1")
		}
	})
}

// insightReaders are the demo members who read plain English, so that the
// forms the tests send are the one-page ones.
func insightReaders(site *testSite) []community.Person {
	var out []community.Person
	for _, p := range site.visible() {
		if !p.Display.EasyRead {
			out = append(out, p)
		}
	}
	return out
}

// insightListing adds a listing to the provider and returns its id.
func insightListing(t *testing.T, b *browser, provider, title string) string {
	t.Helper()
	form := listingForm()
	form.Set("title", title)
	path := "/providers/" + provider + "/listings/new"
	resp := b.submit(path, path, form)
	m := regexp.MustCompile(`^/listings/([0-9a-f]+)\?saved=1$`).FindStringSubmatch(resp.Location)
	if m == nil {
		t.Fatalf("creating a listing: %d to %q", resp.Status, resp.Location)
	}
	return m[1]
}

// insightGroupFrom starts a group from the listing ("open" or "ask") as
// the first member of pool the site offers to start one around it (who
// is open to buying together, near, and free when it runs), and returns
// the group's path and who started it.
func insightGroupFrom(t *testing.T, site *testSite, pool []community.Person, listing, name, open string) (string, community.Person) {
	t.Helper()
	for _, p := range pool {
		b := site.browser(t)
		b.signInAs(p)
		if !strings.Contains(b.get("/groups/new?listing="+listing).Body, `name="listing" value="`+listing+`"`) {
			continue
		}
		form := groupFormFor(listing)
		form.Set("name", name)
		form.Set("open", open)
		form.Set("max_size", "10")
		resp := b.submit("/groups/new?listing="+listing, "/groups/new", form)
		if resp.Status != http.StatusSeeOther || !strings.HasPrefix(resp.Location, "/groups/") {
			t.Fatalf("starting %s: %d to %q", name, resp.Status, resp.Location)
		}
		return strings.TrimSuffix(resp.Location, "?done=started"), p
	}
	t.Fatalf("no demo member may start a group from the listing for %s", name)
	return "", community.Person{}
}

type insightCount struct {
	key string
	n   int
}

// insightTally is the rule worked out over the demo members: those
// open to buying together who like interest within miles of centre, each
// free time and need counted, most first and ties in week or display order.
func insightTally(people []community.Person, centre, interest string, miles float64) (times, needs []insightCount) {
	dir, _ := places.Load()
	timeCount, needCount := map[string]int{}, map[string]int{}
	for _, p := range people {
		d, ok := dir.MilesBetween(p.District, centre)
		if !ok || d > miles || !p.OpenToBuying || !slices.Contains(p.Interests, interest) {
			continue
		}
		for _, k := range p.FreeTimes.Keys() {
			timeCount[k]++
		}
		for _, k := range p.AccessNeeds {
			needCount[k]++
		}
	}
	for _, day := range community.Days() {
		for _, slot := range community.Slots() {
			if k := community.TimeKey(day, slot); timeCount[k] > 0 {
				times = append(times, insightCount{k, timeCount[k]})
			}
		}
	}
	for _, k := range community.AccessNeeds() {
		if needCount[k] > 0 {
			needs = append(needs, insightCount{k, needCount[k]})
		}
	}
	most := func(a, b insightCount) int { return cmp.Compare(b.n, a.n) }
	slices.SortStableFunc(times, most)
	slices.SortStableFunc(needs, most)
	return times, needs
}
