package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/sitetest"
)

func providerForm() url.Values {
	return url.Values{
		"version": {"0"}, "name": {"Iffley Swim School"}, "description": {"Swimming lessons for adults of every ability."},
		"easy_description": {"We teach swimming. You can come on your own or with friends."},
		"website":          {"https://swim.example.org"}, "phone": {"01865 123456"}, "email": {"hello@swim.example.org"},
		"districts": {"ox4, OX1 2AB"}, "interests": {"swimming"},
	}
}

// createProvider sets up a provider as the signed-in member and returns its id.
func createProvider(t *testing.T, b *browser) string {
	t.Helper()
	resp := b.submit("/providers/new", "/providers/new", providerForm())
	m := regexp.MustCompile(`^/providers/([0-9a-f]+)\?saved=1$`).FindStringSubmatch(resp.Location)
	if resp.Status != http.StatusSeeOther || m == nil {
		t.Fatalf("creating a provider: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	return m[1]
}

func TestProviderIsCheckedByAModerator(t *testing.T) {
	// The demo members are the same every time, so a moderator can be named
	// before the site starts.
	var moderator community.Person
	for _, p := range demo.People(demo.DefaultSeed) {
		if p.Visible() {
			moderator = p
		}
	}
	site := newTestSite(t, config.Providers{}, true, moderator.ID)
	people := site.visible()
	owner := site.browser(t)
	owner.signInAs(people[0])
	id := createProvider(t, owner)
	page := owner.get("/providers/" + id).Body
	for _, want := range []string{"Iffley Swim School", "Not checked yet", "OX4, OX1", "Add a listing"} {
		if !strings.Contains(page, want) {
			t.Errorf("the provider page does not show %q", want)
		}
	}
	// Only a moderator may check it.
	if _, has := owner.hasForm("/providers/"+id, "/providers/"+id+"/verify"); has {
		t.Error("the owner is offered the form to verify their own provider")
	}
	if resp := owner.post("/providers/"+id+"/verify", url.Values{}); resp.Status != http.StatusForbidden {
		t.Errorf("the owner verifying their own provider: %d, want 403", resp.Status)
	}
	mod := site.browser(t)
	mod.signInAs(moderator)
	if !strings.Contains(mod.get("/moderation").Body, "Iffley Swim School") {
		t.Error("the moderation page does not list the new provider")
	}
	if _, has := mod.hasForm("/providers/"+id, "/providers/"+id+"/verify"); !has {
		t.Error("the provider page does not offer the moderator the form to verify it")
	}
	if resp := mod.submit("/moderation", "/providers/"+id+"/verify", url.Values{"return": {"/moderation"}}); resp.Status != http.StatusSeeOther || resp.Location != "/moderation?done=verified" {
		t.Fatalf("moderator verify: %d to %q", resp.Status, resp.Location)
	}
	if page := mod.get("/moderation?done=verified").Body; !strings.Contains(page, "The provider is checked") {
		t.Error("the moderation page does not say the provider was checked")
	}
	if page := owner.get("/providers/" + id).Body; !regexp.MustCompile(`Checked by our moderators on \d+ \w+ 20\d\d`).MatchString(page) {
		t.Error("the verified badge with its date is missing")
	}
	// Someone else cannot change it.
	if resp := mod.get("/providers/" + id + "/edit"); resp.Status != http.StatusForbidden {
		t.Errorf("another member editing the provider: %d, want 403", resp.Status)
	}
	found, err := site.Index.Search(t.Context(), search.Query{Text: "Iffley", Kinds: []search.Kind{search.KindProvider}, VerifiedOnly: true})
	if err != nil || found.Total != 1 {
		t.Errorf("search for the verified provider: %+v, %v", found, err)
	}
}

func TestProviderFormKeepsWhatWasTyped(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	cases := []struct{ field, value, message string }{
		{"website", "javascript:alert(1)", "Enter a website address starting with https://"},
		{"districts", "OX4, ZZ99", "One of the postcode districts does not exist"},
		{"email", "not-an-email", "Enter an email address"},
		{"name", "", "Enter your organisation"},
	}
	before, _ := site.Store.AllProviders(t.Context())
	for _, c := range cases {
		form := providerForm()
		form.Set(c.field, c.value)
		resp := b.submit("/providers/new", "/providers/new", form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "error-summary") || !strings.Contains(resp.Body, c.message) {
			t.Errorf("%s=%q: %d, want the form back with %q", c.field, c.value, resp.Status, c.message)
		}
		if !strings.Contains(resp.Body, "Swimming lessons for adults of every ability.") {
			t.Errorf("%s=%q: the typed description was lost", c.field, c.value)
		}
	}
	if all, _ := site.Store.AllProviders(t.Context()); len(all) != len(before) {
		t.Errorf("refused forms saved %d providers", len(all)-len(before))
	}
}

func TestEasyReadAdviceBeforePublishing(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	before, _ := site.Store.AllProviders(t.Context())
	form := providerForm()
	form.Set("easy_description", "We will endeavour to accommodate everybody who would like to come swimming with us on any day of the week. The class is run by Sam.")
	resp := b.submit("/providers/new", "/providers/new", form)
	if resp.Status != http.StatusOK {
		t.Fatalf("status %d, want the form back with advice", resp.Status)
	}
	for _, want := range []string{"Sentence 1 has 20 words", "“endeavour” is a hard word. Try “try”", "“accommodate” is a hard word", "Sentence 2: “is run” may be passive", "Publish as it is"} {
		if !strings.Contains(resp.Body, want) {
			t.Errorf("the advice does not say %q", want)
		}
	}
	if all, _ := site.Store.AllProviders(t.Context()); len(all) != len(before) {
		t.Fatal("the provider was saved before the advice was seen")
	}
	// "Publish as it is" is a button of the form shown again with the
	// advice, which carries its own key.
	again, ok := sitetest.FindForm(resp.Body, "/providers/new", nil)
	if !ok {
		t.Fatal("the advice comes without the form to publish from")
	}
	publish := merged(again.Hidden, form)
	publish.Set("accept_advice", "yes")
	if resp := b.post("/providers/new", publish); resp.Status != http.StatusSeeOther {
		t.Errorf("publishing as it is: %d", resp.Status)
	}
}
