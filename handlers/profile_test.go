package handlers_test

import (
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/locale"
)

// goodProfile is a valid profile form for the member.
func goodProfile(p community.Person) url.Values {
	return url.Values{
		"version": {strconv.FormatInt(p.Version, 10)}, "name": {"Sam Taylor"}, "about": {"I like swimming."},
		"district": {"ox4 1aa"}, "interests": {"swimming", "art"}, "tags": {"Lido, lido , punting"},
		"free_times": {"tue-evening", "sat-morning"}, "access_needs": {"quiet"},
		"visibility": {"members"}, "open_to_buying": {"yes"},
	}
}

func TestProfileSavesAndShows(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	resp := b.submit("/me/edit", "/me/edit", goodProfile(member))
	if resp.Status != http.StatusSeeOther || resp.Location != "/me?saved=1" {
		t.Fatalf("saving a good profile: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if saved.District != "OX4" {
		t.Errorf("district kept as %q, want only the district OX4", saved.District)
	}
	if strings.Join(saved.Tags, "|") != "lido|punting" {
		t.Errorf("tags = %q, want tidied and without repeats", saved.Tags)
	}
	me := b.get("/me?saved=1").Body
	for _, want := range []string{"Sam Taylor", "OX4", "Swimming", "Tuesday evening", "A quiet place", "Your profile has been saved."} {
		if !strings.Contains(me, want) {
			t.Errorf("/me does not show %q", want)
		}
	}
	if strings.Contains(me, "1AA") {
		t.Error("/me shows the full postcode")
	}
}

func TestProfileBadInputKeepsWhatWasTyped(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	cases := []struct {
		name, field, value, message string
	}{
		{"empty name", "name", "   ", "Enter your name"},
		{"long name", "name", strings.Repeat("n", 81), "Name must be 80 characters or fewer"},
		{"long about", "about", strings.Repeat("a", 1001), "About me must be 1,000 characters or fewer"},
		{"made-up district", "district", "ZZ99 9ZZ", "Enter a real UK postcode district"},
		{"no district", "district", "", "Enter your postcode district"},
		{"unknown interest", "interests", "flying", "Choose interests from the list"},
		{"unknown time", "free_times", "someday-evening", "Choose times from the list"},
		{"unknown need", "access_needs", "jetpack", "Choose access needs from the list"},
		{"unknown visibility", "visibility", "everyone", "Choose who can see your profile"},
		{"too many tags", "tags", "a, b, c, d, e, f", "Enter 5 other interests or fewer"},
		{"long tag", "tags", strings.Repeat("t", 31), "30 characters or fewer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			form := goodProfile(member)
			form.Set(c.field, c.value)
			form.Set("about", "<script>alert('hi')</script> typed text")
			if c.field == "about" {
				form.Set("about", c.value)
			}
			resp := b.submit("/me/edit", "/me/edit", form)
			if resp.Status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", resp.Status)
			}
			if !strings.Contains(resp.Body, `class="error-summary"`) || !strings.Contains(resp.Body, html.EscapeString(c.message)) {
				t.Errorf("no error summary with %q", c.message)
			}
			if strings.Count(resp.Body, html.EscapeString(c.message)) < 2 {
				t.Errorf("the message %q is not also beside the field", c.message)
			}
			if c.field != "about" && !strings.Contains(resp.Body, "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; typed text") {
				t.Error("what was typed in About me is lost or not escaped")
			}
			if c.field == "district" && c.value != "" && !strings.Contains(resp.Body, `value="`+c.value+`"`) {
				t.Error("the typed district is not shown again")
			}
			saved, _ := site.Store.Person(t.Context(), member.ID)
			if saved.Version != member.Version || saved.Name != member.Name {
				t.Error("a refused form changed the saved profile")
			}
		})
	}
}

