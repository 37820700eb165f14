package demo

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/clubtogether/clubtogether/store"
)

func TestSeedAddsMembersOnlyOnce(t *testing.T) {
	ctx := context.Background()
	st, err := store.OpenEmbedded(ctx, t.TempDir(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(ctx) })

	for _, tt := range []struct {
		start string
		want  int
	}{{"first start", 200}, {"second start", 0}} {
		added, err := Seed(ctx, st, DefaultSeed)
		if err != nil {
			t.Fatalf("%s: %v", tt.start, err)
		}
		if added != tt.want {
			t.Errorf("%s added %d members, want %d", tt.start, added, tt.want)
		}
	}
	demo, err := st.DemoPeople(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(demo) != 200 {
		t.Errorf("store has %d demo members, want 200", len(demo))
	}
}
