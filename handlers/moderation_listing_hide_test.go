package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// TestHidingAReportedListing: a moderator hides a reported listing from
// the queue; it leaves search and its provider's page, and its own page
// says, in plain words and in Easy Read, that a moderator removed it, to
// everyone but the moderators, its provider included; the provider's
// edits cannot bring it back.
func TestHidingAReportedListing(t *testing.T) {
	people := plainDemo(3)
	owner, member, mod := people[0], people[1], people[2]
	site := newTestSite(t, config.Providers{}, true, mod.ID)
	o, b, m := site.browser(t), site.browser(t), site.browser(t)
	o.signInAs(owner)
	b.signInAs(member)
	m.signInAs(mod)
	provider := createProvider(t, o)
	resp := o.submit("/providers/"+provider+"/listings/new", "/providers/"+provider+"/listings/new", listingForm())
	found := regexp.MustCompile(`^/listings/([0-9a-f]+)\?saved=1$`).FindStringSubmatch(resp.Location)
	if found == nil {
		t.Fatalf("creating a listing: %d to %q", resp.Status, resp.Location)
	}
	id, path := found[1], "/listings/"+found[1]
	if !foundListing(t, site, "Tuesday evening swim", id) {
		t.Fatal("the new listing is not found by search")
	}
	if resp := b.submit("/report?kind=listing&id="+id, "/report", url.Values{"reason": {"wrong"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("reporting the listing: %d", resp.Status)
	}
	open, _ := site.Store.OpenReports(t.Context())
	hide := "/moderation/reports/" + open[0].ID + "/hide"
	wantIn(t, "the queue", m.get("/moderation"), http.StatusOK, "Hide the listing", `href="`+path+`"`)
	if resp := m.submit("/moderation", hide, nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("hiding the listing: %d", resp.Status)
	}
	for name, br := range map[string]*browser{"the member": b, "its provider": o} {
		wantIn(t, name+" opening the hidden listing", br.get(path), http.StatusNotFound, "This listing was removed by a moderator.")
		if page := br.get("/providers/" + provider).Body; strings.Contains(page, `href="`+path+`"`) {
			t.Errorf("%s still sees the hidden listing on the provider's page", name)
		}
	}
	b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	wantIn(t, "the hidden listing in Easy Read", b.get(path), http.StatusNotFound, "A moderator took this listing away.")
	wantIn(t, "a moderator opening the hidden listing", m.get(path), http.StatusOK, "Tuesday evening swim")
	if foundListing(t, site, "Tuesday evening swim", id) {
		t.Error("the hidden listing is still found by search")
	}
	l, _ := site.Store.Listing(t.Context(), id)
	l.Title = "Tuesday evening swim again"
	if _, err := site.Store.SaveListing(t.Context(), l); err != nil {
		t.Fatal(err)
	}
	if again, _ := site.Store.Listing(t.Context(), id); !again.Removed() || again.RemovedBy != mod.ID {
		t.Errorf("the provider's edit brought the listing back: %+v", again)
	}
}
