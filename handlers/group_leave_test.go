package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

func TestLeavingAGroup(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, person := joinAs(t, site, path, 1)
	pressed := func(what string, resp page) {
		t.Helper()
		if resp.Status != http.StatusSeeOther {
			t.Fatalf("%s: %d", what, resp.Status)
		}
	}
	pressed("paying", member.submit(path, path+"/payments", url.Values{"amount": {"20"}, "method": {"cash"}}))
	entries, _ := site.Store.Entries(t.Context(), id)
	pressed("confirming", treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {community.Tally(entries).Unconfirmed[0].ID}}))

	// An open vote the leaver has not voted in: two voters, both needed;
	// the treasurer's proposal counts their own yes.
	pressed("proposing", treasurer.submit(path, path+"/proposals", url.Values{"spend_amount": {"1"}, "spend_to": {"Pool"}, "spend_for": {"Towels"}}))
	proposals, _ := site.Store.Proposals(t.Context(), id)

	page := member.get(path + "/leave").Body
	for _, want := range []string{"You put in £20.", "That leaves £20 in your account.", "The treasurer will pay you back £20.", "Your pledge of £30 still to pay will be cancelled."} {
		if !strings.Contains(page, want) {
			t.Errorf("before leaving, the page does not say %q", want)
		}
	}
	leave := member.form(path+"/leave", path+"/leave", nil, nil)
	if resp := member.post(path+"/leave", leave); resp.Status != http.StatusSeeOther || resp.Location != "/groups?done=left" {
		t.Fatalf("leaving: %d to %q", resp.Status, resp.Location)
	}
	entries, _ = site.Store.Entries(t.Context(), id)
	st := community.Tally(entries)
	// The refund is owed until the treasurer pays it back: still in the
	// pot, but not to be spent.
	if st.People[person.ID].RefundOwed != 2000 || st.People[person.ID].Owed() != 0 || st.Pot() != 2000 || st.Spendable() != 0 {
		t.Errorf("after leaving: %+v, pot %s, may be spent %s", st.People[person.ID], st.Pot().Pounds(), st.Spendable().Pounds())
	}
	if p, _ := site.Store.Proposal(t.Context(), id, proposals[0].ID); p.Status != community.ProposalApproved || p.Voters != 1 {
		t.Errorf("the open vote after a voter left: %s with %d voters; want it decided by the one left", p.Status, p.Voters)
	}
	// The treasurer, who pays it back, sees who by name; the other members
	// see "a former member".
	if page := treasurer.get(path).Body; !strings.Contains(page, "Pay back £20 to "+person.Name) {
		t.Error("the treasurer's page does not say: Pay back £20 to " + person.Name)
	}
	if page := member.get(path + "/statement"); page.Status != http.StatusOK || !strings.Contains(page.Body, "Statement for") {
		t.Errorf("the leaver's own statement after leaving: %d", page.Status)
	}
	if page := member.get(path + "/ledger.csv"); page.Status != http.StatusForbidden {
		t.Errorf("the whole ledger for someone who left: %d, want 403", page.Status)
	}
	if csv := treasurer.get(path + "/ledger.csv").Body; !strings.Contains(csv, person.Name) {
		t.Error("the treasurer's ledger CSV does not name the leaver, who is owed money")
	}
	before := len(entries)
	// The same leave form sent again (a retry) finishes the same leave;
	// a leave made up without a form is refused, as they are not a member.
	if resp := member.post(path+"/leave", leave); resp.Status != http.StatusSeeOther || resp.Location != "/groups?done=left" {
		t.Errorf("the same leave form sent again: %d to %q", resp.Status, resp.Location)
	}
	if resp := member.post(path+"/leave", url.Values{}); resp.Status != http.StatusConflict ||
		!strings.Contains(resp.Body, "You have already left this group") || !strings.Contains(resp.Body, `href="`+path+`"`) {
		t.Errorf("leaving twice: %d; want 409 titled \"You have already left this group\" with a link back to it", resp.Status)
	}
	if after, _ := site.Store.Entries(t.Context(), id); len(after) != before {
		t.Error("leaving twice changed the ledger")
	}

	t.Run("the treasurer pays the refund back", func(t *testing.T) {
		owing := community.Tally(entries).Owing
		if len(owing) != 1 {
			t.Fatalf("%d refunds owed", len(owing))
		}
		if resp := treasurer.submit(path, path+"/refunds/pay-back", url.Values{"entry": {owing[0].ID}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying back: %d", resp.Status)
		}
		after, _ := site.Store.Entries(t.Context(), id)
		if st := community.Tally(after); st.Refunded != 2000 || st.RefundOwed != 0 || st.Pot() != 0 {
			t.Errorf("after paying back: refunded %s, owed %s, pot %s", st.Refunded.Pounds(), st.RefundOwed.Pounds(), st.Pot().Pounds())
		}
		if page := treasurer.get(path).Body; strings.Contains(page, "Pay back £20") || !strings.Contains(page, "was paid back to "+marked(person.Name)) {
			t.Error("after paying back, the page still asks for it, or the timeline does not say it was paid back")
		}
	})

	t.Run("the treasurer hands over before leaving, and the last member closes the group", func(t *testing.T) {
		other, otherPerson := joinAs(t, site, path, 2)
		if page := treasurer.get(path + "/leave").Body; !strings.Contains(page, "Hand your role to another member") {
			t.Error("the treasurer is not asked to hand over first")
		}
		if _, has := treasurer.hasForm(path+"/leave", path+"/leave"); has {
			t.Error("the treasurer is offered the leave form before handing over")
		}
		if resp := treasurer.post(path+"/leave", url.Values{}); resp.Status != http.StatusForbidden {
			t.Errorf("the treasurer leaving without handing over: %d", resp.Status)
		}
		handOverMoney(t, treasurer, other, path, otherPerson.ID)
		if resp := treasurer.submit(path+"/leave", path+"/handover", url.Values{"person": {otherPerson.ID}, "role": {"organiser"}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("handing over organising: %d", resp.Status)
		}
		if resp := treasurer.submit(path+"/leave", path+"/leave", url.Values{}); resp.Status != http.StatusSeeOther {
			t.Fatalf("leaving after handing over: %d", resp.Status)
		}
		if page := other.get(path + "/leave").Body; !strings.Contains(page, "leaving closes the group") {
			t.Error("the last member is not told leaving closes the group")
		}
		if resp := other.submit(path+"/leave", path+"/leave", url.Values{}); resp.Status != http.StatusSeeOther {
			t.Fatalf("the last member leaving: %d", resp.Status)
		}
		if g, _ := site.Store.Group(t.Context(), id); !g.Closed || len(g.Members) != 0 {
			t.Errorf("after the last member left: closed %v, %d members", g.Closed, len(g.Members))
		}
	})
}
