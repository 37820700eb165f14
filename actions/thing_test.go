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
func aGym(t *testing.T, tr, m community.Person) (community.Group, string) {
	t.Helper()
	ctx := context.Background()
	g := aGroup(t, tr, m)
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
