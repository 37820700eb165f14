package actions_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// connected makes two members say hello to each other.
func connected(t *testing.T, a, b community.Person) {
	t.Helper()
	ctx := context.Background()
	for _, p := range [][2]community.Person{{a, b}, {b, a}} {
		if _, err := rig.acts.Mark(ctx, actions.As(p[0]), key(p[0], "hello"), p[1].ID, community.MarkHello); err != nil {
			t.Fatal(err)
		}
	}
}

// talkCases are the actions of members talking, for the retry and key
// tests.
func talkCases() []retryCase {
	ctx := context.Background()
	thread := func(a, b community.Person) func() string {
		return func() string {
			msgs, _ := rig.store.Thread(ctx, a.ID, b.ID)
			n, _ := rig.acts.Unread(b.ID)
			return fmt.Sprint(len(msgs), n)
		}
	}
	return []retryCase{
		{"send a message", func(t *testing.T) world {
			a, b := person(t, "Ann Talk"), person(t, "Bob Talk")
			connected(t, a, b)
			return world{actor: a, form: "message", look: thread(a, b), act: func(k string) error {
				_, err := rig.acts.SendMessage(ctx, actions.As(a), k, b.ID, "Swim on Tuesday?")
				return err
			}}
		}},
		{"end a connection", func(t *testing.T) world {
			a, b := person(t, "Ann Talk"), person(t, "Bob Talk")
			connected(t, a, b)
			return world{actor: a, form: "end-connection", look: func() string {
				return fmt.Sprint(rig.acts.Matching.Connected(a.ID, b.ID), rig.acts.Matching.SaidHello(b.ID, a.ID))
			}, act: func(k string) error { return rig.acts.EndConnection(ctx, actions.As(a), k, b.ID) }}
		}},
		{"suspend a member", func(t *testing.T) world {
			a := person(t, "Ann Talk")
			mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Mia Moderator", Email: moderatorEmail})
			if err != nil {
				t.Fatal(err)
			}
			return world{actor: mod, form: "suspend", look: func() string {
				p, _ := rig.store.Person(ctx, a.ID)
				audit, _ := rig.store.AuditOf(ctx, "person", a.ID)
				return fmt.Sprint(p.Suspended(), p.SessionsFrom.IsZero(), len(audit))
			}, act: func(k string) error { return rig.acts.Suspend(ctx, actions.As(mod), k, a.ID, "", "") }}
		}},
		{"report a message", func(t *testing.T) world {
			a, b := person(t, "Ann Talk"), person(t, "Bob Talk")
			connected(t, a, b)
			m, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Send me £50")
			if err != nil {
				t.Fatal(err)
			}
			look := func() string {
				open, _ := rig.store.OpenReports(ctx)
				n := 0
				for _, r := range open {
					if r.Target == m.ID {
						n++
					}
				}
				return fmt.Sprint(n)
			}
			return world{actor: b, form: "report", look: look, act: func(k string) error {
				_, err := rig.acts.Report(ctx, actions.As(b), k, community.Report{Kind: "message", Target: m.ID, Reason: "money"})
				return err
			}}
		}},
		{"hide a reported message", func(t *testing.T) world {
			r, mod := reportedMessage(t)
			return world{actor: mod, form: "hide", look: handled(r), act: func(k string) error {
				return rig.acts.Hide(ctx, actions.As(mod), k, r.ID, "scam")
			}}
		}},
		{"hide a reported listing", func(t *testing.T) world {
			owner, b := person(t, "Oli Owner"), person(t, "Bob Talk")
			_, l := aProvider(t, owner)
			r, err := rig.acts.Report(ctx, actions.As(b), key(b, "report"), community.Report{Kind: "listing", Target: l.ID, Reason: "wrong"})
			if err != nil {
				t.Fatal(err)
			}
			mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Mia Moderator", Email: moderatorEmail})
			if err != nil {
				t.Fatal(err)
			}
			return world{actor: mod, form: "hide", look: func() string {
				now, _ := rig.store.Report(ctx, r.ID)
				kept, _ := rig.store.Listing(ctx, l.ID)
				audit, _ := rig.store.AuditOf(ctx, "listing", l.ID)
				return fmt.Sprint(now.Open(), now.HandledAs, kept.Removed(), len(audit))
			}, act: func(k string) error { return rig.acts.Hide(ctx, actions.As(mod), k, r.ID, "") }}
		}},
		{"dismiss a report", func(t *testing.T) world {
			r, mod := reportedMessage(t)
			return world{actor: mod, form: "dismiss", look: handled(r), act: func(k string) error {
				return rig.acts.DismissReport(ctx, actions.As(mod), k, r.ID, "")
			}}
		}},
		{"suspend from a report", func(t *testing.T) world {
			r, mod := reportedMessage(t)
			m, _ := rig.store.Message(ctx, r.Target)
			look := handled(r)
			return world{actor: mod, form: "suspend", look: func() string {
				p, _ := rig.store.Person(ctx, m.From)
				return fmt.Sprint(look(), p.Suspended())
			}, act: func(k string) error {
				return rig.acts.Suspend(ctx, actions.As(mod), k, m.From, r.ID, "")
			}}
		}},
	}
}

