package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestProfileStepChangesOnlyItsPart walks the Easy Read profile form one
// step at a time: each step's page has only its part, its save changes
// only that part, and a problem brings the same step back as typed.
func TestProfileStepChangesOnlyItsPart(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	if resp := b.submit("/me/edit", "/me/edit", goodProfile(member)); resp.Status != http.StatusSeeOther {
		t.Fatalf("saving a good profile first: %d", resp.Status)
	}
	b.must(b.c.Submit("/", "/settings/display", url.Values{"easy_read": {"on"}, "return": {"/"}}))

	start := b.get("/me/edit").Body
	for _, step := range []string{"name", "where", "interests", "times", "visibility"} {
		if !strings.Contains(start, `href="/me/edit?step=`+step+`"`) {
			t.Errorf("the Easy Read start of /me/edit has no button for the step %s", step)
		}
	}
	if strings.Contains(start, `name="district"`) {
		t.Error("the Easy Read start of /me/edit shows the form's fields, want only the steps")
	}
	where := b.get("/me/edit?step=where").Body
	if !strings.Contains(where, `name="district"`) || strings.Contains(where, `name="name"`) || strings.Contains(where, `name="interests"`) {
		t.Errorf("the where step should ask only the postcode:\n%s", where)
	}

	// A made-up postcode: the same step, with what was typed and why.
	bad := b.submit("/me/edit?step=where", "/me/edit", url.Values{"district": {"ZZ99 9ZZ"}})
	if bad.Status != http.StatusBadRequest || !strings.Contains(bad.Body, `value="ZZ99 9ZZ"`) ||
		!strings.Contains(bad.Body, "We do not know this postcode") || strings.Contains(bad.Body, `name="name"`) {
		t.Errorf("a made-up postcode on its step: %d, want the where step again with it and the problem\n%s", bad.Status, bad.Body)
	}

	resp := b.submit("/me/edit?step=where", "/me/edit", url.Values{"district": {"L36 9XX"}})
	if resp.Status != http.StatusSeeOther || resp.Location != "/me/edit?saved=1" {
		t.Fatalf("saving the where step: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if saved.District != "L36" || saved.Name != "Sam Taylor" || !slices.Equal(saved.Interests, []string{"swimming", "art"}) ||
		saved.About != "I like swimming." || !saved.OpenToBuying || len(saved.FreeTimes.Keys()) != 2 {
		t.Errorf("after the where step: %+v, want only the district changed", saved)
	}

	// One category of interests: the others' ticks stay.
	cats := b.get("/me/edit?step=interests").Body
	if !strings.Contains(cats, `href="/me/edit?step=interests&amp;category=sport"`) || strings.Contains(cats, `name="interests"`) {
		t.Errorf("the interests step should start with a button for each category")
	}
	resp = b.submit("/me/edit?step=interests&category=sport", "/me/edit", url.Values{"interests": {"gym", "yoga"}})
	if resp.Status != http.StatusSeeOther || resp.Location != "/me/edit?step=interests&saved=1" {
		t.Fatalf("saving the sport interests: %d to %q\n%s", resp.Status, resp.Location, resp.Body)
	}
	saved, _ = site.Store.Person(t.Context(), member.ID)
	if !slices.Equal(saved.Interests, []string{"gym", "yoga", "art"}) || saved.District != "L36" {
		t.Errorf("after the sport step: interests %v, district %q; want swimming unticked, gym and yoga ticked, art kept", saved.Interests, saved.District)
	}
	if page := b.get("/me/edit?step=interests&saved=1").Body; !strings.Contains(page, "Sport: 2 ticked") {
		t.Error("the interests step does not say how many sport interests are ticked")
	}
}

// TestProfileStepOfANewMember: a member with no postcode yet who fills in
// another step first is told, on that step, to fill in where they live.
func TestProfileStepOfANewMember(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	member.District = ""
	if _, err := site.Store.SaveProfile(t.Context(), member); err != nil {
		t.Fatal(err)
	}
	b.signInAs(member)
	resp := b.submit("/me/edit?step=name", "/me/edit", url.Values{"name": {"Robin"}})
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Postcode district first") || !strings.Contains(resp.Body, `value="Robin"`) {
		t.Errorf("a name without a postcode yet: %d, want the name step again saying to fill in the postcode\n%s", resp.Status, resp.Body)
	}
}
