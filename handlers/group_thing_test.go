package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestThingsTheGroupOwns: a spend marked as kept becomes a thing on the
// group page with what it cost and each owner's share; an organiser lets
// others use it for £3 a month (£0 and words are refused and change
// nothing); someone outside uses it, is refused a vote and a payment into
// the pot in words, pays their fee, which goes to the common fund, and
// reads it on their statement.
func TestThingsTheGroupOwns(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, memberPerson := joinAs(t, site, path, 1)
	var tenant *browser
	var tenantPerson community.Person
	for _, p := range site.visible()[3:] {
		if !p.Display.EasyRead {
			tenant, tenantPerson = site.browser(t), p
			tenant.signInAs(p)
			break
		}
	}
	pay := func(b *browser, amount string) {
		t.Helper()
		if resp := b.submit(path, path+"/payments", url.Values{"amount": {amount}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying %s: %d", amount, resp.Status)
		}
	}
	pay(treasurer, "110")
	pay(member, "110")
	if resp := treasurer.submit(path, path+"/payments/confirm-all", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming: %d", resp.Status)
	}
	long := strings.Repeat("gym ", 30)
	if resp := member.submit(path, path+"/proposals", url.Values{"spend_amount": {"220"}, "spend_to": {"Fit Kit Ltd"}, "spend_for": {"A mini-gym"}, "spend_keep": {long}}); resp.Status != http.StatusBadRequest ||
		!strings.Contains(resp.Body, "80 characters or fewer") {
		t.Errorf("a thing's name of 120 characters: %d", resp.Status)
	}
	if resp := member.submit(path, path+"/proposals", url.Values{"spend_amount": {"220"}, "spend_to": {"Fit Kit Ltd"}, "spend_for": {"A mini-gym"}, "spend_keep": {"The mini-gym"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing: %d", resp.Status)
	}
	proposals, _ := site.Store.Proposals(t.Context(), id)
	gym := proposals[0]
	if resp := treasurer.submit(path, path+"/proposals/"+gym.ID+"/vote", url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("voting: %d", resp.Status)
	}
	if resp := treasurer.submit(path, path+"/proposals/"+gym.ID+"/paid", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("recording paid: %d", resp.Status)
	}
	thing := path + "/things/" + gym.ID
	if g, _ := site.Store.Group(t.Context(), id); len(g.Things) != 1 {
		p, _ := site.Store.Proposal(t.Context(), id, gym.ID)
		t.Fatalf("after the kept spend was paid: things %+v; proposal %s keep %q", g.Things, p.Status, p.Keep)
	}
	if page := member.get(path).Body; !strings.Contains(page, "The mini-gym</a>: cost £220") {
		t.Errorf("the group page does not list the mini-gym and its cost")
	}
	page := member.get(thing).Body
	for _, want := range []string{"£220", "Fit Kit Ltd", memberPerson.Name + "</th><td>£110"} {
		if !strings.Contains(page, want) {
			t.Errorf("the thing's page does not show %q", want)
		}
	}

	// Offering it: £0 and words are refused, in words, keeping what was typed.
	for typed, want := range map[string]string{"0": "A fee must be more than £0", "three": "Enter the fee as a number of pounds"} {
		resp := treasurer.submit(thing, thing+"/use-fee", url.Values{"use_fee": {typed}, "use_every": {"month"}})
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, want) || !strings.Contains(resp.Body, `value="`+typed+`"`) {
			t.Errorf("a use fee of %q: %d", typed, resp.Status)
		}
	}
	if g, _ := site.Store.Group(t.Context(), id); g.Things[0].UseFee != 0 {
		t.Fatal("a refused fee was saved")
	}
	if resp := member.post(thing+"/use-fee", url.Values{"use_fee": {"3"}, "use_every": {"month"}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member who does not organise setting the fee: %d", resp.Status)
	}
	if resp := treasurer.submit(thing, thing+"/use-fee", url.Values{"use_fee": {"3"}, "use_every": {"month"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("offering it for £3 a month: %d", resp.Status)
	}

	// Someone outside sees it, uses it, and is a user, not an owner.
	if page := tenant.get(path).Body; !strings.Contains(page, "The mini-gym</a>: £3 a month") {
		t.Error("someone outside the group is not shown what they may use for a fee")
	}
	if resp := tenant.submit(thing, thing+"/use", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("starting to use it: %d", resp.Status)
	}
	g, _ := site.Store.Group(t.Context(), id)
	if len(g.Members) != 2 || len(g.Users) != 1 {
		t.Fatalf("after a tenant started using it: %d members, %d users", len(g.Members), len(g.Users))
	}
	if resp := tenant.post(path+"/proposals/"+gym.ID+"/vote", url.Values{"vote": {"no"}}); resp.Status != http.StatusForbidden || !strings.Contains(resp.Body, "Only its members, who own it") {
		t.Errorf("a user voting: %d", resp.Status)
	}
	if resp := tenant.post(path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusForbidden {
		t.Errorf("a user paying into the pot: %d", resp.Status)
	}
	if resp := tenant.submit(thing, thing+"/pay", url.Values{"method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying the use fee: %d", resp.Status)
	}
	if page := treasurer.get(path).Body; !strings.Contains(page, tenantPerson.Name+" says they paid £3") {
		t.Error("the treasurer does not see the user's fee waiting, by name")
	}
	if resp := treasurer.submit(path, path+"/payments/confirm", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming the use fee: %d", resp.Status)
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	st := community.Tally(entries)
	if st.Fund() != 300 || st.Pot() != 300 {
		t.Errorf("after one use fee: fund %s, pot %s; want £3 and £3", st.Fund().Pounds(), st.Pot().Pounds())
	}
	if page := tenant.get(thing).Body; !strings.Contains(page, "I paid £3 for month 2") || !strings.Contains(page, "Use fees you have paid: 1.") ||
		!strings.Contains(page, "Month 2 is due on") {
		t.Error("the user's page does not offer month 2, and say when it is due, after paying month 1")
	}
	if home := tenant.get("/").Body; !strings.Contains(home, "Your use fee: £3 for month 2 of The mini-gym, due") {
		t.Error("the user's home page does not say their next use fee is due")
	}
	if groups := tenant.get("/groups").Body; !strings.Contains(groups, "The mini-gym, of ") {
		t.Error("the user's groups page does not list the thing they use")
	}
	statement := tenant.get(path + "/statement")
	if statement.Status != http.StatusOK || !strings.Contains(statement.Body, "use of The mini-gym") {
		t.Errorf("the user's statement: %d, shows the fee: %v", statement.Status, strings.Contains(statement.Body, "use of The mini-gym"))
	}
	if page := treasurer.get(thing).Body; !strings.Contains(page, "use fees paid: 1") {
		t.Error("the treasurer does not see who uses it and what they paid")
	}
	if resp := tenant.submit(thing, thing+"/stop", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("stopping: %d", resp.Status)
	}
	if resp := tenant.post(thing+"/pay", url.Values{"method": {"cash"}}); resp.Status != http.StatusForbidden {
		t.Errorf("paying after stopping: %d", resp.Status)
	}
	if resp := tenant.get(path + "/statement"); resp.Status != http.StatusOK {
		t.Errorf("the statement after stopping: %d", resp.Status)
	}
}
