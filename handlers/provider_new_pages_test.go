package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// pageWalker sends one short page's form, with values over its hidden
// fields, and wants the status and words given; it returns the next page,
// or where a save went.
func pageWalker(t *testing.T, b *browser, action string) func(body string, values url.Values, status int, want ...string) string {
	return func(body string, values url.Values, status int, want ...string) string {
		t.Helper()
		f, ok := sitetest.FindForm(body, action, nil)
		if !ok {
			t.Fatalf("no form to %s on the page\n%s", action, body)
		}
		resp := b.post(action, merged(f.Hidden, values))
		if resp.Status != status {
			t.Fatalf("sending %v: %d, want %d\n%s", values, resp.Status, status, resp.Body)
		}
		for _, w := range want {
			if !strings.Contains(resp.Body, w) {
				t.Errorf("after sending %v the page does not say %q", values, w)
			}
		}
		if status == http.StatusSeeOther {
			return resp.Location
		}
		return resp.Body
	}
}

// TestEasyReadProviderNewPages: in Easy Read a new provider is asked on
// short pages one after another, the answers going along hidden; a
// problem brings the page of the field back as typed, and only the last
// page saves, once, with everything typed on the way.
func TestEasyReadProviderNewPages(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})

	first := b.get("/providers/new").Body
	if !strings.Contains(first, `id="name"`) || strings.Contains(first, `id="easy_description"`) || strings.Contains(first, `id="interest-swimming"`) || !strings.Contains(first, "Part 1 of 9") {
		t.Fatal("the first page should ask only the name and what the organisation does")
	}
	next := pageWalker(t, b, "/providers/new")
	again := next(first, url.Values{"description": {"Lessons for adults."}}, http.StatusBadRequest, "Part 1 of 9", "Lessons for adults.")
	easy := next(again, url.Values{"name": {"Cowley Canoes"}, "description": {"Lessons for adults."}}, http.StatusOK, "Part 2 of 9", `id="easy_description"`)
	if strings.Contains(easy, `id="name"`) || !strings.Contains(easy, `type="hidden" name="name" value="Cowley Canoes"`) {
		t.Error("the second page should carry the name, hidden, and not ask it again")
	}
	where := next(easy, url.Values{"easy_description": {"We teach you to paddle a canoe."}}, http.StatusOK, "Part 3 of 9", `id="districts"`)
	where = next(where, url.Values{"districts": {"ZZ99"}}, http.StatusBadRequest, "Part 3 of 9", `value="ZZ99"`)
	page := next(where, url.Values{"districts": {"ox4"}, "online": {"yes"}}, http.StatusOK, "Part 4 of 9", `id="interest-swimming"`)
	if strings.Contains(page, `id="interest-canoeing"`) && strings.Contains(page, `id="interest-board-games"`) {
		t.Error("one page offers every interest")
	}
	page = next(page, url.Values{"interests": {"swimming"}}, http.StatusOK, "Part 5 of 9")
	for n := 6; n <= 9; n++ {
		page = next(page, url.Values{}, http.StatusOK, "Part "+string(rune('0'+n))+" of 9")
	}
	if !strings.Contains(page, `id="website"`) || !strings.Contains(page, `type="hidden" name="interests" value="swimming"`) {
		t.Fatal("the last page should ask how to get in touch and carry the interests")
	}
	// A name emptied on the way is found by the last save: its page comes
	// back, with what was typed on the others still going along.
	back := next(page, url.Values{"name": {""}, "website": {"https://canoe.example.org"}}, http.StatusBadRequest, "Part 1 of 9", "Lessons for adults.", `value="https://canoe.example.org"`)
	page = next(back, url.Values{"name": {"Cowley Canoes"}, "description": {"Lessons for adults."}}, http.StatusOK, "Part 2 of 9")
	// Each page sends its own fields as shown, as a browser does.
	shown := []url.Values{
		{"easy_description": {"We teach you to paddle a canoe."}},
		{"districts": {"ox4"}, "online": {"yes"}},
		{"interests": {"swimming"}},
	}
	for n := 3; n <= 9; n++ {
		values := url.Values{}
		if n-3 < len(shown) {
			values = shown[n-3]
		}
		page = next(page, values, http.StatusOK)
	}
	at := next(page, url.Values{"website": {"https://canoe.example.org"}}, http.StatusSeeOther)
	if !strings.HasPrefix(at, "/providers/") || !strings.HasSuffix(at, "?saved=1") {
		t.Fatalf("the last page went to %q", at)
	}
	p, err := site.Store.Provider(t.Context(), strings.TrimSuffix(strings.TrimPrefix(at, "/providers/"), "?saved=1"))
	if err != nil || p.Name != "Cowley Canoes" || p.EasyDescription != "We teach you to paddle a canoe." || !p.Online ||
		!slices.Equal(p.Districts, []string{"OX4"}) || !slices.Equal(p.Interests, []string{"swimming"}) || p.Website != "https://canoe.example.org" {
		t.Errorf("the provider saved from the pages: %+v %v", p, err)
	}
}

