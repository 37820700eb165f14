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

// TestKeysNoFormCanChoose: a key is made by the server for one member and
// one form. For every action, a typed key (shaped like the server's own
// keys or not), another member's key for the same form, the member's own
// key for another form, or none at all is refused, and nothing changes;
// then the form's own key does the work.
func TestKeysNoFormCanChoose(t *testing.T) {
	someone := person(t, "Sid Someone")
	for _, tc := range append(groupCases(), otherCases()...) {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.setup(t)
			before := w.look()
			other := "pay"
			if w.form == other {
				other = "confirm"
			}
			for _, bad := range []struct{ name, key string }{
				{"typed confirm-x", "confirm-x"},
				{"typed spend-x", "spend-x"},
				{"typed refund-x", "refund-x"},
				{"typed pledge-x", "pledge-x"},
				{"server-shaped", community.ConfirmKey("x")},
				{"server-shaped and dotted", community.SpendKey("x", 0) + ".x"},
				{"another member's", key(someone, w.form)},
				{"another form's", key(w.actor, other)},
				{"empty", ""},
			} {
				err := w.act(bad.key)
				if community.KindOf(err) != community.KindInvalid || !slices.ContainsFunc(community.FieldErrors(err), func(f community.FieldError) bool { return f.Field == "key" }) {
					t.Errorf("with %s key: %v, want the key refused", bad.name, err)
				}
			}
			if got := w.look(); got != before {
				t.Errorf("refused keys changed\n %s\nto\n %s", before, got)
			}
			if err := w.send()(); err != nil {
				t.Errorf("with the form's own key: %v", err)
			}
			if w.look() == before {
				t.Error("with the form's own key nothing changed")
			}
		})
	}
}

// TestAKeyReusedForAnotherPaymentIsRefused: the same form sent again with
// another amount does not record a second, different payment.
func TestAKeyReusedForAnotherPaymentIsRefused(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	k := key(m, "pay")
	if _, err := rig.acts.Pay(ctx, actions.As(m), g.ID, k, "", community.Payment{Amount: 500, Method: "cash"}); err != nil {
		t.Fatal(err)
	}
	before := ledger(t, g, nil)
	if _, err := rig.acts.Pay(ctx, actions.As(m), g.ID, k, "", community.Payment{Amount: 50000, Method: "cash"}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a key reused for another amount: %v, want refused", err)
	}
	if got := ledger(t, g, nil); !slices.Equal(got, before) {
		t.Errorf("the ledger changed: %v, was %v", got, before)
	}
}

// TestSentTwiceAtOnce: the same proposal sent twice at once is one
// proposal, and a group started by a double click is one group.
func TestSentTwiceAtOnce(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	paid(t, g, tr, m, 5000)
	for range 2 {
		k := key(m, "propose")
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				if _, err := rig.acts.Propose(ctx, actions.As(m), g.ID, k, community.Proposal{Amount: 1000, To: "Pool", For: "Lessons"}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
	if ps, _ := rig.store.Proposals(ctx, g.ID); len(ps) != 2 {
		t.Errorf("two proposals each sent four times at once made %d", len(ps))
	}

	starter := person(t, "Sam Starter")
	k := key(starter, "group-new")
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			_, err := rig.acts.StartGroup(ctx, actions.As(starter), k, community.Group{Name: "Walkers", Purpose: "We walk.",
				EasySummary: "We walk.", Interests: []string{"walking"}, District: "OX4", Open: true, MaxSize: 6,
				Rules: community.PotRules{Contribution: 100, Every: community.Once, Times: 1,
					Leaver: community.RefundUnspent, Votes: community.VotesMajority}}, nil)
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	groups, _ := rig.store.GroupsOf(ctx, starter.ID)
	if len(groups) != 1 {
		t.Fatalf("a group started three times at once made %d", len(groups))
	}
	if got := ledger(t, groups[0], map[string]string{starter.ID: "S"}); !slices.Equal(got, []string{"pledge S £1"}) {
		t.Errorf("its ledger: %v, want one pledge", got)
	}
}

// TestDaysAreLondonDays: a session on the board may be today, and today
// is London's: at 00:30 British Summer Time it is already the new day.
func TestDaysAreLondonDays(t *testing.T) {
	ctx := context.Background()
	defer rig.clock.Set(rig.clock.Now())
	tr := person(t, "Tia Treasurer")
	g := aGroup(t, tr)
	rig.clock.Set(time.Date(2026, 6, 1, 23, 30, 0, 0, time.UTC)) // 00:30 on 2 June in London
	post := func(day int) error {
		_, err := rig.acts.Post(ctx, actions.As(tr), g.ID, key(tr, "post"),
			community.Post{Text: "Swim", On: time.Date(2026, 6, day, 0, 0, 0, 0, time.UTC)})
		return err
	}
	if err := post(2); err != nil {
		t.Errorf("a session today, 2 June: %v", err)
	}
	if err := post(1); community.KindOf(err) != community.KindInvalid {
		t.Errorf("a session yesterday, 1 June: %v, want refused as past", err)
	}
	if got := community.Day(rig.clock.Now()); got.Day() != 2 {
		t.Errorf("the day at 00:30 BST is the %d", got.Day())
	}
}

// TestEveryActionIsInTheChangeLog: each change appends a line naming what
// changed, and lines past the retention period are pruned by later writes.
func TestEveryActionIsInTheChangeLog(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	e, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: 500, Method: "cash"})
	if err != nil {
		t.Fatal(err)
	}
	changes, err := rig.store.ChangesSince(ctx, start)
	if err != nil {
		t.Fatal(err)
	}
	var saw []string
	for _, c := range changes {
		if c.DocID == g.ID || c.DocID == e.ID {
			saw = append(saw, c.Action)
		}
	}
	if !slices.Equal(saw, []string{"start group", "join", "pay"}) {
		t.Errorf("the change log for the group says %v", saw)
	}
	seen := map[string]bool{}
	for _, c := range changes {
		id := community.ChangeID(c.Writer, c.Counter)
		if seen[id] {
			t.Errorf("change %s written twice", id)
		}
		seen[id] = true
	}
	// A week and a day later, enough changes to prune once.
	rig.clock.Set(start.Add(8 * 24 * time.Hour))
	for range 260 {
		if _, err := rig.acts.Mark(ctx, actions.As(m), key(m, "hello"), tr.ID, community.MarkHello); err != nil {
			t.Fatal(err)
		}
	}
	if old, _ := rig.store.ChangesSince(ctx, start); len(old) >= 260+len(changes) {
		t.Errorf("%d changes kept; the ones over a week old were not pruned", len(old))
	}
}

