package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// gymGroup is a group of two who paid £110 each and bought a £220
// mini-gym they keep.
type gymGroup struct {
	site              *testSite
	treasurer, member *browser
	memberPerson      community.Person
	path, id, thing   string
}

func buyGym(t *testing.T, values url.Values) gymGroup {
	t.Helper()
	g := gymGroup{site: newTestSite(t, config.Providers{}, true)}
	g.treasurer, g.path = startGroupWith(t, g.site, values)
	g.id = strings.TrimPrefix(g.path, "/groups/")
	g.member, g.memberPerson = joinAs(t, g.site, g.path, 1)
	for _, b := range []*browser{g.treasurer, g.member} {
		g.ok(t, "paying", b.submit(g.path, g.path+"/payments", url.Values{"amount": {"110"}, "method": {"cash"}}))
	}
	g.ok(t, "confirming", g.treasurer.submit(g.path, g.path+"/payments/confirm-all", nil))
	g.ok(t, "proposing", g.member.submit(g.path, g.path+"/proposals", url.Values{"spend_amount": {"220"}, "spend_to": {"Fit Kit Ltd"},
		"spend_for": {"A mini-gym"}, "spend_keep": {"The mini-gym"}}))
	p := g.proposals(t)[0]
	g.ok(t, "voting", g.treasurer.submit(g.path, g.path+"/proposals/"+p.ID+"/vote", url.Values{"vote": {"yes"}}))
	g.ok(t, "recording paid", g.treasurer.submit(g.path, g.path+"/proposals/"+p.ID+"/paid", nil))
	g.thing = p.ID
	return g
}

func (g gymGroup) ok(t *testing.T, doing string, resp page) {
	t.Helper()
	if resp.Status != http.StatusSeeOther {
		t.Fatalf("%s: %d\n%s", doing, resp.Status, resp.Body)
	}
}

// treasurerID is the id of the group's treasurer.
func (g gymGroup) treasurerID(t *testing.T) string {
	t.Helper()
	group, err := g.site.Store.Group(t.Context(), g.id)
	if err != nil {
		t.Fatal(err)
	}
	return group.Treasurer
}

// key is the key of a form for a member, or for the treasurer when
// personID is "": for forms the page no longer shows them.
func (g gymGroup) key(t *testing.T, personID, form string) string {
	t.Helper()
	if personID == "" {
		group, err := g.site.Store.Group(t.Context(), g.id)
		if err != nil {
			t.Fatal(err)
		}
		personID = group.Treasurer
	}
	return g.site.Actions.FormKey(personID, form)
}

func (g gymGroup) proposals(t *testing.T) []community.Proposal {
	t.Helper()
	proposals, err := g.site.Store.Proposals(t.Context(), g.id)
	if err != nil {
		t.Fatal(err)
	}
	return proposals
}

func (g gymGroup) statement(t *testing.T) community.Statement {
	t.Helper()
	entries, err := g.site.Store.Entries(t.Context(), g.id)
	if err != nil {
		t.Fatal(err)
	}
	return community.Tally(entries)
}