// TestEasyReadListingNewPages: a new listing is asked the same way, and a
// price problem found by the last save brings the prices page back.
func TestEasyReadListingNewPages(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	provider := createProvider(t, b)
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	action := "/providers/" + provider + "/listings/new"

	page := b.get(action).Body
	if !strings.Contains(page, `id="title"`) || strings.Contains(page, `id="tier_price_1"`) || !strings.Contains(page, "Part 1 of 13") {
		t.Fatal("the first page should ask only the title and description")
	}
	next := pageWalker(t, b, action)
	page = next(page, url.Values{"title": {"Canoe taster"}, "description": {"Two hours on the river."}}, http.StatusOK, "Part 2 of 13", `id="easy_summary"`)
	page = next(page, url.Values{"easy_summary": {"Try a canoe on the river."}}, http.StatusOK, "Part 3 of 13", `id="unit-course"`)
	// A course needs its sessions and first day; what was typed stays.
	page = next(page, url.Values{"unit": {"course"}, "course_sessions": {"1"}, "course_starts": {"12/13/2027"}}, http.StatusBadRequest,
		"Part 3 of 13", `value="1"`, `value="12/13/2027"`, "Write the day like 12/01/2027")
	page = next(page, url.Values{"unit": {"course"}, "course_sessions": {"1"}, "course_starts": {"12/01/2027"}}, http.StatusBadRequest,
		"Part 3 of 13", "Write a number from 2 to 52", `value="2027-01-12"`)
	page = next(page, url.Values{"unit": {"course"}, "course_sessions": {"6"}, "course_starts": {"2027-01-12"}}, http.StatusOK, "Part 4 of 13", `id="tier_price_1"`)
	page = next(page, url.Values{"tier_people_1": {"1"}, "tier_price_1": {"abc"}, "capacity": {"8"}}, http.StatusBadRequest, "Part 4 of 13", `value="abc"`)
	page = next(page, url.Values{"tier_people_1": {"1"}, "tier_price_1": {"15"}, "tier_people_2": {"4"}, "tier_price_2": {"12"}, "capacity": {"8"}}, http.StatusOK, "Part 5 of 13", `id="district"`)
	page = next(page, url.Values{"district": {"OX4"}}, http.StatusOK, "Part 6 of 13", `name="times"`)
	page = next(page, url.Values{"times": {"sat-morning"}}, http.StatusOK, "Part 7 of 13", `name="features"`)
	page = next(page, url.Values{"features": {"step-free"}}, http.StatusOK, "Part 8 of 13", `id="interest-swimming"`)
	if !strings.Contains(page, `value="swimming" checked`) {
		t.Error("the new listing should start with the provider's interests ticked")
	}
	page = next(page, url.Values{"interests": {"swimming"}}, http.StatusOK, "Part 9 of 13")
	for n := 10; n <= 13; n++ {
		page = next(page, url.Values{}, http.StatusOK)
	}
	if !strings.Contains(page, `id="hidden"`) || !strings.Contains(page, `type="hidden" name="tier_price_2" value="12"`) {
		t.Fatal("the last page should ask whether to show the listing and carry the prices")
	}
	back := next(page, url.Values{"tier_price_2": {"20"}}, http.StatusBadRequest, "Part 4 of 13", `value="20"`)
	page = next(back, url.Values{"tier_people_1": {"1"}, "tier_price_1": {"15"}, "tier_people_2": {"4"}, "tier_price_2": {"12"}, "capacity": {"8"}}, http.StatusOK, "Part 5 of 13")
	for n := 6; n <= 13; n++ {
		values := url.Values{}
		switch n {
		case 6:
			values.Set("district", "OX4")
		case 7:
			values.Set("times", "sat-morning")
		case 8:
			values.Set("features", "step-free")
		case 9:
			values.Set("interests", "swimming")
		}
		page = next(page, values, http.StatusOK)
	}
	at := next(page, url.Values{"hidden": {"yes"}}, http.StatusSeeOther)
	id := strings.TrimSuffix(strings.TrimPrefix(at, "/listings/"), "?saved=1")
	l, err := site.Store.Listing(t.Context(), id)
	if err != nil || l.Title != "Canoe taster" || l.EasySummary != "Try a canoe on the river." || len(l.Tiers) != 2 || l.Capacity != 8 ||
		l.District != "OX4" || !slices.Equal(l.Times.Keys(), []string{"sat-morning"}) || !slices.Equal(l.Features, []string{"step-free"}) ||
		!slices.Equal(l.Interests, []string{"swimming"}) || !l.Hidden ||
		l.Unit != community.PerCourse || !l.Course.Same(community.Course{Sessions: 6, Starts: time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)}) {
		t.Errorf("the listing saved from the pages: %+v %v", l, err)
	}
}
