package actions_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
)

// TestFollowerAppliesOtherWritersChangesOnce: a second replica, on the same
// store with a matching index of its own, follows the changes the first
// makes. Each is applied once however often the log is read, its own
// changes are passed by, and a line stamped a little before the last one
// seen (a writer's clock behind, or a slow write) is still applied.
func TestFollowerAppliesOtherWritersChangesOnce(t *testing.T) {
	ctx := context.Background()
	dir, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	index := matching.New(dir)
	replica := actions.New(actions.Deps{Store: rig.store, Matching: index, Places: dir, Now: rig.clock.Now,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Keys: community.NewFormKeys([]byte("actions test keys"))})
	// The other tests write changes on the rig's clock, some days ahead:
	// this one's are a month after them, so they are the newest.
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	rig.clock.Set(start.Add(30 * 24 * time.Hour))
	var lags []time.Duration
	f := replica.NewFollower(rig.clock.Now(), false, func(d time.Duration) { lags = append(lags, d) })

	ann, bo := person(t, "Ann Follow"), person(t, "Bo Follow")
	if _, err := rig.acts.Mark(ctx, actions.As(ann), key(ann, "hello"), bo.ID, community.MarkHello); err != nil {
		t.Fatal(err)
	}
	if index.SaidHello(ann.ID, bo.ID) {
		t.Fatal("the replica knew of the hello before following")
	}
	n, err := f.Once(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || !index.SaidHello(ann.ID, bo.ID) || len(index.HellosWaiting(bo.ID)) != 1 {
		t.Fatalf("after following: %d applied, hello known %v; want 1 and the hello", n, index.SaidHello(ann.ID, bo.ID))
	}
	if n, _ := f.Once(ctx); n != 0 {
		t.Errorf("the same lines read again applied %d changes, want 0", n)
	}

	// The replica's own change is its own already.
	if _, err := replica.Mark(ctx, actions.As(bo), replica.FormKey(bo.ID, "hello"), ann.ID, community.MarkHello); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.Once(ctx); n != 0 {
		t.Errorf("the replica's own change was applied again: %d", n)
	}

	// A writer whose clock is 3 s behind: its line is older than the
	// newest seen, and still read.
	now := rig.clock.Now()
	rig.clock.Set(now.Add(-3 * time.Second))
	if _, err := rig.acts.Mark(ctx, actions.As(ann), key(ann, actions.MarkForm(community.MarkNotInterested)), bo.ID, community.MarkNotInterested); err != nil {
		t.Fatal(err)
	}
	rig.clock.Set(now)
	if n, _ := f.Once(ctx); n != 1 {
		t.Errorf("a line stamped 3 s back applied %d changes, want 1", n)
	}
	if len(lags) != 2 {
		t.Errorf("%d lags told, want one for each change applied", len(lags))
	}
}
