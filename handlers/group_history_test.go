package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestEasyReadHistoryAndCorrections: in Easy Read a group's story and the
// treasurer's corrections each have a short page of their own, reached
// from the start page's buttons, five items at a time; only the treasurer
// may correct. An agreed spend is withdrawn on its own page, and a reason
// too long comes back as typed, in either mode.
func TestEasyReadHistoryAndCorrections(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, who := joinAs(t, site, path, 1)
	for i := range 6 { // six payments, confirmed: more than one list's first five
		if resp := member.submit(path, path+"/payments", url.Values{"amount": {"2"}, "method": {"cash"}, "note": {"week " + string(rune('1'+i))}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying: %d", resp.Status)
		}
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	for _, e := range community.Tally(entries).Unconfirmed {
		if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {e.ID}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("confirming: %d", resp.Status)
		}
	}
	if resp := member.submit(path, path+"/proposals", url.Values{"spend_amount": {"5"}, "spend_to": {"Iffley Swim School"}, "spend_for": {"A lesson"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing: %d", resp.Status)
	}
	proposals, _ := site.Store.Proposals(t.Context(), id)
	spend := proposals[0].ID
	if resp := treasurer.submit(path+"/proposals/"+spend, path+"/proposals/"+spend+"/vote", url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("voting: %d", resp.Status)
	}
	for _, b := range []*browser{treasurer, member} {
		b.post("/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	}

	start := treasurer.get(path)
	for _, want := range []string{`href="` + path + `/history"`, `href="` + path + `/corrections"`} {
		if !strings.Contains(start.Body, want) {
			t.Errorf("the treasurer's Easy Read start page has no button %s", want)
		}
	}
	if strings.Contains(start.Body, "?all=yes") || strings.Contains(member.get(path+"?all=yes").Body, `id="money"`) {
		t.Error("Easy Read still offers, or shows, the whole group page")
	}
	if body := member.get(path).Body; strings.Contains(body, `href="`+path+`/corrections"`) {
		t.Error("a member who is not the treasurer is offered corrections")
	}
	if resp := member.get(path + "/corrections"); resp.Status != http.StatusForbidden {
		t.Errorf("a member opens the corrections page: %d, want 403", resp.Status)
	}

	history := member.get(path + "/history")
	if n := strings.Count(history.Body, `<li class="idea">`); n != 5 {
		t.Errorf("the history shows %d steps at first, want 5", n)
	}
	if !strings.Contains(history.Body, `href="`+path+`/history?shown=10#history"`) {
		t.Error("the history has no link to show 5 more")
	}
	if !strings.Contains(history.Body, `<a href="`+path+`/proposals/`+spend+`">`) {
		t.Error("the history's steps of the spend do not lead to its page")
	}
	// What members wrote, in the site's sentences, is marked as theirs.
	if !strings.Contains(history.Body, `<bdi class="theirs">A lesson</bdi>`) || !strings.Contains(history.Body, `<bdi class="theirs">`+who.Name+`</bdi>`) {
		t.Errorf("the history does not mark the member's name and what the spend is for as theirs: %s", history.Body)
	}

	fix := treasurer.get(path + "/corrections")
	if n := strings.Count(fix.Body, `href="`+path+`/entries/reverse?entry=`); n != 5 {
		t.Errorf("the corrections page offers %d entries to cancel at first, want 5", n)
	}
	if !strings.Contains(fix.Body, "Cancel "+who.Name+"&#39;s £2") {
		t.Errorf("the corrections page's buttons do not name what they cancel: %s", fix.Body)
	}

	// The treasurer withdraws the agreed spend on its page, with a reason
	// too long: the page comes back with it.
	one := treasurer.get(path + "/proposals/" + spend)
	if !strings.Contains(one.Body, `href="`+path+`/proposals/`+spend+`?withdraw=yes"`) {
		t.Fatal("the agreed spend's page has no way to withdraw it")
	}
	long := strings.Repeat("The swim school closed. ", 30)
	resp := treasurer.submit(path+"/proposals/"+spend+"?withdraw=yes", path+"/proposals/"+spend+"/withdraw", url.Values{"reason": {long}})
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, `id="reason"`) || !strings.Contains(resp.Body, strings.TrimSpace(long)) || !strings.Contains(resp.Body, `href="#reason"`) {
		t.Errorf("withdrawing with a reason too long: %d, want 400 with the reason as typed, its field and the summary's link to it: %s", resp.Status, resp.Body)
	}
	treasurer.post("/settings/display", url.Values{"easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}})
	resp = treasurer.submit(path, path+"/proposals/"+spend+"/withdraw", url.Values{"reason": {long}})
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, `id="reason-`+spend+`"`) || !strings.Contains(resp.Body, strings.TrimSpace(long)) || !strings.Contains(resp.Body, `href="#reason-`+spend+`"`) {
		t.Errorf("withdrawing on the plain group page with a reason too long: %d, want 400 with the reason as typed: %s", resp.Status, resp.Body)
	}
	resp = treasurer.submit(path, path+"/proposals/"+spend+"/withdraw", url.Values{"reason": {"The swim school closed."}})
	if resp.Status != http.StatusSeeOther {
		t.Errorf("withdrawing the agreed spend: %d", resp.Status)
	}
}
