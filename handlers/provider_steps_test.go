package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestEasyReadProviderStepsChangeOnlyTheirPart walks the Easy Read change
// form of a provider: a start page of buttons, one for each part; each
// part's save changes that part only, and a mistake comes back on the
// same short page with what was typed.
func TestEasyReadProviderStepsChangeOnlyTheirPart(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	id := createProvider(t, b)
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})

	start := b.get("/providers/" + id + "/edit").Body
	for _, step := range []string{"about", "easy", "where", "interests", "contact"} {
		if !strings.Contains(start, `href="/providers/`+id+`/edit/`+step+`"`) {
			t.Errorf("the Easy Read start page has no button for the part %q", step)
		}
	}
	if strings.Contains(start, "<form") && strings.Contains(start, `name="name"`) {
		t.Error("the Easy Read start page shows the long form")
	}

	// Where: only the districts and online change.
	where := b.get("/providers/" + id + "/edit/where").Body
	if strings.Contains(where, `id="name"`) || !strings.Contains(where, `id="districts"`) {
		t.Fatal("the part 'where' shows other fields, or not its own")
	}
	if resp := b.submit("/providers/"+id+"/edit/where", "/providers/"+id+"/edit/where", url.Values{"districts": {"OX1"}, "online": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("saving where: %d\n%s", resp.Status, resp.Body)
	}
	p, err := site.Store.Provider(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.Districts, []string{"OX1"}) || !p.Online || p.Name != "Iffley Swim School" || p.Website != "https://swim.example.org" || !slices.Equal(p.Interests, []string{"swimming"}) {
		t.Errorf("after saving where: %+v", p)
	}

	// A mistake comes back on the same short page, as typed.
	resp := b.submit("/providers/"+id+"/edit/contact", "/providers/"+id+"/edit/contact", url.Values{"website": {"javascript:alert(1)"}})
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "error-summary") || !strings.Contains(resp.Body, `value="javascript:alert(1)"`) || strings.Contains(resp.Body, `id="districts"`) {
		t.Errorf("a bad website: %d, want the contact part back with the error and what was typed\n%s", resp.Status, resp.Body)
	}

	// Interests change one kind at a time; other kinds stay.
	if resp := b.submit("/providers/"+id+"/edit/interests-games", "/providers/"+id+"/edit/interests-games", url.Values{"interests": {"chess"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("saving games: %d\n%s", resp.Status, resp.Body)
	}
	if p, _ := site.Store.Provider(t.Context(), id); !slices.Contains(p.Interests, "chess") || !slices.Contains(p.Interests, "swimming") {
		t.Errorf("after ticking chess, the interests are %q, want chess and swimming", p.Interests)
	}

	if resp := b.get("/providers/" + id + "/edit/nothing"); resp.Status != http.StatusNotFound {
		t.Errorf("a part that does not exist: %d, want 404", resp.Status)
	}
	other := site.browser(t)
	other.signInAs(site.visible()[1])
	if resp := other.post("/providers/"+id+"/edit/about", url.Values{"name": {"Taken over"}}); resp.Status != http.StatusForbidden {
		t.Errorf("another member changing a part: %d, want 403", resp.Status)
	}
}
