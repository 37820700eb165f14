package handlers_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/search"
)

func listingForm() url.Values {
	return url.Values{
		"version": {"0"}, "title": {"Tuesday evening swim"}, "description": {"An hour in the big pool with a coach."},
		"easy_summary": {"Swim with a coach on Tuesday."}, "interests": {"swimming"}, "district": {"OX4"},
		"times": {"tue-evening"}, "features": {"step-free", "hearing-loop"}, "capacity": {"12"}, "unit": {"session"},
		"tier_people_1": {"1"}, "tier_price_1": {"12"},
		"tier_people_2": {"4"}, "tier_price_2": {"£8.00"},
		"tier_people_3": {"8"}, "tier_price_3": {"6"},
	}
}

func TestListingWithPriceTiers(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	owner := site.visible()[0]
	b.signInAs(owner)
	provider := createProvider(t, b)
	resp := b.submit("/providers/"+provider+"/listings/new", "/providers/"+provider+"/listings/new", listingForm())
	m := regexp.MustCompile(`^/listings/([0-9a-f]+)\?saved=1$`).FindStringSubmatch(resp.Location)
	if m == nil {
		t.Fatalf("creating a listing: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	id := m[1]
	page := b.get("/listings/" + id).Body
	for _, want := range []string{"<table", "4 or more", "£8", "£12", "8 or more", "£6", "Tuesday evening", "A hearing loop", "Each price is for one session."} {
		if !strings.Contains(page, want) {
			t.Errorf("the listing page does not show %q", want)
		}
	}
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	easy := b.get("/listings/" + id).Body
	for _, want := range []string{"If 4 people come together, each pays £8 each time.", "If 8 people come together, each pays £6 each time.",
		"The price is for one time.", "Swim with a coach on Tuesday."} {
		if !strings.Contains(easy, want) {
			t.Errorf("the Easy Read listing does not say %q", want)
		}
	}
	if !foundListing(t, site, "Tuesday evening swim", id) {
		t.Error("the new listing is not in search")
	}

	// Hiding it takes it out of search and out of sight of others. In
	// Easy Read the change form starts with a button for each part; the
	// part "Show or hide" is a short form of its own.
	if steps := b.get("/listings/" + id + "/edit").Body; !strings.Contains(steps, `href="/listings/`+id+`/edit/show"`) {
		t.Fatalf("the Easy Read change page has no button to show or hide the listing:\n%s", steps)
	}
	if resp := b.submit("/listings/"+id+"/edit/show", "/listings/"+id+"/edit/show", url.Values{"hidden": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("hiding: %d\n%s", resp.Status, resp.Body)
	}
	if foundListing(t, site, "Tuesday evening swim", id) {
		t.Error("a hidden listing is still found by search")
	}
	other := site.browser(t)
	other.signInAs(site.visible()[1])
	if resp := other.get("/listings/" + id); resp.Status != http.StatusNotFound {
		t.Errorf("another member sees the hidden listing: %d", resp.Status)
	}
	if _, has := other.hasForm("/listings/"+id+"/edit", "/listings/"+id+"/edit"); has {
		t.Error("another member is offered the form to edit the listing")
	}
	if resp := other.post("/listings/"+id+"/edit", listingForm()); resp.Status != http.StatusForbidden {
		t.Errorf("another member editing the listing: %d, want 403", resp.Status)
	}
	if resp := other.post("/listings/"+id+"/edit/show", url.Values{"hidden": {""}}); resp.Status != http.StatusForbidden {
		t.Errorf("another member showing the listing again: %d, want 403", resp.Status)
	}
}

func TestBadPriceTiersKeepWhatWasTyped(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	provider := createProvider(t, b)
	before, _ := site.Store.AllListings(t.Context())
	cases := []struct {
		name    string
		set     map[string]string
		message string
	}{
		{"rising price", map[string]string{"tier_price_3": "9"}, "Each price must be lower than the one above it"},
		{"comma for pence", map[string]string{"tier_price_2": "8,50"}, "Use a point for pence"},
		{"negative", map[string]string{"tier_price_1": "-1"}, "Prices must be more than £0"},
		{"exponent", map[string]string{"tier_price_1": "1e9"}, "Enter prices as numbers"},
		{"too precise", map[string]string{"tier_price_2": "8.555"}, "Prices can only have pence"},
		{"no tiers", map[string]string{"tier_people_1": "", "tier_price_1": "", "tier_people_2": "", "tier_price_2": "", "tier_people_3": "", "tier_price_3": ""}, "Enter at least the price for 1 person"},
		{"group size not a number", map[string]string{"tier_people_2": "four"}, "Enter each group size as a whole number"},
		{"made-up district", map[string]string{"district": "ZZ99"}, "Enter a real UK postcode district"},
		{"capacity below the biggest group", map[string]string{"capacity": "5"}, "at least your biggest group size"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			form := listingForm()
			for k, v := range c.set {
				form.Set(k, v)
			}
			resp := b.submit("/providers/"+provider+"/listings/new", "/providers/"+provider+"/listings/new", form)
			if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "error-summary") || !strings.Contains(resp.Body, c.message) {
				t.Fatalf("status %d, want the form back with %q", resp.Status, c.message)
			}
			for k, v := range c.set {
				kept := regexp.MustCompile(`<input id="` + k + `"[^>]*value="` + regexp.QuoteMeta(html.EscapeString(v)) + `"`)
				if v != "" && !kept.MatchString(resp.Body) {
					t.Errorf("the typed %s %q is not shown again", k, v)
				}
			}
			if !strings.Contains(resp.Body, "An hour in the big pool with a coach.") {
				t.Error("the typed description was lost")
			}
		})
	}
	if all, _ := site.Store.AllListings(t.Context()); len(all) != len(before) {
		t.Errorf("refused forms saved %d listings", len(all)-len(before))
	}
}

// foundListing reports whether searching for words finds the listing id.
func foundListing(t *testing.T, site *testSite, words, id string) bool {
	t.Helper()
	found, err := site.Index.Search(t.Context(), search.Query{Text: words, Kinds: []search.Kind{search.KindListing}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range found.Hits {
		if h.ID == id {
			return true
		}
	}
	return false
}

// TestACourseIsPricedAsAWhole: a listing priced for a whole course says so,
// with its sessions and first day; a course with no sessions, too many, or
// a day that is no date is refused in plain words with what was typed
// kept, and nothing is saved; an unknown unit is refused too.
func TestACourseIsPricedAsAWhole(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	provider := createProvider(t, b)
	action := "/providers/" + provider + "/listings/new"
	form := listingForm()
	form.Set("title", "Ten-week swimming course")
	form.Set("unit", "course")
	before, _ := site.Store.ListingsOf(t.Context(), provider)
	for _, bad := range []struct{ sessions, starts, unit, says string }{
		{"", "2027-01-12", "course", "Enter how many sessions the course has"},
		{"60", "2027-01-12", "course", "a whole number from 2 to 52"},
		{"10", "", "course", "Enter the day of the course&#39;s first session"},
		{"10", "next Tuesday", "course", "as a date, for example 12/01/2027"},
		{"10", "2027-01-12", "fortnight", "Choose what one price pays for"},
	} {
		form.Set("course_sessions", bad.sessions)
		form.Set("course_starts", bad.starts)
		form.Set("unit", bad.unit)
		resp := b.submit(action, action, form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, bad.says) ||
			(bad.starts != "" && !strings.Contains(resp.Body, `value="`+bad.starts+`"`)) {
			t.Errorf("a course of %q sessions from %q (%s): %d, want 400 saying %q and keeping the day", bad.sessions, bad.starts, bad.unit, resp.Status, bad.says)
		}
	}
	if after, _ := site.Store.ListingsOf(t.Context(), provider); len(after) != len(before) {
		t.Fatalf("refused courses saved %d listings", len(after)-len(before))
	}
	form.Set("unit", "course")
	form.Set("course_sessions", "10")
	form.Set("course_starts", "12/01/2027")
	resp := b.submit(action, action, form)
	if resp.Status != http.StatusSeeOther {
		t.Fatalf("saving the course: %d\n%s", resp.Status, resp.Body)
	}
	page := b.get(resp.Location).Body
	for _, want := range []string{"Each price is for the whole course: 10 sessions, the first on Tuesday 12 January 2027.", "4 or more"} {
		if !strings.Contains(page, want) {
			t.Errorf("the course's page does not say %q", want)
		}
	}
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	easy := b.get(resp.Location).Body
	for _, want := range []string{"The price is for all 10 times. The first time is on Tuesday 12 January 2027.", "If 4 people come together, each pays £8 for the course."} {
		if !strings.Contains(easy, want) {
			t.Errorf("the course's Easy Read page does not say %q", want)
		}
	}
}