func TestScriptInProfileIsShownAsText(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member, viewer := site.visible()[0], site.visible()[1]
	b.signInAs(member)
	form := goodProfile(member)
	form.Set("name", `<img src=x onerror=alert(1)>`)
	form.Set("about", `<script>alert(1)</script>`)
	if resp := b.submit("/me/edit", "/me/edit", form); resp.Status != http.StatusSeeOther {
		t.Fatalf("status %d", resp.Status)
	}
	other := site.browser(t)
	other.signInAs(viewer)
	body := other.get("/people/" + member.ID).Body
	if strings.Contains(body, "<script>alert(1)") || strings.Contains(body, "<img src=x") {
		t.Error("markup from a profile reached the page unescaped")
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the about text is not shown as text")
	}
}

func TestDoubleClickSavesOnce(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	// The form as the page shows it, with its key, filled in once and sent
	// twice.
	form := b.form("/me/edit", "/me/edit", nil, goodProfile(member))
	var wg sync.WaitGroup
	statuses := make(chan page, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses <- b.post("/me/edit", form)
		}()
	}
	wg.Wait()
	close(statuses)
	for resp := range statuses {
		if resp.Status != http.StatusSeeOther || resp.Location != "/me?saved=1" {
			t.Errorf("a click gave %d to %q, want both to land on the saved profile", resp.Status, resp.Location)
		}
	}
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if saved.Version != member.Version+1 {
		t.Errorf("version went from %d to %d: saved more than once", member.Version, saved.Version)
	}
	// The same old form with different words is a real clash: nothing is
	// overwritten, and what was typed comes back.
	form.Set("about", "Something else entirely")
	resp := b.post("/me/edit", form)
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "changed somewhere else") || !strings.Contains(resp.Body, "Something else entirely") {
		t.Errorf("a stale form: status %d; want the clash explained and the text kept", resp.Status)
	}
}

func TestPersonPage(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	people := site.visible()
	me, them := people[0], people[1]
	b.signInAs(me)
	body := b.get("/people/" + them.ID)
	if body.Status != http.StatusOK || !strings.Contains(body.Body, html.EscapeString(them.Name)) {
		t.Fatalf("/people/%s: %d", them.ID, body.Status)
	}
	if !strings.Contains(body.Body, "away") {
		t.Error("no rough distance on the person page")
	}
	words, _ := locale.New()
	for _, shared := range community.SharedInterests(me, them) {
		if name := html.EscapeString(words.For(false).T("interest." + shared)); !strings.Contains(body.Body, name) {
			t.Errorf("the shared interest %q is not shown", name)
		}
	}
	var hidden community.Person
	for _, p := range site.People {
		if !p.Visible() {
			hidden = p
			break
		}
	}
	if hidden.ID == "" {
		t.Fatal("the demo data has no hidden member")
	}
	for _, id := range []string{hidden.ID, "no-such-member"} {
		if resp := b.get("/people/" + id); resp.Status != http.StatusNotFound {
			t.Errorf("/people/%s: %d, want 404", id, resp.Status)
		}
	}
	if resp := site.browser(t).get("/people/" + them.ID); resp.Status != http.StatusSeeOther {
		t.Errorf("signed out /people/:id: %d, want a redirect to sign in", resp.Status)
	}
}

// TestOnlyTheFormsOwnKeySaves: a profile sent with no key, a made-up one
// or another member's is refused, the form shown again with what was
// typed, and nothing is saved.
func TestOnlyTheFormsOwnKeySaves(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	member, other := site.visible()[0], site.visible()[1]
	b := site.browser(t)
	b.signInAs(member)
	theirs := site.browser(t)
	theirs.signInAs(other)
	theirKey := theirs.form("/me/edit", "/me/edit", nil, nil).Get("key")
	for name, key := range map[string]string{"no": "", "a made-up": "made-up.key", "another member's": theirKey} {
		form := goodProfile(member)
		form.Set("key", key)
		resp := b.post("/me/edit", form)
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, outOfDate) || !strings.Contains(resp.Body, `value="Sam Taylor"`) {
			t.Errorf("%s key: status %d; want the form back, out of date, with what was typed", name, resp.Status)
		}
		if saved, _ := site.Store.Person(t.Context(), member.ID); saved.Version != member.Version || saved.Name != member.Name {
			t.Errorf("%s key: the profile was saved", name)
		}
	}
}