// reportedMessage is a message reported by the one it was sent to, and a
// moderator to deal with it.
func reportedMessage(t *testing.T) (community.Report, community.Person) {
	ctx := context.Background()
	a, b := person(t, "Ann Talk"), person(t, "Bob Talk")
	connected(t, a, b)
	m, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Send me £50")
	if err != nil {
		t.Fatal(err)
	}
	r, err := rig.acts.Report(ctx, actions.As(b), key(b, "report"), community.Report{Kind: "message", Target: m.ID, Reason: "money"})
	if err != nil {
		t.Fatal(err)
	}
	mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Mia Moderator", Email: moderatorEmail})
	if err != nil {
		t.Fatal(err)
	}
	return r, mod
}

// handled says how a report was dealt with, whether its message is
// hidden, and how many lines of the moderators' log it has.
func handled(r community.Report) func() string {
	return func() string {
		ctx := context.Background()
		now, _ := rig.store.Report(ctx, r.ID)
		m, _ := rig.store.Message(ctx, r.Target)
		audit, _ := rig.store.AuditOf(ctx, "message", r.Target)
		person, _ := rig.store.AuditOf(ctx, "person", m.From)
		return fmt.Sprint(now.Open(), now.HandledAs, m.Hidden(), len(audit)+len(person))
	}
}

// TestTalkRules: no message to someone not connected, to yourself, or to
// someone who blocked you; no report of a message sent to someone else;
// only a moderator dismisses a report; reading clears what waits.
func TestTalkRules(t *testing.T) {
	ctx := context.Background()
	a, b, c := person(t, "Ann Rules"), person(t, "Bob Rules"), person(t, "Cat Rules")
	if _, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Hi"); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a message before both said hello: %v", err)
	}
	if _, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), a.ID, "Hi"); community.KindOf(err) != community.KindInvalid {
		t.Errorf("a message to yourself: %v", err)
	}
	connected(t, a, b)
	m, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Hi")
	if err != nil {
		t.Fatal(err)
	}
	if n, from := rig.acts.Unread(b.ID); n != 1 || from[a.ID] != 1 {
		t.Errorf("unread after one message: %d %v", n, from)
	}
	if err := rig.acts.ReadThread(ctx, actions.As(b), a.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := rig.acts.Unread(b.ID); n != 0 {
		t.Errorf("unread after reading: %d", n)
	}
	if _, err := rig.acts.Report(ctx, actions.As(c), key(c, "report"), community.Report{Kind: "message", Target: m.ID, Reason: "money"}); community.KindOf(err) != community.KindNotFound {
		t.Errorf("reporting a message sent to someone else: %v", err)
	}
	r, err := rig.acts.Report(ctx, actions.As(b), key(b, "report"), community.Report{Kind: "message", Target: m.ID, Reason: "money"})
	if err != nil {
		t.Fatal(err)
	}
	if err := rig.acts.DismissReport(ctx, actions.As(b), key(b, "dismiss"), r.ID, ""); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a member who is not a moderator dismissing: %v", err)
	}
	if _, err := rig.acts.Mark(ctx, actions.As(b), key(b, "block"), a.ID, community.MarkBlock); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Hello?"); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a message to someone who blocked you: %v", err)
	}
}
