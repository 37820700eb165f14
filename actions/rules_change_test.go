package actions_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestOneRuleChangeAtATime: while the group votes on a change to its
// rules, another is refused with its own reason; the same form sent again
// is the change already open, not a second one; once the vote is decided,
// a new change may be proposed.
func TestOneRuleChangeAtATime(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	six, twelve := g.Rules, g.Rules
	six.Contribution, twelve.Times = 600, 12
	k := key(tr, "rules")
	first, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, k, six)
	if err != nil || first.Status != community.ProposalOpen {
		t.Fatalf("the first rule change: %+v, %v; want it open for the other member's vote", first, err)
	}
	_, err = rig.acts.ProposeRules(ctx, actions.As(m), g.ID, key(m, "rules"), twelve)
	if f := community.FieldErrors(err); len(f) != 1 || f[0].Field != "rules" || f[0].Key != "error.rules.one_open" {
		t.Errorf("a second rule change while one is open: %v, want refused as one at a time", err)
	}
	if again, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, k, six); err != nil || again.ID != first.ID {
		t.Errorf("the first form sent again: %+v, %v; want the change already open", again, err)
	}
	if ps, _ := rig.store.Proposals(ctx, g.ID); len(ps) != 1 {
		t.Errorf("%d proposals, want the one rule change", len(ps))
	}
	if _, err := rig.acts.Vote(ctx, actions.As(m), g.ID, key(m, "vote"), first.ID, "no"); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.ProposeRules(ctx, actions.As(m), g.ID, key(m, "rules"), twelve); err != nil {
		t.Errorf("a rule change once the last was decided: %v", err)
	}
}

// TestARuleChangeClosedByTimeIsNotOpen: a rule change whose vote closed
// unagreed stands in the way of no other, though nothing recorded it.
func TestARuleChangeClosedByTimeIsNotOpen(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	rules := g.Rules
	rules.Contribution = 600
	if _, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), rules); err != nil {
		t.Fatal(err)
	}
	rig.clock.Set(start.Add(community.VoteOpenFor))
	if _, err := rig.acts.ProposeRules(ctx, actions.As(m), g.ID, key(m, "rules"), rules); err != nil {
		t.Errorf("a rule change once the last one's vote closed: %v", err)
	}
}

// TestRulesNeedNoMoreYesVotesThanMembers: 7 yes votes cannot be reached in
// a group of at most 5, when it starts or in a change to its rules; the
// reason names the limit.
func TestRulesNeedNoMoreYesVotesThanMembers(t *testing.T) {
	ctx := context.Background()
	tr := person(t, "Tia Treasurer")
	five := community.Group{Name: "Five swimmers", Purpose: "We share lessons.", EasySummary: "We swim.",
		Interests: []string{"swimming"}, District: "OX4", Open: true, MaxSize: 5,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesNumber, VotesNeeded: 7}}
	tooMany := func(err error) bool {
		f := community.FieldErrors(err)
		return len(f) == 1 && f[0].Field == "votes_needed" && f[0].Key == "error.pot.votes_needed.too_many" && slices.Equal(f[0].Args, []string{"5"})
	}
	if _, err := rig.acts.StartGroup(ctx, actions.As(tr), key(tr, "group-new"), five, nil); !tooMany(err) {
		t.Errorf("starting a group of 5 that needs 7 yes votes: %v, want refused naming 5", err)
	}
	five.Rules.VotesNeeded = 5
	g, err := rig.acts.StartGroup(ctx, actions.As(tr), key(tr, "group-new"), five, nil)
	if err != nil {
		t.Fatalf("starting a group of 5 that needs 5 yes votes: %v", err)
	}
	rules := g.Rules
	rules.VotesNeeded = 7
	if _, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), rules); !tooMany(err) {
		t.Errorf("changing the rules to 7 yes votes in a group of 5: %v, want refused naming 5", err)
	}
	if ps, _ := rig.store.Proposals(ctx, g.ID); len(ps) != 0 {
		t.Errorf("%d proposals after a refused rule change", len(ps))
	}
}

