package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestMentorOfferPages: in Easy Read the offer to mentor is asked on short
// pages one after another; each page's answers go along to the next,
// a problem brings the same page back as typed, and the last page sends
// the whole offer, saved once.
func TestMentorOfferPages(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	priya := site.freshMember(t, "OX4")
	b.signInAs(priya)
	b.must(b.c.Submit("/", "/settings/display", url.Values{"easy_read": {"on"}, "return": {"/"}}))

	first := b.get("/mentors/offer").Body
	if !strings.Contains(first, `name="help_with"`) || strings.Contains(first, `id="why"`) || !strings.Contains(first, "Part 1 of 4") {
		t.Fatalf("the first page should ask only what they can help with")
	}
	// next sends the page's form with values over it and wants the page
	// that comes back.
	next := pageWalker(t, b, "/mentors/offer")
	again := next(first, url.Values{}, http.StatusBadRequest, "Part 1 of 4", "Something is wrong")
	times := next(again, url.Values{"help_with": {"find_group", "talking"}}, http.StatusOK, "Part 2 of 4", `name="free_times"`)
	if strings.Contains(times, `id="help_with-find_group"`) || !strings.Contains(times, `type="hidden" name="help_with" value="talking"`) {
		t.Error("the times page should carry the help chosen, hidden, and not ask it again")
	}
	words := next(times, url.Values{"free_times": {"tue-evening"}}, http.StatusOK, "Part 3 of 4", `id="why"`)
	words = next(words, url.Values{"languages": {"English"}, "why": {strings.Repeat("w", 1001)}}, http.StatusBadRequest, "Part 3 of 4", `value="English"`)
	kind := next(words, url.Values{"languages": {"English"}, "why": {"I was new here once."}}, http.StatusOK, "Part 4 of 4", `name="kind"`)
	if at := next(kind, url.Values{"kind": {"volunteer"}}, http.StatusSeeOther); at != "/mentors?done=offered" {
		t.Fatalf("sending the last page went to %q", at)
	}
	saved, err := site.Store.Mentor(t.Context(), priya.ID)
	if err != nil || saved.Why != "I was new here once." || len(saved.HelpWith) != 2 || len(saved.FreeTimes.Keys()) != 1 || len(saved.Languages) != 1 {
		t.Errorf("the offer saved from the pages: %+v %v", saved, err)
	}
}
