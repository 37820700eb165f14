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
// one form. A typed key, one shaped like the server's own, another
// member's, one for another form, or none at all is refused, and the
// ledger stays as it was; the treasurer's own confirmation then still
// records.
func TestKeysNoFormCanChoose(t *testing.T) {
	ctx := context.Background()
	tr, m, other := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Oz Other")
	g := aGroup(t, tr, m, other)
	names := map[string]string{tr.ID: "T", m.ID: "M", other.ID: "O"}
	waiting, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: 500, Method: "cash"})
	if err != nil {
		t.Fatal(err)
	}
	before := ledger(t, g, names)
	for _, bad := range []struct{ name, key string }{
		{"typed confirm-x", "confirm-" + waiting.ID},
		{"typed spend-x", "spend-x"},
		{"typed refund-x", "refund-x"},
		{"typed pledge-x", "pledge-x"},
		{"server-shaped", community.ConfirmKey(waiting.ID)},
		{"server-shaped with a dot", community.ConfirmKey(waiting.ID) + ".abc"},
		{"another member's", key(other, "pay")},
		{"another form's", key(m, "confirm")},
		{"empty", ""},
	} {
		_, err := rig.acts.Pay(ctx, actions.As(m), g.ID, bad.key, "", community.Payment{Amount: 1, Method: "cash"})
		if community.KindOf(err) != community.KindInvalid || !slices.ContainsFunc(community.FieldErrors(err), func(f community.FieldError) bool { return f.Field == "key" }) {
			t.Errorf("a £0.01 payment with %s key: %v, want the key refused", bad.name, err)
		}
	}
	if got := ledger(t, g, names); !slices.Equal(got, before) {
		t.Errorf("refused keys changed the ledger:\n%v\nwas\n%v", got, before)
	}
	if _, err := rig.acts.Confirm(ctx, actions.As(tr), g.ID, key(tr, "confirm"), waiting.ID); err != nil {
		t.Errorf("the treasurer's confirmation: %v", err)
	}
	// The same key used again for a different payment is refused too.
	k := key(m, "pay")
	if _, err := rig.acts.Pay(ctx, actions.As(m), g.ID, k, "", community.Payment{Amount: 500, Method: "cash"}); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Pay(ctx, actions.As(m), g.ID, k, "", community.Payment{Amount: 50000, Method: "cash"}); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a key reused for another amount: %v, want refused", err)
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
		if _, err := rig.acts.Mark(ctx, actions.As(m), key(m, "mark"), tr.ID, community.MarkHello); err != nil {
			t.Fatal(err)
		}
	}
	if old, _ := rig.store.ChangesSince(ctx, start); len(old) >= 260+len(changes) {
		t.Errorf("%d changes kept; the ones over a week old were not pruned", len(old))
	}
}