// TestWindingUp: closing is refused while a spend is agreed and not paid,
// without a fate for each thing, and a second time; once agreed the group
// takes no new money, the treasurer sells the gym, shares out the money
// (each gets their account and half of the common fund, the odd
// penny to the first to join), pays each back,
// and the final statements stay readable.
func TestWindingUp(t *testing.T) {
	g := buyGym(t, nil)
	wind := g.path + "/wind-up"
	g.ok(t, "paying for tea", g.member.submit(g.path, g.path+"/payments", url.Values{"amount": {"2"}, "method": {"cash"}}))
	g.ok(t, "confirming", g.treasurer.submit(g.path, g.path+"/payments/confirm", nil))
	g.ok(t, "proposing tea", g.member.submit(g.path, g.path+"/proposals", url.Values{"spend_amount": {"2"}, "spend_to": {"Cafe"}, "spend_for": {"Tea"}}))
	tea := g.proposals(t)[0]
	g.ok(t, "agreeing tea", g.treasurer.submit(g.path, g.path+"/proposals/"+tea.ID+"/vote", url.Values{"vote": {"yes"}}))
	if page := g.treasurer.get(wind).Body; !strings.Contains(page, "A spend is agreed and not paid yet") {
		t.Error("the wind-up page does not say an agreed spend must be paid or withdrawn first")
	}
	if resp := g.treasurer.post(wind, url.Values{"fate-" + g.thing: {"sold"}}); resp.Status != http.StatusConflict {
		t.Errorf("winding up with a spend agreed and not paid: %d", resp.Status)
	}
	g.ok(t, "withdrawing tea", g.treasurer.submit(g.path, g.path+"/proposals/"+tea.ID+"/withdraw", url.Values{"reason": {"No tea"}}))

	noFate := g.treasurer.submit(wind, wind, nil)
	if noFate.Status != http.StatusBadRequest || !strings.Contains(noFate.Body, "Choose what happens to The mini-gym") {
		t.Errorf("winding up with no fate for the gym: %d", noFate.Status)
	}
	noOne := g.treasurer.submit(wind, wind, url.Values{"fate-" + g.thing: {"to_member"}})
	if noOne.Status != http.StatusBadRequest || !strings.Contains(noOne.Body, "Choose the member who gets The mini-gym") {
		t.Errorf("giving the gym to no one: %d", noOne.Status)
	}
	if resp := g.member.post(wind, url.Values{"fate-" + g.thing: {"sold"}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member who does not organise proposing to close: %d", resp.Status)
	}
	g.ok(t, "proposing to close", g.treasurer.submit(wind, wind, url.Values{"fate-" + g.thing: {"sold"}}))
	if resp := g.treasurer.post(wind, url.Values{"fate-" + g.thing: {"sold"}, "key": {g.key(t, "", "wind-up")}}); resp.Status != http.StatusConflict ||
		!strings.Contains(resp.Body, "already voting on closing") {
		t.Errorf("a second wind-up: %d", resp.Status)
	}
	var closing community.Proposal
	for _, p := range g.proposals(t) {
		if p.WindUp {
			closing = p
		}
	}
	if page := g.member.get(g.path).Body; !strings.Contains(page, "The mini-gym: sold, the money shared out") {
		t.Error("the group page does not show the wind-up with the gym's fate")
	}
	g.ok(t, "agreeing to close", g.member.submit(g.path, g.path+"/proposals/"+closing.ID+"/vote", url.Values{"vote": {"yes"}}))
	if resp := g.member.post(g.path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}, "key": {g.key(t, g.memberPerson.ID, "pay")}}); resp.Status != http.StatusConflict {
		t.Errorf("paying into a group that is closing: %d", resp.Status)
	}
	if resp := g.member.post(g.path+"/leave", url.Values{"key": {g.key(t, g.memberPerson.ID, "leave")}}); resp.Status != http.StatusConflict {
		t.Errorf("leaving a group that is closing: %d", resp.Status)
	}
	if resp := g.treasurer.post(wind+"/share-out", url.Values{"key": {g.key(t, "", "share-out")}}); resp.Status != http.StatusConflict {
		t.Errorf("sharing out before the gym is sold: %d", resp.Status)
	}
	bad := g.treasurer.submit(wind, wind+"/sale", url.Values{"sold_for": {"eighty"}})
	if bad.Status != http.StatusBadRequest || !strings.Contains(bad.Body, "Enter what it sold for as a number of pounds") {
		t.Errorf("a sale of \"eighty\": %d", bad.Status)
	}
	g.ok(t, "recording the sale", g.treasurer.submit(wind, wind+"/sale", url.Values{"sold_for": {"80.01"}}))
	// The member's £2 for tea is still in their account.
	if st := g.statement(t); st.Fund() != 8001 || st.Pot() != 8201 {
		t.Fatalf("after the sale: fund %s, pot %s", st.Fund().Pounds(), st.Pot().Pounds())
	}
	g.ok(t, "sharing out", g.treasurer.submit(wind, wind+"/share-out", nil))
	st := g.statement(t)
	if len(st.Owing) != 2 || st.Owing[0].Amount+st.Owing[1].Amount != 8201 || st.Fund() != 0 {
		t.Fatalf("after sharing out: owing %+v, fund %s", st.Owing, st.Fund().Pounds())
	}
	page := g.member.get(wind).Body
	// The treasurer joined first and takes the odd penny: £40.01; the
	// member gets £40 and their £2.
	for _, want := range []string{"<td>£40.01</td>", "<td>£42</td>", "has closed"} {
		if !strings.Contains(page, want) {
			t.Errorf("the closed group's page does not show %q", want)
		}
	}
	for range 2 {
		g.ok(t, "paying back", g.treasurer.submit(g.path, g.path+"/refunds/pay-back", nil))
	}
	if st := g.statement(t); st.Pot() != 0 || st.RefundOwed != 0 {
		t.Errorf("after paying everyone back: pot %s, owed %s", st.Pot().Pounds(), st.RefundOwed.Pounds())
	}
	final := g.member.get(g.path + "/statement")
	if final.Status != http.StatusOK || !strings.Contains(final.Body, "Part of the common fund") {
		t.Errorf("the member's final statement: %d", final.Status)
	}
	if page := g.member.get(wind).Body; strings.Count(page, ">Yes<") != 2 {
		t.Error("the final page does not say both were paid back")
	}
}

