package actions_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// aGym is a group whose two members paid £110 each and bought a £220
// mini-gym the group keeps; it returns the group and the thing's id.
func aGym(t *testing.T, tr, m community.Person, others ...community.Person) (community.Group, string) {
	t.Helper()
	return aGymLeaving(t, community.RefundUnspent, tr, m, others...)
}

// aGymLeaving is aGym with another rule for leavers; others join after
// the gym is bought.
func aGymLeaving(t *testing.T, rule community.LeaverRule, tr, m community.Person, others ...community.Person) (community.Group, string) {
	t.Helper()
	ctx := context.Background()
	g := aGroupLeaving(t, rule, tr, m)
	for _, p := range []community.Person{tr, m} {
		e, err := rig.acts.Pay(ctx, actions.As(p), g.ID, key(p, "pay"), "", community.Payment{Amount: 11000, Method: "cash"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rig.acts.Confirm(ctx, actions.As(tr), g.ID, key(tr, "confirm"), e.ID); err != nil {
			t.Fatal(err)
		}
	}
	p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 22000, To: "Fit Kit", For: "A mini-gym", Keep: "The mini-gym"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
		t.Fatal(err)
	}
	for _, o := range others {
		if _, err := rig.acts.Join(ctx, actions.As(o), g.ID, key(o, "join"), false); err != nil {
			t.Fatal(err)
		}
	}
	g, err = rig.store.Group(ctx, g.ID)
	if err != nil || len(g.Things) != 1 {
		t.Fatalf("the paid spend kept no thing: %v, %+v", err, g.Things)
	}
	return g, p.ID
}

// offered sets the gym's use fee at £3 a month.
func offered(t *testing.T, tr community.Person, g community.Group, thing string) {
	t.Helper()
	if _, err := rig.acts.SetUseFee(context.Background(), actions.As(tr), g.ID, key(tr, "use-price"), thing, 300, community.EveryMonth); err != nil {
		t.Fatal(err)
	}
}

// thingCases are the actions on what a group owns, for the retry and key
// tests.
func thingCases() []retryCase {
	ctx := context.Background()
	look := func(g community.Group) func() string {
		return func() string {
			now, _ := rig.store.Group(ctx, g.ID)
			entries, _ := rig.store.Entries(ctx, g.ID)
			out := fmt.Sprint(len(entries))
			for _, t := range now.Things {
				out += fmt.Sprintf(" %s at %s a %s;", t.Name, t.UseFee.Pounds(), t.UseEvery)
			}
			for _, u := range now.Users {
				out += fmt.Sprintf(" %s uses it, stopped %v;", u.Name, !u.LeftAt.IsZero())
			}
			return out
		}
	}
	return []retryCase{
		{"set a use fee", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g, thing := aGym(t, tr, m)
			return world{actor: tr, form: "use-price", look: look(g), act: func(k string) error {
				_, err := rig.acts.SetUseFee(ctx, actions.As(tr), g.ID, k, thing, 300, community.EveryMonth)
				return err
			}}
		}},
		{"use a thing", func(t *testing.T) world {
			tr, m, u := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Una User")
			g, thing := aGym(t, tr, m)
			offered(t, tr, g, thing)
			return world{actor: u, form: "use", look: look(g), act: func(k string) error {
				_, err := rig.acts.UseThing(ctx, actions.As(u), g.ID, k, thing)
				return err
			}}
		}},
		{"pay a use fee", func(t *testing.T) world {
			tr, m, u := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Una User")
			g, thing := aGym(t, tr, m)
			offered(t, tr, g, thing)
			if _, err := rig.acts.UseThing(ctx, actions.As(u), g.ID, key(u, "use"), thing); err != nil {
				t.Fatal(err)
			}
			return world{actor: u, form: "use-fee", act: func(k string) error {
				_, err := rig.acts.PayUseFee(ctx, actions.As(u), g.ID, k, "cash")
				return err
			}, look: func() string { return fmt.Sprint(ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M", u.ID: "U"})) }}
		}},
		{"propose closing", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g, thing := aGym(t, tr, m)
			return world{actor: tr, form: "wind-up", look: func() string {
				proposals, _ := rig.store.Proposals(ctx, g.ID)
				return fmt.Sprint(look(g)(), len(proposals))
			}, act: func(k string) error {
				_, err := rig.acts.ProposeWindUp(ctx, actions.As(tr), g.ID, k, []community.ThingPlan{{ThingID: thing, Fate: community.FateSold}})
				return err
			}}
		}},
		{"record a sale", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g, thing := closing(t, tr, m)
			return world{actor: tr, form: "sale", look: look(g), act: func(k string) error {
				_, err := rig.acts.RecordSale(ctx, actions.As(tr), g.ID, k, thing, 8000)
				return err
			}}
		}},
		{"share out", func(t *testing.T) world {
			tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
			g, thing := closing(t, tr, m)
			if _, err := rig.acts.RecordSale(ctx, actions.As(tr), g.ID, key(tr, "sale"), thing, 8001); err != nil {
				t.Fatal(err)
			}
			return world{actor: tr, form: "share-out", act: func(k string) error {
				_, err := rig.acts.ShareOut(ctx, actions.As(tr), g.ID, k)
				return err
			}, look: func() string {
				now, _ := rig.store.Group(ctx, g.ID)
				return fmt.Sprint(now.Closed, ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M"}))
			}}
		}},
		{"buy out a leaver", func(t *testing.T) world {
			tr, m, o := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Ola Other")
			g, _ := aGymLeaving(t, community.BuyOut, tr, m, o)
			if _, err := rig.acts.Leave(ctx, actions.As(m), g.ID, key(m, "leave"), 9000); err != nil {
				t.Fatal(err)
			}
			proposals, _ := rig.store.Proposals(ctx, g.ID)
			var vote community.Proposal
			for _, p := range proposals {
				if p.BuysOut != "" {
					vote = p
				}
			}
			if vote.BuysOut != m.ID {
				t.Fatalf("no buy-out vote after leaving: %+v", vote)
			}
			if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), vote.ID, "yes"); err != nil {
				t.Fatal(err)
			}
			return world{actor: o, form: "vote", act: func(k string) error {
				_, err := rig.acts.Vote(ctx, actions.As(o), g.ID, k, vote.ID, "yes")
				return err
			}, look: func() string {
				p, _ := rig.store.Proposal(ctx, g.ID, vote.ID)
				return fmt.Sprint(p.Status, ledger(t, g, map[string]string{tr.ID: "T", m.ID: "M", o.ID: "O"}))
			}}
		}},
		{"stop using", func(t *testing.T) world {
			tr, m, u := person(t, "Tia Treasurer"), person(t, "Mo Member"), person(t, "Una User")
			g, thing := aGym(t, tr, m)
			offered(t, tr, g, thing)
			if _, err := rig.acts.UseThing(ctx, actions.As(u), g.ID, key(u, "use"), thing); err != nil {
				t.Fatal(err)
			}
			return world{actor: u, form: "stop-using", look: look(g), act: func(k string) error {
				_, err := rig.acts.StopUsing(ctx, actions.As(u), g.ID, k)
				return err
			}}
		}},
	}
}

// closing is a gym group whose members agreed to close it, selling the gym.
func closing(t *testing.T, tr, m community.Person) (community.Group, string) {
	t.Helper()
	ctx := context.Background()
	g, thing := aGym(t, tr, m)
	p, err := rig.acts.ProposeWindUp(ctx, actions.As(tr), g.ID, key(tr, "wind-up"), []community.ThingPlan{{ThingID: thing, Fate: community.FateSold}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Vote(ctx, actions.As(m), g.ID, key(m, "vote"), p.ID, "yes"); err != nil {
		t.Fatal(err)
	}
	if g, err = rig.store.Group(ctx, g.ID); err != nil || !g.WindingUp {
		t.Fatalf("the group did not start closing: %v", err)
	}
	return g, thing
}
