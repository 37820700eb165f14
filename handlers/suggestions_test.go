package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// suggestedIDs reads the people suggested on /suggestions, in order.
func suggestedIDs(body string) []string {
	start := strings.Index(body, `id="people-heading"`)
	end := strings.Index(body, `id="groups-heading"`)
	if start < 0 || end < start {
		return nil
	}
	var ids []string
	for _, m := range regexp.MustCompile(`<h3><a href="/people/([0-9a-f]+)">`).FindAllStringSubmatch(body[start:end], -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func TestSuggestionsAndMarks(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	byID := map[string]community.Person{}
	for _, p := range site.People {
		byID[p.ID] = p
	}
	me := site.visible()[0]
	b := site.browser(t)
	b.signInAs(me)

	first := b.get("/suggestions")
	ids := suggestedIDs(first.Body)
	if first.Status != http.StatusOK || len(ids) < 4 {
		t.Fatalf("/suggestions: status %d, %d people suggested", first.Status, len(ids))
	}
	for _, want := range []string{"You both like", "away.", "Say hello", "Not interested", "Groups you could join", "Groups you could start"} {
		if !strings.Contains(first.Body, want) {
			t.Errorf("/suggestions does not say %q", want)
		}
	}
	if slices.Contains(ids, me.ID) {
		t.Error("I am suggested to myself")
	}
	for _, id := range ids {
		if !byID[id].Visible() {
			t.Errorf("hidden member %s is suggested", id)
		}
	}
	hello, notWanted, blocked, hides := ids[0], ids[1], ids[2], ids[3]

	t.Run("say hello, twice, and they see it", func(t *testing.T) {
		// The button pressed twice: the same form, with its key, sent twice.
		form := b.form("/suggestions", "/people/"+hello+"/hello", nil, nil)
		for range 2 {
			resp := b.post("/people/"+hello+"/hello", form)
			if resp.Status != http.StatusSeeOther || !strings.Contains(resp.Location, "done=hello") {
				t.Fatalf("hello: %d to %q", resp.Status, resp.Location)
			}
		}
		if page := b.get("/suggestions?within=5&done=hello").Body; !strings.Contains(page, "You said hello") || !strings.Contains(page, "We told them you said hello.") {
			t.Error("the page does not show that I said hello")
		}
		if marks, _ := site.Store.MarksTo(t.Context(), hello, community.MarkHello); len(marks) != 1 {
			t.Errorf("two hellos recorded %d marks", len(marks))
		}
		them := site.browser(t)
		them.signInAs(byID[hello])
		if page := them.get("/me").Body; !strings.Contains(page, "Said hello:") || !strings.Contains(page, me.Name) {
			t.Error("the person I said hello to does not see it on their page")
		}
	})
	t.Run("not interested, then undone", func(t *testing.T) {
		resp := b.submit("/suggestions", "/people/"+notWanted+"/not-interested", url.Values{"return": {"/suggestions"}})
		if resp.Status != http.StatusSeeOther {
			t.Fatalf("not interested: %d", resp.Status)
		}
		if slices.Contains(suggestedIDs(b.get("/suggestions").Body), notWanted) {
			t.Error("someone I am not interested in is still suggested")
		}
		if page := b.get("/me").Body; !strings.Contains(page, byID[notWanted].Name) || !strings.Contains(page, "Suggest them again") {
			t.Error("/me does not list them with a way to undo")
		}
		undo := b.submit("/me", "/me/marks/undo", url.Values{"person": {notWanted}, "kind": {"not_interested"}})
		if undo.Status != http.StatusSeeOther || undo.Location != "/me?done=undone" {
			t.Fatalf("undo: %d to %q", undo.Status, undo.Location)
		}
		if !slices.Contains(suggestedIDs(b.get("/suggestions").Body), notWanted) {
			t.Error("after undoing, they are not suggested again")
		}
	})
	t.Run("a block hides both ways at once", func(t *testing.T) {
		resp := b.submit("/people/"+blocked, "/people/"+blocked+"/block", url.Values{})
		if resp.Status != http.StatusSeeOther || resp.Location != "/me?done=blocked" {
			t.Fatalf("block: %d to %q", resp.Status, resp.Location)
		}
		if slices.Contains(suggestedIDs(b.get("/suggestions").Body), blocked) {
			t.Error("a blocked person is still suggested")
		}
		found := b.get("/search?type=person&q=" + url.QueryEscape(byID[blocked].Name)).Body
		if strings.Contains(found, "/people/"+blocked) {
			t.Error("search still finds the person I blocked")
		}
		if got := b.get("/people/" + blocked).Status; got != http.StatusNotFound {
			t.Errorf("the blocked person's page: %d, want 404", got)
		}
		them := site.browser(t)
		them.signInAs(byID[blocked])
		if got := them.get("/people/" + me.ID).Status; got != http.StatusNotFound {
			t.Errorf("the blocked person sees my page: %d, want 404", got)
		}
		if slices.Contains(suggestedIDs(them.get("/suggestions?within=10").Body), me.ID) {
			t.Error("I am suggested to the person I blocked")
		}
		// They see no page of mine with a form to press; a made-up hello is
		// refused as if I were not there.
		if hello := them.post("/people/"+me.ID+"/hello", url.Values{}); hello.Status != http.StatusNotFound {
			t.Errorf("the blocked person could say hello: %d", hello.Status)
		}
	})
	t.Run("hiding a profile takes them out at once", func(t *testing.T) {
		them := site.browser(t)
		p := byID[hides]
		them.signInAs(p)
		form := url.Values{
			"version": {strconv.FormatInt(p.Version, 10)}, "name": {p.Name}, "district": {p.District},
			"interests": p.Interests, "free_times": p.FreeTimes.Keys(), "visibility": {"nobody"},
		}
		if resp := them.submit("/me/edit", "/me/edit", form); resp.Status != http.StatusSeeOther {
			t.Fatalf("hiding the profile: %d\n%s", resp.Status, resp.Body)
		}
		if slices.Contains(suggestedIDs(b.get("/suggestions").Body), hides) {
			t.Error("a member who hid their profile is still suggested")
		}
	})
	t.Run("a distance not on the list is explained", func(t *testing.T) {
		page := b.get("/suggestions?within=7")
		if page.Status != http.StatusBadRequest || !strings.Contains(page.Body, "Choose a distance from the list") || len(suggestedIDs(page.Body)) == 0 {
			t.Errorf("within=7: status %d, message shown %v", page.Status, strings.Contains(page.Body, "Choose a distance"))
		}
	})
	t.Run("a return address off the site is refused", func(t *testing.T) {
		// A hello form from the page, its return address changed.
		var hello sitetest.Form
		for _, f := range sitetest.Forms(b.get("/suggestions").Body) {
			if strings.HasSuffix(f.Action, "/hello") {
				hello = f
				break
			}
		}
		if hello.Action == "" {
			t.Fatal("no hello button left on /suggestions")
		}
		for _, evil := range []string{"/\t/example.com/x", "//example.com", "https://example.com/", "/\\example.com"} {
			hello.Hidden.Set("return", evil)
			resp := b.post(hello.Action, hello.Hidden)
			if !strings.HasPrefix(resp.Location, "/suggestions?") {
				t.Errorf("return %q led to %q", evil, resp.Location)
			}
		}
	})
	t.Run("someone not yet placed is asked to finish their profile", func(t *testing.T) {
		newcomer, err := site.Store.CreatePerson(t.Context(), community.Person{Name: "New Member", Demo: true, Visibility: community.VisibleToMembers})
		if err != nil {
			t.Fatal(err)
		}
		nb := site.browser(t)
		nb.signInAs(newcomer)
		if page := nb.get("/suggestions").Body; !strings.Contains(page, "Add your postcode district") {
			t.Error("a member with no district is not told what to do")
		}
	})
}
