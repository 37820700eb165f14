package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
)

// handOverMoney walks the treasurer's handover: the treasurer asks
// another member and confirms the pot, then that member confirms the same.
func handOverMoney(t *testing.T, from, to *browser, path, toID string) {
	t.Helper()
	if resp := from.submit(path+"/treasurer", path+"/treasurer/offer", url.Values{"person": {toID}, "confirm": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("asking a member to take over the money: %d", resp.Status)
	}
	if resp := to.submit(path+"/treasurer", path+"/treasurer/take", url.Values{"confirm": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("taking over the money: %d", resp.Status)
	}
}

// TestTreasurerHandover: the money changes hands only when both confirm
// the same pot on one page; handing to a watcher, not ticking, or a pot
// that changed in between are refused in words and move nothing; the
// timeline records the handover.
func TestTreasurerHandover(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	organiser, path := startOpenGroup(t, site)
	member, memberPerson := joinAs(t, site, path, 1)
	_, watcherPerson := joinWith(t, site, path, 2, url.Values{"watching": {"yes"}})
	id := strings.TrimPrefix(path, "/groups/")
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"20"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	if resp := organiser.submit(path, path+"/payments/confirm", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming: %d", resp.Status)
	}
	page := organiser.get(path + "/treasurer").Body
	if !strings.Contains(page, "£20") {
		t.Fatalf("the handover page does not show the pot of £20:\n%s", page)
	}

	unticked := organiser.submit(path+"/treasurer", path+"/treasurer/offer", url.Values{"person": {memberPerson.ID}})
	if unticked.Status != http.StatusBadRequest || !strings.Contains(unticked.Body, "Tick to confirm the pot holds £20") {
		t.Errorf("asking without ticking: %d\n%s", unticked.Status, unticked.Body)
	}
	if !strings.Contains(unticked.Body, `value="`+memberPerson.ID+`" selected`) {
		t.Error("the page asking again forgot who was chosen")
	}
	g, _ := site.Store.Group(t.Context(), id)
	if g.Handover != nil {
		t.Fatal("an unticked ask was recorded")
	}
	// The watcher is not offered; sent anyway, it is refused.
	if strings.Contains(page, `value="`+watcherPerson.ID+`"`) {
		t.Error("a watching member is offered the money")
	}
	if resp := organiser.submit(path+"/treasurer", path+"/treasurer/offer", url.Values{"person": {watcherPerson.ID}, "confirm": {"yes"}}); resp.Status != http.StatusBadRequest {
		t.Errorf("handing the money to a watcher: %d", resp.Status)
	}
	if resp := member.post(path+"/treasurer/take", url.Values{"confirm": {"yes"}, "pot": {"2000"}}); resp.Status == http.StatusSeeOther {
		t.Error("a member took the money nobody offered")
	}

	if resp := organiser.submit(path+"/treasurer", path+"/treasurer/offer", url.Values{"person": {memberPerson.ID}, "confirm": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("asking: %d", resp.Status)
	}
	if g, _ := site.Store.Group(t.Context(), id); g.Treasurer == memberPerson.ID {
		t.Fatal("the role moved before the new treasurer confirmed")
	}
	if home := member.get("/").Body; !strings.Contains(home, "asks you to take over the money") {
		t.Error("the member asked has no task on their home page")
	}
	// The pot changes between the two confirmations: the new treasurer
	// cannot take over figures the old one did not confirm.
	take := member.form(path+"/treasurer", path+"/treasurer/take", nil, url.Values{"confirm": {"yes"}})
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatal(resp.Status)
	}
	organiser.submit(path, path+"/payments/confirm", nil)
	changed := member.post(path+"/treasurer/take", take)
	if changed.Status != http.StatusBadRequest || !strings.Contains(changed.Body, "now holds £25") {
		t.Errorf("taking over after the pot changed: %d\n%s", changed.Status, changed.Body)
	}
	retake := member.submit(path+"/treasurer", path+"/treasurer/take", url.Values{"confirm": {"yes"}})
	if retake.Status != http.StatusBadRequest || !strings.Contains(retake.Body, "Ask them to confirm again") {
		t.Errorf("taking over figures the treasurer did not confirm: %d", retake.Status)
	}

	handOverMoney(t, organiser, member, path, memberPerson.ID)
	g, _ = site.Store.Group(t.Context(), id)
	if g.Treasurer != memberPerson.ID || g.Handover != nil {
		t.Fatalf("after both confirmed: treasurer %s, handover %+v", g.Treasurer, g.Handover)
	}
	if !strings.Contains(member.get(path).Body, "handed the money to") {
		t.Error("the timeline does not record the handover")
	}
}
