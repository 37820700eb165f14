package actions_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// world is one case's fresh start: the action to try, sent by actor with
// the key of the form it names (the same key each time it is retried), and
// a look at what it changed.
type world struct {
	actor community.Person
	form  string
	act   func(key string) error
	look  func() string
}

// send is the action sent with one showing of its form: each call sends
// the same key, as a browser retrying the form does.
func (w world) send() func() error {
	k := key(w.actor, w.form)
	return func() error { return w.act(k) }
}

// TestARetryAfterAFailureAtAnyStepDoesTheWorkOnce runs each action once
// cleanly and counts its write steps; then, for every step, starts afresh,
// fails that step, and sends the same form again. The retry must succeed
// and leave exactly what the clean run left: nothing lost, nothing doubled,
// nobody locked in.
func TestARetryAfterAFailureAtAnyStepDoesTheWorkOnce(t *testing.T) {
	retryEachStep(t, groupCases())
}

// groupCases are the actions of buying groups, each from a fresh group.
func groupCases() []retryCase {
	ctx := context.Background()
	return append([]retryCase{
		{"start a group", func(t *testing.T) world {
			p := person(t, "Sam Starter")
			return world{
				actor: p, form: "group-new",
				act: func(k string) error {
					_, err := rig.acts.StartGroup(ctx, actions.As(p), k, community.Group{Name: "Art club", Purpose: "We paint.",
						EasySummary: "We paint.", Interests: []string{"art"}, District: "OX4", Open: true, MaxSize: 6,
						Rules: community.PotRules{Contribution: 300, Every: community.EveryMonth, Times: 6, JoiningFee: 200,
							Leaver: community.StaysInPot, Votes: community.VotesEveryone}}, nil)
					return err
				},
				look: func() string {
					groups, _ := rig.store.GroupsOf(ctx, p.ID)
					out := fmt.Sprint(len(groups), " groups")
					for _, g := range groups {
						out += fmt.Sprint(" ", g.Name, len(g.Members), ledger(t, g, map[string]string{p.ID: "Sam"}))
					}
					return out
				},
			}
		}},
		{"join", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr)
			return world{
				actor: m, form: "join",
				act: func(k string) error { _, err := rig.acts.Join(ctx, actions.As(m), g.ID, k, false); return err },
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(len(now.Members), ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"}))
				},
			}
		}},
		{"leave with a refund", func(t *testing.T) world {
			tr, a, b := person(t, "Tia Treasurer"), person(t, "Ali Leaver"), person(t, "Bea Stayer")
			g := aGroup(t, tr, a, b)
			paid(t, g, tr, a, 5000)
			paid(t, g, tr, b, 5000)
			return world{
				actor: a, form: "leave",
				act: func(k string) error { _, err := rig.acts.Leave(ctx, actions.As(a), g.ID, k, 0); return err },
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(len(now.Members), len(now.Former), ledger(t, g, map[string]string{tr.ID: "T", a.ID: "A", b.ID: "B"}))
				},
			}
		}},
		{"pay", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			return world{
				actor: m, form: "pay",
				act: func(k string) error {
					_, err := rig.acts.Pay(ctx, actions.As(m), g.ID, k, "", community.Payment{Amount: 500, Method: "cash"})
					return err
				},
				look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"})) },
			}
		}},
		{"confirm", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			e, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: 500, Method: "cash"})
			if err != nil {
				t.Fatal(err)
			}
			return world{
				actor: tr, form: "confirm",
				act:  func(k string) error { _, err := rig.acts.Confirm(ctx, actions.As(tr), g.ID, k, e.ID); return err },
				look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"})) },
			}
		}},
		{"confirm all", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			var ids []string
			for _, amount := range []community.Pence{500, 700} {
				e, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: amount, Method: "cash"})
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, e.ID)
			}
			return world{
				actor: tr, form: "confirm-all",
				act:  func(k string) error { _, err := rig.acts.ConfirmAll(ctx, actions.As(tr), g.ID, k, ids); return err },
				look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"})) },
			}
		}},
		{"reverse", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			e := paid(t, g, tr, m, 700)
			return world{
				actor: tr, form: "reverse",
				act: func(k string) error {
					_, err := rig.acts.Reverse(ctx, actions.As(tr), g.ID, k, e.ID, "It never arrived")
					return err
				},
				look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"})) },
			}
		}},
		{"propose", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			paid(t, g, tr, m, 5000)
			return world{
				actor: m, form: "propose",
				act: func(k string) error {
					_, err := rig.acts.Propose(ctx, actions.As(m), g.ID, k, community.Proposal{Amount: 2000, To: "Pool", For: "Lessons"})
					return err
				},
				look: func() string { return proposals(t, g) },
			}
		}},
		{"vote a rule change through", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			rules := g.Rules
			rules.Contribution = 800
			p, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, key(tr, "rules"), rules)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: m, form: "vote",
				act: func(k string) error { _, err := rig.acts.Vote(ctx, actions.As(m), g.ID, k, p.ID, "yes"); return err },
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(now.Rules.Contribution.Pounds(), proposals(t, g))
				},
			}
		}},
		{"record a spend paid", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			paid(t, g, tr, m, 5000)
			p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 2000, To: "Pool", For: "Lessons"})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range []community.Person{tr, m} {
				if _, err := rig.acts.Vote(ctx, actions.As(v), g.ID, key(v, "vote"), p.ID, "yes"); err != nil {
					t.Fatal(err)
				}
			}
			return world{
				actor: tr, form: "paid",
				act: func(k string) error { _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, k, p.ID); return err },
				look: func() string {
					return fmt.Sprint(proposals(t, g), ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"}))
				},
			}
		}},
		{"pay back a refund owed", func(t *testing.T) world {
			tr, a := person(t, "Tia Treasurer"), person(t, "Ali Leaver")
			g := aGroup(t, tr, a)
			paid(t, g, tr, a, 5000)
			if _, err := rig.acts.Leave(ctx, actions.As(a), g.ID, key(a, "leave"), 0); err != nil {
				t.Fatal(err)
			}
			entries, _ := rig.store.Entries(ctx, g.ID)
			owing := community.Tally(entries).Owing
			if len(owing) != 1 {
				t.Fatalf("%d refunds owed after leaving, want 1", len(owing))
			}
			return world{
				actor: tr, form: "pay-back",
				act: func(k string) error {
					_, err := rig.acts.PayBack(ctx, actions.As(tr), g.ID, k, owing[0].ID)
					return err
				},
				look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", a.ID: "A"})) },
			}
		}},
		{"ask for more time to pay", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			paid(t, g, tr, m, 5000)
			p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 2000, To: "Pool", For: "Lessons"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: m, form: "more-time",
				act: func(k string) error {
					_, err := rig.acts.ProposeMoreTime(ctx, actions.As(m), g.ID, k, p.ID, rig.clock.Now().AddDate(0, 1, 0))
					return err
				},
				look: func() string { return proposals(t, g) },
			}
		}},
		{"post", func(t *testing.T) world {
			tr := person(t, "Tia Treasurer")
			g := aGroup(t, tr)
			return world{
				actor: tr, form: "post",
				act: func(k string) error {
					_, err := rig.acts.Post(ctx, actions.As(tr), g.ID, k, community.Post{Text: "Bring a towel"})
					return err
				},
				look: func() string { posts, _ := rig.store.Board(ctx, g.ID); return fmt.Sprint(len(posts)) },
			}
		}},
		{"hand over", func(t *testing.T) world {
			tr, m := person(t, "Ola Organiser"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			return world{
				actor: tr, form: "hand-over",
				act: func(k string) error {
					_, err := rig.acts.HandOver(ctx, actions.As(tr), g.ID, k, m.ID, "organiser")
					return err
				},
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(now.IsOrganiser(m.ID), now.IsOrganiser(tr.ID))
				},
			}
		}},
		{"offer treasurer", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			return world{
				actor: tr, form: "treasurer",
				act: func(k string) error {
					_, err := rig.acts.OfferTreasurer(ctx, actions.As(tr), g.ID, k, m.ID, 0, true)
					return err
				},
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(now.Handover != nil && now.Handover.To == m.ID)
				},
			}
		}},
		{"take treasurer", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g := aGroup(t, tr, m)
			if _, err := rig.acts.OfferTreasurer(ctx, actions.As(tr), g.ID, rig.acts.FormKey(tr.ID, "treasurer"), m.ID, 0, true); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: m, form: "treasurer",
				act: func(k string) error {
					_, err := rig.acts.TakeTreasurer(ctx, actions.As(m), g.ID, k, 0, true)
					return err
				},
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(now.Treasurer == m.ID, len(now.Notes))
				},
			}
		}},
	}, slices.Concat(thingCases(), talkCases())...)
}