// TestBuyOut: under the buy-out rule, a leaver who paid for half the gym
// gets their unspent money owed at once and the members who stay vote on
// the value they asked; asking more than their share is refused; agreed,
// the value is owed to them from the common fund; the gym stays.
func TestBuyOut(t *testing.T) {
	g := buyGym(t, url.Values{"leaver": {"buy_out"}})
	third, _ := joinAs(t, g.site, g.path, 2)
	g.ok(t, "the third paying", third.submit(g.path, g.path+"/payments", url.Values{"amount": {"20"}, "method": {"cash"}}))
	g.ok(t, "confirming", g.treasurer.submit(g.path, g.path+"/payments/confirm", nil))
	leave := g.path + "/leave"
	page := g.member.get(leave).Body
	if !strings.Contains(page, "You paid £110 towards The mini-gym.") || !strings.Contains(page, `value="£110"`) {
		t.Fatalf("the leave page does not show the member's share of the gym:\n%s", page)
	}
	if resp := g.member.submit(leave, leave, url.Values{"value": {"120"}}); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "at most what you paid towards it: £110") {
		t.Errorf("asking more than their share: %d", resp.Status)
	}
	if g2, _ := g.site.Store.Group(t.Context(), g.id); len(g2.Members) != 3 {
		t.Fatal("a refused leave took the member out")
	}
	g.ok(t, "leaving", g.member.submit(leave, leave, url.Values{"value": {"90"}}))
	var vote community.Proposal
	for _, p := range g.proposals(t) {
		if p.BuysOut == g.memberPerson.ID {
			vote = p
		}
	}
	if vote.Amount != 9000 || vote.Voters != 2 || vote.Status != community.ProposalOpen {
		t.Fatalf("the buy-out vote: %+v", vote)
	}
	if page := g.treasurer.get(g.path).Body; !strings.Contains(page, "Buy out a former member&#39;s share of what the group owns for £90") {
		t.Error("the group page does not show the buy-out vote")
	}
	for _, b := range []*browser{g.treasurer, third} {
		g.ok(t, "voting on the buy-out", b.submit(g.path, g.path+"/proposals/"+vote.ID+"/vote", url.Values{"vote": {"yes"}}))
	}
	st := g.statement(t)
	leaver := st.People[g.memberPerson.ID]
	if leaver.BoughtOut != 9000 || st.RefundOwed != 9000 || leaver.Balance() != 0 {
		t.Errorf("after the buy-out: bought out %s, owed %s, leaver's account %s", leaver.BoughtOut.Pounds(), st.RefundOwed.Pounds(), leaver.Balance().Pounds())
	}
	// The group buys the share from its common fund (the third member's
	// £2.50 late fee is in it), not from the accounts of those there today.
	if st.Fund() != 250-9000 || st.People[g.treasurerID(t)].Balance() != 0 {
		t.Errorf("after the buy-out: fund %s, the treasurer's account %s", st.Fund().Pounds(), st.People[g.treasurerID(t)].Balance().Pounds())
	}
	if st.Accounts()+st.Fund()+st.RefundOwed != st.Pot() {
		t.Errorf("accounts %s + fund %s + owed %s is not the pot %s", st.Accounts().Pounds(), st.Fund().Pounds(), st.RefundOwed.Pounds(), st.Pot().Pounds())
	}
	if g2, _ := g.site.Store.Group(t.Context(), g.id); len(g2.Things) != 1 {
		t.Error("the gym did not stay with the group")
	}
	if page := g.treasurer.get(g.path + "/things/" + g.thing).Body; !strings.Contains(page, "whose share the group bought out for £90") {
		t.Error("the gym's page does not say the leaver's share was bought out")
	}
}