// TestNobodyActsForSomeoneElseUnasked: acting for another member needs
// their recorded permission, which someone who is not a mentor cannot
// hold, so it is refused and nothing is recorded.
func TestNobodyActsForSomeoneElseUnasked(t *testing.T) {
	ctx := context.Background()
	tr, m, helper := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Hal Helper")
	g := aGroup(t, tr, m)
	before := ledger(t, g, nil)
	_, err := rig.acts.Pay(ctx, actions.Who{Actor: helper, Owner: m}, g.ID, key(helper, "pay"), "",
		community.Payment{Amount: 500, Method: "cash"})
	if community.KindOf(err) != community.KindForbidden {
		t.Errorf("a payment recorded for someone without their permission: %v, want refused", err)
	}
	if _, err := rig.acts.Leave(ctx, actions.Who{Actor: helper, Owner: m}, g.ID, key(helper, "leave"), 0); community.KindOf(err) != community.KindForbidden {
		t.Errorf("leaving for someone without their permission: %v, want refused", err)
	}
	if got := ledger(t, g, nil); !slices.Equal(got, before) {
		t.Errorf("the ledger changed: %v", got)
	}
}

// TestTwoWhoPaidTheSameGetTheSame: two members who each paid £50 under the
// same rule are owed the same back, whichever leaves first, and a spend
// agreed before they left is shared with them when it is paid.
func TestTwoWhoPaidTheSameGetTheSame(t *testing.T) {
	ctx := context.Background()
	owed := func(first, second int) [2]community.Pence {
		tr, a, b := person(t, "Tia Treasurer"), person(t, "Ann Same"), person(t, "Bob Same")
		g := aGroup(t, tr, a, b)
		for _, p := range []community.Person{tr, a, b} {
			paid(t, g, tr, p, 5000)
		}
		p, err := rig.acts.Propose(ctx, actions.As(tr), g.ID, key(tr, "propose"), community.Proposal{Amount: 9000, To: "Gym shop", For: "A rowing machine"})
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range []community.Person{tr, a} {
			if _, err := rig.acts.Vote(ctx, actions.As(v), g.ID, key(v, "vote"), p.ID, "yes"); err != nil {
				t.Fatal(err)
			}
		}
		leavers := []community.Person{a, b}
		for _, i := range []int{first, second} {
			if _, err := rig.acts.Leave(ctx, actions.As(leavers[i]), g.ID, key(leavers[i], "leave"), 0); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
			t.Fatal(err)
		}
		entries, _ := rig.store.Entries(ctx, g.ID)
		st := community.Tally(entries)
		if st.Accounts()+st.Fund()+st.RefundOwed != st.Pot() {
			t.Errorf("accounts %s + fund %s + owed %s is not the pot %s", st.Accounts().Pounds(), st.Fund().Pounds(),
				st.RefundOwed.Pounds(), st.Pot().Pounds())
		}
		return [2]community.Pence{st.People[a.ID].RefundOwed, st.People[b.ID].RefundOwed}
	}
	ab, ba := owed(0, 1), owed(1, 0)
	// Each put in £50 and shares the £90 machine three ways: £20 each back.
	if ab != [2]community.Pence{2000, 2000} || ba != ab {
		t.Errorf("owed back leaving Ann first %v, Bob first %v; want £20 each both ways", ab, ba)
	}
}