// retryCase is an action to fail at each step and retry.
type retryCase struct {
	name  string
	setup func(t *testing.T) world
}

func retryEachStep(t *testing.T, cases []retryCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			clean := tc.setup(t)
			steps := failAt(-1)
			if err := clean.send()(); err != nil {
				t.Fatalf("clean run: %v", err)
			}
			n := steps()
			noFaults()
			want := clean.look()
			if n == 0 {
				t.Fatal("the action wrote nothing")
			}
			for i := 1; i <= n; i++ {
				w := tc.setup(t)
				send := w.send()
				failAt(i)
				err := send()
				noFaults()
				if err != nil && !errors.Is(err, errInjected) {
					t.Errorf("step %d of %d: failed with %v, not the injected failure", i, n, err)
				}
				if err := send(); err != nil {
					t.Errorf("step %d of %d failed, then the retry: %v", i, n, err)
					continue
				}
				if got := w.look(); got != want {
					t.Errorf("step %d of %d failed, then a retry left\n %s\nnot what one clean run left\n %s", i, n, got, want)
				}
			}
			t.Logf("%d write steps, each failed once and retried", n)
		})
	}
}

// proposals says what a group's proposals are, without ids.
func proposals(t *testing.T, g community.Group) string {
	t.Helper()
	ps, err := rig.store.Proposals(context.Background(), g.ID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		yes, no := p.Tally()
		out = append(out, fmt.Sprintf("%s %s %s yes %d no %d", p.For, p.Amount.Pounds(), p.Status, yes, no))
	}
	slices.Sort(out) // made at the same moment, proposals have no order of their own
	return strings.Join(out, "; ")
}
