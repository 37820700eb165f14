package handlers_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

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
	if st.Spent != 300 || st.Pot() != 200 {
		t.Errorf("after recording the spend three times at once: spent %s, left %s", st.Spent.Pounds(), st.Pot().Pounds())
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

// TestRulesThatFitTheGroup: on the form to change the rules, 7 yes votes
// in a group of at most 5 are refused with the limit named and what was
// typed kept; an open change shows each rule it changes beside what it is
// now, and stands in the way of a second; agreed, where the money is kept
// and the first payment day are among the rules everyone reads.
func TestRulesThatFitTheGroup(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	start := groupFormFor("")
	start.Set("open", "open")
	start.Set("max_size", "5")
	var organiser *browser
	var path string
	for _, p := range site.visible() {
		if !p.Display.EasyRead {
			organiser = site.browser(t)
			organiser.signInAs(p)
			tooMany := merged(start, url.Values{"votes": {"number"}, "votes_needed": {"7"}, "first_due": {"2020-01-01"}})
			if resp := organiser.submit("/groups/new", "/groups/new", tooMany); resp.Status != http.StatusBadRequest ||
				!strings.Contains(resp.Body, "A spend can need at most 5 yes votes: the group has at most 5 members.") ||
				!strings.Contains(resp.Body, "The first payment must be due today or later") ||
				!strings.Contains(resp.Body, `name="votes_needed" type="text" value="7"`) {
				t.Fatalf("starting a group of 5 that needs 7 yes votes, first due in 2020: %d; want the reasons and what was typed", resp.Status)
			}
			resp := organiser.submit("/groups/new", "/groups/new", start)
			if resp.Status != http.StatusSeeOther {
				t.Fatalf("starting a group of 5: %d", resp.Status)
			}
			path = strings.TrimSuffix(resp.Location, "?done=started")
			break
		}
	}
	id := strings.TrimPrefix(path, "/groups/")
	member, _ := joinAs(t, site, path, 1)

	due := time.Now().AddDate(0, 0, 40)
	rules := url.Values{"contribution": {"6"}, "every": {"week"}, "times": {"10"}, "late_fee": {"2.50"},
		"leaver": {"refund_unspent"}, "votes": {"number"}, "votes_needed": {"7"},
		"kept_at": {"Knowsley Credit Union, held by the treasurer"}, "first_due": {due.Format("2006-01-02")}}
	resp := member.submit(path, path+"/rules", rules)
	if resp.Status != http.StatusBadRequest {
		t.Fatalf("7 yes votes in a group of 5: %d, want the form again", resp.Status)
	}
	for _, want := range []string{
		"A spend can need at most 5 yes votes: the group has at most 5 members.",
		`id="votes_needed-error"`, `name="votes_needed" type="text" value="7"`, `value="number" checked`,
		`value="Knowsley Credit Union, held by the treasurer"`, `type="date" value="` + due.Format("2006-01-02") + `"`,
	} {
		if !strings.Contains(resp.Body, want) {
			t.Errorf("the form for 7 yes votes of 5 does not have %s", want)
		}
	}
	if ps, _ := site.Store.Proposals(t.Context(), id); len(ps) != 0 {
		t.Fatalf("%d proposals after a refused rule change", len(ps))
	}

	rules.Set("votes_needed", "2")
	if resp := member.submit(path, path+"/rules", rules); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing 2 yes votes of 5: %d", resp.Status)
	}
	page := organiser.get(path).Body
	for _, want := range []string{
		"4 rules change; the others stay as they are.",
		"<strong>Now:</strong> Each member puts in £5 a week, 10 times (£50 in all).</span> <span aria-hidden=\"true\">→</span> <span class=\"rule-new\"><strong>New:</strong> Each member puts in £6 a week, 10 times (£60 in all).",
		"<strong>Now:</strong> Where the money is kept is not written down.",
		"<strong>New:</strong> Where the money is kept: Knowsley Credit Union, held by the treasurer",
		"<strong>New:</strong> The first payment is due on " + due.Format("Monday 2 January 2006") + ".",
		"<strong>New:</strong> A spend needs 2 yes votes.",
		"<li>If you leave, you get back your unspent money",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the open rule change does not say %s", want)
		}
	}

	second := url.Values{"contribution": {"5"}, "every": {"week"}, "times": {"12"}, "leaver": {"refund_unspent"}, "votes": {"majority"}}
	if resp := organiser.submit(path, path+"/rules", second); resp.Status != http.StatusBadRequest ||
		!strings.Contains(resp.Body, "The group is already voting on a change to the rules.") ||
		!strings.Contains(resp.Body, `name="times" type="text" value="12"`) {
		t.Fatalf("a second rule change while one is open: %d; want the reason and what was typed", resp.Status)
	}

	proposals, _ := site.Store.Proposals(t.Context(), id)
	if len(proposals) != 1 {
		t.Fatalf("%d proposals, want the one rule change", len(proposals))
	}
	if resp := organiser.submit(path, path+"/proposals/"+proposals[0].ID+"/vote", url.Values{"vote": {"yes"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("voting yes: %d", resp.Status)
	}
	// Someone who reads Easy Read, not in the group, reads them too.
	visitor := site.browser(t)
	for _, p := range site.visible() {
		if p.Display.EasyRead {
			visitor.signInAs(p)
			break
		}
	}
	page = visitor.get(path).Body
	for _, want := range []string{
		// In Easy Read each rule is a key idea: its words in a span.
		`<li class="idea"><img src="/static/pictograms/money.svg" alt="" class="picto picto-large"><span>The money is kept here: Knowsley Credit Union, held by the treasurer</span></li>`,
		`<li class="idea"><img src="/static/pictograms/money.svg" alt="" class="picto picto-large"><span>Pay for the first time on ` + due.Format("Monday 2 January 2006") + `.</span></li>`,
		`<li class="idea"><img src="/static/pictograms/money.svg" alt="" class="picto picto-large"><span>2 people must say yes to spend money.</span></li>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("before joining, the Easy Read rules do not say %s", want)
		}
	}
}