// TestARuleChangeSaysWhereAndWhen: where the money is kept and the day the
// first payment is due are rules like the others: a change to them, once
// agreed (at once, in a group of one, by the proposer's own yes), is the
// group's rules. A first payment day in the past is refused.
func TestARuleChangeSaysWhereAndWhen(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr := person(t, "Tia Treasurer")
	g := aGroup(t, tr)
	today := community.Day(start)
	rules := g.Rules
	rules.FirstDue = today.AddDate(0, 0, -1)
	if _, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), rules); community.KindOf(err) != community.KindInvalid ||
		community.FieldErrors(err)[0].Key != "error.pot.first_due.past" {
		t.Errorf("a first payment due yesterday: %v, want refused", err)
	}
	rules.KeptAt = "Knowsley Credit Union, account in the group's name, held by the treasurer"
	rules.FirstDue = today.AddDate(0, 1, 4)
	p, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), rules)
	if err != nil {
		t.Fatal(err)
	}
	now, err := rig.store.Group(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if now.Rules.KeptAt != rules.KeptAt || !now.Rules.FirstDue.Equal(rules.FirstDue) {
		t.Errorf("after the change was agreed the rules are %+v; want kept at %q, first due %s", now.Rules, rules.KeptAt, rules.FirstDue.Format(time.DateOnly))
	}
	saved, _ := rig.store.Proposals(ctx, g.ID)
	if len(saved) != 1 || saved[0].ID != p.ID || saved[0].Status != community.ProposalPaid || !community.SameRules(*saved[0].Rules, rules) {
		t.Errorf("the rule change is recorded as %+v; want it applied, with the new rules", saved)
	}
	// A later change to another rule keeps the agreed day, even once it
	// has passed.
	rig.clock.Set(start.AddDate(0, 2, 0))
	later := now.Rules
	later.Contribution = 700
	if _, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), later); err != nil {
		t.Errorf("changing the contribution after the first payment day: %v", err)
	}
}

// TestTwoRuleChangesAtOnce: members proposing different rule changes at
// the same moment open one between them; the database's claim on the
// group's one open rule change decides which, not a lock in one process.
func TestTwoRuleChangesAtOnce(t *testing.T) {
	ctx := context.Background()
	tr, m, o := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Ola Other")
	g := aGroup(t, tr, m, o)
	people := []community.Person{tr, m, o}
	errs := make([]error, len(people))
	var wg sync.WaitGroup
	for i, p := range people {
		rules := g.Rules
		rules.Contribution = community.Pence(600 + 100*i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = rig.acts.ProposeRules(ctx, actions.As(p), g.ID, key(p, "rules"), rules)
		}()
	}
	wg.Wait()
	opened := 0
	for i, err := range errs {
		switch f := community.FieldErrors(err); {
		case err == nil:
			opened++
		case len(f) == 1 && f[0].Key == "error.rules.one_open":
		default:
			t.Errorf("%s's rule change: %v", people[i].Name, err)
		}
	}
	ps, _ := rig.store.Proposals(ctx, g.ID)
	if opened != 1 || len(ps) != 1 {
		t.Errorf("%d rule changes opened and %d saved at once, want one", opened, len(ps))
	}
}

// TestARuleChangeClaimLeftByACrash: a claim on the open rule change whose
// proposal was never saved stands while its proposer may still be saving
// it, and is let go once it is a minute old, as a crash would leave it.
func TestARuleChangeClaimLeftByACrash(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	if _, err := rig.store.Claim(ctx, "rules-open/"+g.ID, "a-change-never-saved"); err != nil {
		t.Fatal(err)
	}
	rules := g.Rules
	rules.Contribution = 600
	_, err := rig.acts.ProposeRules(ctx, actions.As(m), g.ID, key(m, "rules"), rules)
	if f := community.FieldErrors(err); len(f) != 1 || f[0].Key != "error.rules.one_open" {
		t.Errorf("a rule change while another is being saved: %v, want it refused as one open", err)
	}
	rig.clock.Set(start.Add(2 * time.Minute))
	if _, err := rig.acts.ProposeRules(ctx, actions.As(m), g.ID, key(m, "rules"), rules); err != nil {
		t.Errorf("a rule change once the unsaved claim is two minutes old: %v", err)
	}
	if ps, _ := rig.store.Proposals(ctx, g.ID); len(ps) != 1 {
		t.Errorf("%d rule changes saved, want the one", len(ps))
	}
}
