package actions_test

import (
	"context"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestAReportIsDealtWithOnce: once a moderator has dealt with a report,
// the same form again completes with nothing more done, and any other
// action on it (another way, or another form) is a conflict that changes
// nothing and logs nothing; only a message can be hidden.
func TestAReportIsDealtWithOnce(t *testing.T) {
	ctx := context.Background()
	r, mod := reportedMessage(t)
	look := handled(r)
	hideKey := key(mod, "hide")
	if err := rig.acts.Hide(ctx, actions.As(mod), hideKey, r.ID, ""); err != nil {
		t.Fatal(err)
	}
	after := look()
	first, _ := rig.store.Report(ctx, r.ID)
	if err := rig.acts.Hide(ctx, actions.As(mod), hideKey, r.ID, ""); err != nil {
		t.Errorf("the same hide form again: %v", err)
	}
	if again, _ := rig.store.Report(ctx, r.ID); again != first {
		t.Errorf("the same hide form again changed the report: %+v, was %+v", again, first)
	}
	m, _ := rig.store.Message(ctx, r.Target)
	for name, act := range map[string]func() error{
		"dismissing":           func() error { return rig.acts.DismissReport(ctx, actions.As(mod), key(mod, "dismiss"), r.ID, "") },
		"hiding with new form": func() error { return rig.acts.Hide(ctx, actions.As(mod), key(mod, "hide"), r.ID, "") },
		"suspending from it": func() error {
			return rig.acts.Suspend(ctx, actions.As(mod), key(mod, "suspend"), m.From, r.ID, "")
		},
	} {
		if err := act(); community.KindOf(err) != community.KindConflict {
			t.Errorf("%s a report already dealt with: %v, want a conflict", name, err)
		}
		if now := look(); now != after {
			t.Errorf("%s a report already dealt with changed %s to %s", name, after, now)
		}
	}
	if p, _ := rig.store.Person(ctx, m.From); p.Suspended() {
		t.Error("suspending from a report already dealt with suspended the member")
	}

	b, c := person(t, "Bea Hide"), person(t, "Cal Hide")
	pr, err := rig.acts.Report(ctx, actions.As(b), key(b, "report"), community.Report{Kind: "person", Target: c.ID, Reason: "unkind"})
	if err != nil {
		t.Fatal(err)
	}
	if err := rig.acts.Hide(ctx, actions.As(mod), key(mod, "hide"), pr.ID, ""); community.KindOf(err) != community.KindInvalid {
		t.Errorf("hiding a person: %v, want invalid", err)
	}
	if err := rig.acts.Hide(ctx, actions.As(b), key(b, "hide"), pr.ID, ""); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a member hiding: %v, want forbidden", err)
	}
}
