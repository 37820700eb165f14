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
			}, act: func(k string) error { return rig.acts.Suspend(ctx, actions.As(mod), k, a.ID) }}
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
	if err := rig.acts.DismissReport(ctx, actions.As(b), key(b, "dismiss"), r.ID); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a member who is not a moderator dismissing: %v", err)
	}
	if _, err := rig.acts.Mark(ctx, actions.As(b), key(b, "block"), a.ID, community.MarkBlock); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.SendMessage(ctx, actions.As(a), key(a, "message"), b.ID, "Hello?"); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a message to someone who blocked you: %v", err)
	}
}
