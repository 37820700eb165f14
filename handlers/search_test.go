package handlers_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// addListing sets up a provider with one listing in district and returns
// the listing's title.
func addListing(t *testing.T, b *browser, title, district string) {
	t.Helper()
	provider := createProvider(t, b)
	form := listingForm()
	form.Set("title", title)
	form.Set("district", district)
	if resp := b.submit("/providers/"+provider+"/listings/new", "/providers/"+provider+"/listings/new", form); resp.Status != http.StatusSeeOther {
		t.Fatalf("adding listing %q: %d\n%s", title, resp.Status, resp.Body)
	}
}

func TestSearchPage(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	addListing(t, b, "Aquafit splash session", "OX4")
	addListing(t, b, "Aquafit in Huyton", "L36")

	visitor := site.browser(t)
	cases := []struct {
		name, query string
		want        []string
		not         []string
	}{
		{"misspelt word", "q=aqaufit&type=listing", []string{"Aquafit splash session", "Aquafit in Huyton"}, nil},
		{"by distance", "q=aquafit&type=listing&near=OX4+1AA&within=5", []string{"Aquafit splash session"}, []string{"Aquafit in Huyton"}},
		{"nearest first", "q=aquafit&type=listing&near=L36&sort=distance", []string{"Less than a mile away"}, nil},
		{"grouped with counts", "q=aquafit", []string{"Things to do (2)", "2 things to do"}, nil},
		{"nothing found offers more", "q=aquafit&near=OX4&within=1&interest=yoga", []string{"Look further away", "Try Gym and fitness"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := visitor.get("/search?" + c.query)
			if resp.Status != http.StatusOK {
				t.Fatalf("status %d", resp.Status)
			}
			for _, w := range c.want {
				if !strings.Contains(resp.Body, w) {
					t.Errorf("the results do not show %q", w)
				}
			}
			for _, n := range c.not {
				if strings.Contains(resp.Body, n) {
					t.Errorf("the results show %q, which should be filtered out", n)
				}
			}
		})
	}
	// The nearest-first order puts Huyton first when searching from L36.
	body := visitor.get("/search?q=aquafit&type=listing&near=L36&sort=distance").Body
	if strings.Index(body, "Aquafit in Huyton") > strings.Index(body, "Aquafit splash session") {
		t.Error("nearest first does not put the nearest first")
	}
}

func TestSearchBadInputAndPeople(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	visitor := site.browser(t)
	for query, message := range map[string]string{
		"type=spaceships":  "Choose what to show from the list",
		"within=3":         "Choose a distance from the list",
		"interest=flying":  "Choose an interest from the list",
		"near=ZZ99&q=swim": "Enter a real UK postcode district",
		"within=5":         "Enter a postcode district to search by distance",
	} {
		resp := visitor.get("/search?" + query)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, message) {
			t.Errorf("%s: %d, want 400 with %q", query, resp.Status, message)
		}
		// Place problems belong to the near field, a text field; the rest to their select.
		if field := strings.SplitN(query, "=", 2)[0]; !strings.Contains(message, "postcode district") && !strings.Contains(resp.Body, `aria-describedby="`+field+`-error"`) {
			t.Errorf("%s: the message is not tied to its field", query)
		}
	}
	long := url.QueryEscape(strings.Repeat("swimming ", 1200))
	if resp := visitor.get("/search?q=" + long); resp.Status != http.StatusOK {
		t.Errorf("a 10,000-character query: %d", resp.Status)
	}
	// People are for members only, and never a hidden one.
	findable := site.visible()[3]
	if strings.Contains(visitor.get("/search?q="+url.QueryEscape(findable.Name)).Body, "/people/") {
		t.Error("a signed-out visitor found a member")
	}
	if resp := visitor.get("/search?type=person&q=" + url.QueryEscape(findable.Name)); !strings.Contains(resp.Body, "Sign in to find other members") {
		t.Error("a signed-out visitor asking for people is not told to sign in")
	}
	member := site.browser(t)
	member.signInAs(site.visible()[0])
	if !strings.Contains(member.get("/search?type=person&q="+url.QueryEscape(findable.Name)).Body, "/people/"+findable.ID) {
		t.Errorf("a member could not find %s", findable.Name)
	}
	for _, p := range site.People {
		if !p.Visible() && strings.Contains(member.get("/search?type=person&q="+url.QueryEscape(p.Name)).Body, `/people/`+p.ID) {
			t.Errorf("hidden member %s was found", p.Name)
		}
	}
}

func TestSearchRestsWhenTheEngineIsDown(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	addListing(t, b, "Lane swimming for beginners", "OX4")
	_ = site.Index.Close()
	resp := b.get("/search?q=swim&interest=swimming")
	if resp.Status != http.StatusOK || !strings.Contains(resp.Body, "Search is resting") || !strings.Contains(resp.Body, "Lane swimming for beginners") {
		t.Errorf("with search down: %d; want the resting message and the newest listing", resp.Status)
	}
	ready := b.get("/readyz")
	var state map[string]string
	_ = json.Unmarshal([]byte(ready.Body), &state)
	if ready.Status != http.StatusOK || state["database"] != "ok" || state["search"] != "unreachable" {
		t.Errorf("/readyz with search down: %d %v", ready.Status, state)
	}
}

func TestInterestPages(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	if !strings.Contains(b.get("/interests").Body, `href="/interests/swimming"`) {
		t.Error("/interests does not link to swimming")
	}
	page := b.get("/interests/swimming")
	if page.Status != http.StatusOK || !strings.Contains(page.Body, "within 10 miles of you") || !strings.Contains(page.Body, "People (") {
		t.Errorf("/interests/swimming: %d", page.Status)
	}
	if resp := b.get("/interests/flying"); resp.Status != http.StatusNotFound {
		t.Errorf("/interests/flying: %d, want 404", resp.Status)
	}
}
