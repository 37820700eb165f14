package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

func TestGroupDecidesASpend(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, _ := joinAs(t, site, path, 1)
	third, _ := joinAs(t, site, path, 2)
	watcher := func() *browser {
		for _, p := range site.visible()[3:] {
			if p.Display.EasyRead {
				continue
			}
			b := site.browser(t)
			b.signInAs(p)
			if resp := b.submit(path, path+"/join", url.Values{"watching": {"yes"}}); resp.Status != http.StatusSeeOther {
				t.Fatalf("joining as watching: %d", resp.Status)
			}
			return b
		}
		t.Fatal("no member left to watch")
		return nil
	}()

	// £5 paid and confirmed: the pot holds £5.
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {community.Tally(entries).Unconfirmed[0].ID}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("confirming: %d", resp.Status)
	}

	propose := url.Values{"spend_amount": {"600"}, "spend_to": {"Iffley Swim School"}, "spend_for": {"Ten lessons"}}
	resp := member.submit(path, path+"/proposals", propose)
	// £5 in the pot and £145 still pledged by the three: the group can
	// agree up to £150, and the page says so in figures.
	if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "This spend is £600. The pot has £5 free and members have £145 more to pay of their pledges, so the group can agree up to £150.") ||
		!strings.Contains(resp.Body, `value="Ten lessons"`) {
		t.Fatalf("proposing more than is left: %d", resp.Status)
	}
	// Watching members are shown no form to propose or vote with; what
	// they make up is refused for who they are.
	if _, has := watcher.hasForm(path, path+"/proposals"); has {
		t.Error("a watching member is offered the form to propose")
	}
	if resp := watcher.post(path+"/proposals", propose); resp.Status != http.StatusForbidden {
		t.Errorf("a watching member proposing: %d", resp.Status)
	}
	propose.Set("spend_amount", "3")
	if resp := member.submit(path, path+"/proposals", propose); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing £3: %d\n%s", resp.Status, resp.Body)
	}
	proposals, _ := site.Store.Proposals(t.Context(), id)
	if len(proposals) != 1 || proposals[0].Needed != 2 || proposals[0].Voters != 3 {
		t.Fatalf("proposal %+v: three voters (the watcher does not vote) need two yes votes", proposals)
	}
	vote := path + "/proposals/" + proposals[0].ID + "/vote"
	if _, has := watcher.hasForm(path, vote); has {
		t.Error("a watching member is offered the form to vote")
	}
	if resp := watcher.post(vote, url.Values{"vote": {"yes"}}); resp.Status != http.StatusForbidden {
		t.Errorf("a watching member voting: %d", resp.Status)
	}
	if resp := treasurer.post(path+"/proposals/"+proposals[0].ID+"/paid", url.Values{}); resp.Status != http.StatusConflict {
		t.Errorf("paying before it is approved: %d", resp.Status)
	}
	paid := path + "/proposals/" + proposals[0].ID + "/paid"
	if _, has := treasurer.hasForm(path, paid); has {
		t.Error("the treasurer is offered the form to record as paid a spend not yet approved")
	}
	for _, v := range []string{"no", "yes"} {
		if resp := member.submit(path, vote, url.Values{"vote": {v}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("voting %s: %d", v, resp.Status)
		}
	}
	if page := member.get(path).Body; !strings.Contains(page, "1 yes, 0 no; 2 yes votes needed") || !strings.Contains(page, "You voted yes.") {
		t.Error("a changed vote is not shown as one yes")
	}
	if resp := third.submit(path, vote, url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("the third member voting: %d", resp.Status)
	}
	if _, has := treasurer.hasForm(path, vote); has {
		t.Error("the treasurer is offered the form to vote on a decided proposal")
	}
	if resp := treasurer.post(vote, url.Values{"vote": {"no"}}); resp.Status != http.StatusConflict || !strings.Contains(resp.Body, "vote has closed") {
		t.Errorf("voting on a decided proposal: %d", resp.Status)
	}
	if resp := member.post(paid, url.Values{}); resp.Status != http.StatusForbidden {
		t.Errorf("a member recording a spend: %d", resp.Status)
	}
	// The treasurer's button pressed three times at once.
	record := treasurer.form(path, paid, nil, nil)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if resp := treasurer.post(paid, record); resp.Status != http.StatusSeeOther {
				t.Errorf("recording paid: %d", resp.Status)
			}
		}()
	}
	wg.Wait()
	entries, _ = site.Store.Entries(t.Context(), id)
	st := community.Tally(entries)
	if st.Spent != 300 || st.Left() != 200 {
		t.Errorf("after recording the spend three times at once: spent %s, left %s", st.Spent.Pounds(), st.Left().Pounds())
	}
	// Someone joining after something was bought pledges the late fee too.
	_, late := joinAs(t, site, path, 5)
	entries, _ = site.Store.Entries(t.Context(), id)
	if pledged := community.Tally(entries).People[late.ID].Pledged; pledged != 5000+250 {
		t.Errorf("a late joiner pledged %s, want £52.50 (£50 and the £2.50 late fee)", pledged.Pounds())
	}
	page := member.get(path).Body
	if !strings.Contains(page, "Approved and paid") || !regexp.MustCompile(`Left in the pot</dt><dd>£2</dd>`).MatchString(page) {
		t.Error("the group page does not show the paid spend and what is left")
	}
}

func TestChangingTheRulesIsAVote(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	organiser, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, _ := joinAs(t, site, path, 1)
	rules := url.Values{"contribution": {"5.555"}, "every": {"week"}, "times": {"12"}, "leaver": {"stays_in_pot"}, "votes": {"majority"}}
	if resp := member.submit(path, path+"/rules", rules); resp.Status != http.StatusBadRequest ||
		!strings.Contains(resp.Body, "What each member puts in can only have whole pence") || !strings.Contains(resp.Body, `value="5.555"`) {
		t.Fatalf("bad new rules: %d; want the reason and what was typed", resp.Status)
	}
	rules.Set("contribution", "6")
	if resp := member.submit(path, path+"/rules", rules); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing new rules: %d", resp.Status)
	}
	if g, _ := site.Store.Group(t.Context(), id); g.Rules.Contribution != 500 {
		t.Fatal("the rules changed before anyone voted")
	}
	proposals, _ := site.Store.Proposals(t.Context(), id)
	vote := path + "/proposals/" + proposals[0].ID + "/vote"
	for _, b := range []*browser{member, organiser} {
		if resp := b.submit(path, vote, url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("voting yes: %d", resp.Status)
		}
	}
	g, _ := site.Store.Group(t.Context(), id)
	if g.Rules.Contribution != 600 || g.Rules.Times != 12 || g.Rules.Leaver != community.StaysInPot {
		t.Errorf("after two of two voted yes, the rules are %+v", g.Rules)
	}
	page := member.get(path).Body
	if !strings.Contains(page, "Each member puts in £6 a week, 12 times (£72 in all).") || !strings.Contains(page, "these are the rules now") {
		t.Error("the group page does not show the new rules")
	}
	if _, has := organiser.hasForm(path, path+"/proposals/"+proposals[0].ID+"/paid"); has {
		t.Error("the treasurer is offered the form to record a rule change as a paid spend")
	}
	if resp := organiser.post(path+"/proposals/"+proposals[0].ID+"/paid", url.Values{}); resp.Status != http.StatusConflict {
		t.Errorf("recording a rule change as a paid spend: %d", resp.Status)
	}
}
