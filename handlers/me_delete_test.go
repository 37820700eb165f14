package handlers_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestDeletingAnAccount: the treasurer cannot delete their account before
// handing the money over, and is told how; a member can, once they tick
// that they understand. They leave their group (their open proposal
// withdrawn, their vote taken out, their refund owed back), their profile,
// marks and the words of their messages go, and they are signed out. The
// group's accounts keep their amounts; the treasurer still sees their
// name until the refund is paid, then "a former member". Deleting twice
// changes nothing.
func TestDeletingAnAccount(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	leaver, who := joinAs(t, site, path, 1)
	friend, pal := joinAs(t, site, path, 2)
	joinAs(t, site, path, 3) // five voters: the cake needs three yes votes
	joinAs(t, site, path, 4)
	if resp := leaver.submit(path, path+"/payments", url.Values{"amount": {"10"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {community.Tally(entries).Unconfirmed[0].ID}})
	leaver.submit(path, path+"/proposals", url.Values{"spend_amount": {"1"}, "spend_to": {"Corner cafe"}, "spend_for": {"Tea"}})
	friend.submit(path, path+"/proposals", url.Values{"spend_amount": {"2"}, "spend_to": {"Corner cafe"}, "spend_for": {"Cake"}})
	proposals, _ := site.Store.Proposals(t.Context(), id)
	var tea, cake community.Proposal
	for _, p := range proposals {
		if p.For == "Tea" {
			tea = p
		} else {
			cake = p
		}
	}
	leaver.submit(path+"/proposals/"+cake.ID, path+"/proposals/"+cake.ID+"/vote", url.Values{"vote": {"yes"}})
	leaver.submit("/people/"+pal.ID, "/people/"+pal.ID+"/hello", nil)
	friend.submit("/people/"+who.ID, "/people/"+who.ID+"/hello", nil)
	if resp := leaver.submit("/messages/"+pal.ID, "/messages/"+pal.ID, url.Values{"text": {"See you at the pool"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("writing: %d", resp.Status)
	}

	// The treasurer is told to hand over first, and nothing is deleted.
	if page := treasurer.get("/me/delete"); page.Status != http.StatusOK || !strings.Contains(page.Body, `href="`+path+`/leave"`) || strings.Contains(page.Body, `action="/me/delete"`) {
		t.Errorf("the treasurer's page to delete: %d, want the way to hand over and no form", page.Status)
	}
	if resp := treasurer.post("/me/delete", url.Values{"confirm": {"yes"}, "key": {site.Actions.FormKey(site.visible()[0].ID, "delete")}}); resp.Status != http.StatusConflict || !strings.Contains(resp.Body, "Nothing was deleted") {
		t.Errorf("the treasurer deleting: %d, want 409 saying nothing was deleted", resp.Status)
	}

	// What leaving gives back, as the leave page works it out.
	before, _ := site.Store.Group(t.Context(), id)
	entries, _ = site.Store.Entries(t.Context(), id)
	proposals, _ = site.Store.Proposals(t.Context(), id)
	refund := community.LeavingOf(before.Rules.Leaver, community.Tally(entries).People[who.ID], community.HeldFor(before, who.ID, proposals)).Refund
	if refund <= 0 {
		t.Fatalf("the story wants a refund owed back, and leaving gives back %s", refund.Pounds())
	}
	page := leaver.get("/me/delete")
	if page.Status != http.StatusOK || !strings.Contains(page.Body, refund.Pounds()+" is owed back to you") || !strings.Contains(page.Body, `action="/me/delete"`) {
		t.Fatalf("the member's page to delete: %d, want it to say the %s owed back and the form: %s", page.Status, refund.Pounds(), page.Body)
	}
	if resp := leaver.submit("/me/delete", "/me/delete", nil); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "Tick the box") {
		t.Errorf("deleting without ticking: %d", resp.Status)
	}
	if _, err := site.Store.Person(t.Context(), who.ID); err != nil {
		t.Fatalf("deleting without ticking deleted: %v", err)
	}
	form := leaver.form("/me/delete", "/me/delete", nil, url.Values{"confirm": {"yes"}})
	resp := leaver.post("/me/delete", form)
	if resp.Status != http.StatusSeeOther || resp.Location != "/signin?done=deleted" {
		t.Fatalf("deleting: %d to %q", resp.Status, resp.Location)
	}
	// The same form sent again (a double click) is refused as out of
	// date: the sign-in it came from is gone.
	if again := leaver.post("/me/delete", form); again.Status != http.StatusForbidden || !strings.Contains(again.Body, "nothing was saved") {
		t.Errorf("deleting twice: %d, want 403 saying nothing was saved", again.Status)
	}
	if _, err := site.Store.Person(t.Context(), who.ID); community.KindOf(err) != community.KindNotFound {
		t.Errorf("the profile after deleting: %v, want not found", err)
	}
	g, _ := site.Store.Group(t.Context(), id)
	if _, in := g.Member(who.ID); in {
		t.Error("the deleted member is still in the group")
	}
	if !slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == who.ID && m.Name == who.Name }) {
		t.Error("the treasurer no longer has the name of the member owed a refund")
	}
	if p, _ := site.Store.Proposal(t.Context(), id, tea.ID); p.Status != community.ProposalWithdrawn {
		t.Errorf("the deleted member's open proposal is %s, want withdrawn", p.Status)
	}
	if p, _ := site.Store.Proposal(t.Context(), id, cake.ID); slices.ContainsFunc(p.Votes, func(v community.Vote) bool { return v.PersonID == who.ID }) {
		t.Error("the deleted member's vote still counts")
	}
	if marks, _ := site.Store.MarksFrom(t.Context(), who.ID); len(marks) != 0 {
		t.Errorf("the deleted member's marks remain: %v", marks)
	}
	thread := friend.get("/messages/" + who.ID)
	if thread.Status != http.StatusOK || !strings.Contains(thread.Body, "Message removed") || strings.Contains(thread.Body, "See you at the pool") || strings.Contains(thread.Body, `action="/messages/`+who.ID+`"`) {
		t.Errorf("the friend's thread with the deleted member: %d, want their message removed and no form: %s", thread.Status, thread.Body)
	}
	after, _ := site.Store.Entries(t.Context(), id)
	st := community.Tally(after)
	if st.People[who.ID].Paid != 1000 || st.People[who.ID].RefundOwed != refund {
		t.Errorf("the accounts after deleting: paid %s, owed back %s; want £10 and %s", st.People[who.ID].Paid.Pounds(), st.People[who.ID].RefundOwed.Pounds(), refund.Pounds())
	}

	// Paid back, the name goes too.
	owed := st.Owing[0].ID
	if resp := treasurer.submit(path+"/refunds", path+"/refunds/pay-back", url.Values{"entry": {owed}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying back: %d", resp.Status)
	}
	g, _ = site.Store.Group(t.Context(), id)
	if slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == who.ID && m.Name != "" }) {
		t.Error("once paid back, the deleted member's name is still in the group's records")
	}
	if body := treasurer.get(path).Body; strings.Contains(body, who.Name) || !strings.Contains(body, "A former member") {
		t.Error("the group page still names the deleted member, or does not say \"A former member\"")
	}
}
