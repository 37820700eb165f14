package actions_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestRetriesOfTheOtherActions is the same test for the actions outside
// the money: asking, letting in, rule changes, profiles, marks, providers
// and listings.
func TestRetriesOfTheOtherActions(t *testing.T) {
	retryEachStep(t, otherCases())
}

// otherCases are the actions outside the money.
func otherCases() []retryCase {
	ctx := context.Background()
	askFirst := func(t *testing.T) (community.Person, community.Group) {
		org := person(t, "Ola Organiser")
		g := aGroup(t, org)
		g, err := rig.store.ChangeGroup(ctx, g.ID, func(g *community.Group) error { g.Open = false; return nil })
		if err != nil {
			t.Fatal(err)
		}
		return org, g
	}
	return []retryCase{
		{"ask to join", func(t *testing.T) world {
			_, g := askFirst(t)
			m := person(t, "Mo Member")
			return world{
				actor: m, form: "ask",
				act: func(k string) error { _, err := rig.acts.Ask(ctx, actions.As(m), g.ID, k); return err },
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(len(now.Asking))
				},
			}
		}},
		{"let in", func(t *testing.T) world {
			org, g := askFirst(t)
			m := person(t, "Mo Member")
			if _, err := rig.acts.Ask(ctx, actions.As(m), g.ID, key(m, "ask")); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: org, form: "let-in",
				act: func(k string) error { _, err := rig.acts.LetIn(ctx, actions.As(org), g.ID, k, m.ID); return err },
				look: func() string {
					now, _ := rig.store.Group(ctx, g.ID)
					return fmt.Sprint(len(now.Asking), len(now.Invited))
				},
			}
		}},
		{"propose a rule change", func(t *testing.T) world {
			tr := person(t, "Tia Treasurer")
			g := aGroup(t, tr)
			rules := g.Rules
			rules.Times = 12
			return world{
				actor: tr, form: "rules",
				act:  func(k string) error { _, err := rig.acts.ProposeRules(ctx, actions.As(tr), g.ID, k, rules); return err },
				look: func() string { return proposals(t, g) },
			}
		}},
		{"save a profile", func(t *testing.T) world {
			p := person(t, "Pat Profile")
			changed := p
			changed.About = "I like swimming and tea."
			return world{
				actor: p, form: "profile",
				act: func(k string) error { _, err := rig.acts.SaveProfile(ctx, actions.As(p), k, changed); return err },
				look: func() string {
					now, _ := rig.store.Person(ctx, p.ID)
					return fmt.Sprint(now.About, " version ", now.Version)
				},
			}
		}},
		{"say hello", func(t *testing.T) world {
			a, b := person(t, "Ann Hello"), person(t, "Bob Hello")
			return world{
				actor: a, form: "hello",
				act: func(k string) error {
					_, err := rig.acts.Mark(ctx, actions.As(a), k, b.ID, community.MarkHello)
					return err
				},
				look: func() string {
					marks, _ := rig.store.MarksTo(ctx, b.ID, community.MarkHello)
					return fmt.Sprint(len(marks))
				},
			}
		}},
		{"undo a block", func(t *testing.T) world {
			a, b := person(t, "Ann Block"), person(t, "Bob Block")
			if _, err := rig.acts.Mark(ctx, actions.As(a), key(a, "block"), b.ID, community.MarkBlock); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: a, form: "unmark",
				act: func(k string) error { return rig.acts.Unmark(ctx, actions.As(a), k, b.ID, community.MarkBlock) },
				look: func() string {
					marks, _ := rig.store.MarksFrom(ctx, a.ID)
					return fmt.Sprint(len(marks), rig.acts.Matching.Blocked(a.ID, b.ID))
				},
			}
		}},
		{"set up a provider", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			return world{
				actor: owner, form: "provider-new",
				act: func(k string) error {
					_, err := rig.acts.CreateProvider(ctx, actions.As(owner), k, providerDraft())
					return err
				},
				look: func() string {
					mine, _ := rig.store.ProvidersOwnedBy(ctx, owner.ID)
					return fmt.Sprint(len(mine))
				},
			}
		}},
		{"change a provider", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			p, _ := aProvider(t, owner)
			p.Phone = "01865 000000"
			return world{
				actor: owner, form: "provider-edit",
				act: func(k string) error { _, err := rig.acts.SaveProvider(ctx, actions.As(owner), k, p); return err },
				look: func() string {
					now, _ := rig.store.Provider(ctx, p.ID)
					return fmt.Sprint(now.Phone, " version ", now.Version)
				},
			}
		}},
		{"check a provider", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			p, _ := aProvider(t, owner)
			mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Mia Moderator", Email: moderatorEmail})
			if err != nil {
				t.Fatal(err)
			}
			return world{
				actor: mod, form: "verify",
				act: func(k string) error { _, err := rig.acts.VerifyProvider(ctx, actions.As(mod), k, p.ID); return err },
				look: func() string {
					now, _ := rig.store.Provider(ctx, p.ID)
					audit, _ := rig.store.AuditOf(ctx, "provider", p.ID)
					return fmt.Sprint(now.Verified(), now.VerifiedBy == mod.ID, len(audit))
				},
			}
		}},
		{"unverify a provider", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			p, _ := aProvider(t, owner)
			mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Mia Moderator", Email: moderatorEmail})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rig.acts.VerifyProvider(ctx, actions.As(mod), key(mod, "verify"), p.ID); err != nil {
				t.Fatal(err)
			}
			return world{
				actor: mod, form: "unverify",
				act: func(k string) error {
					_, err := rig.acts.UnverifyProvider(ctx, actions.As(mod), k, p.ID, "")
					return err
				},
				look: func() string {
					now, _ := rig.store.Provider(ctx, p.ID)
					audit, _ := rig.store.AuditOf(ctx, "provider", p.ID)
					return fmt.Sprint(now.Verified(), len(audit))
				},
			}
		}},
		{"add a listing", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			p, _ := aProvider(t, owner)
			return world{
				actor: owner, form: "listing-new",
				act: func(k string) error {
					_, err := rig.acts.CreateListing(ctx, actions.As(owner), k, listingDraft(p.ID))
					return err
				},
				look: func() string {
					ls, _ := rig.store.ListingsOf(ctx, p.ID)
					return fmt.Sprint(len(ls))
				},
			}
		}},
		{"change a listing", func(t *testing.T) world {
			owner := person(t, "Oli Owner")
			_, l := aProvider(t, owner)
			l.Hidden = true
			return world{
				actor: owner, form: "listing-edit",
				act: func(k string) error { _, err := rig.acts.SaveListing(ctx, actions.As(owner), k, l); return err },
				look: func() string {
					now, _ := rig.store.Listing(ctx, l.ID)
					return fmt.Sprint(now.Hidden, " version ", now.Version)
				},
			}
		}},
	}
}
