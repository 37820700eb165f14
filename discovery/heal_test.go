package discovery_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// failingIndex fails every write while broken is set.
type failingIndex struct {
	search.Index
	broken atomic.Bool
}

var errBroken = errors.New("the index is broken")

func (f *failingIndex) Put(ctx context.Context, docs ...search.Document) error {
	if f.broken.Load() {
		return errBroken
	}
	return f.Index.Put(ctx, docs...)
}

// TestHealthCountsFailedWritesAndTheLag: each failed write is counted, and
// stays counted; the index says how long it has been stale while it is,
// and 0 once the healer has rebuilt it.
func TestHealthCountsFailedWritesAndTheLag(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.OpenEmbedded(ctx, t.TempDir(), quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	people := demo.People(demo.DefaultSeed)
	if _, err := st.InsertPeople(ctx, people); err != nil {
		t.Fatal(err)
	}
	bleve, err := search.OpenBleve(filepath.Join(t.TempDir(), "search"))
	if err != nil {
		t.Fatal(err)
	}
	defer bleve.Close()
	index := &failingIndex{Index: bleve}
	dir, _ := places.Load()
	catalogue, _ := locale.New()
	s := discovery.New(index, st, dir, catalogue, quiet)
	var shown []community.Person
	for _, p := range people {
		if p.Visible() && p.HasProfile() {
			shown = append(shown, p)
		}
	}

	if h := s.Health(); h.Failures != 0 || s.Lag() != 0 {
		t.Fatalf("a new index: %d failures, lag %v; want none", h.Failures, s.Lag())
	}
	index.broken.Store(true)
	s.Person(ctx, shown[0])
	s.Person(ctx, shown[1])
	time.Sleep(20 * time.Millisecond)
	if h := s.Health(); !h.Stale || h.Failures != 2 {
		t.Errorf("after two failed writes: stale %v, %d failures; want stale, 2", h.Stale, h.Failures)
	}
	if lag := s.Lag(); lag < 20*time.Millisecond || lag > time.Minute {
		t.Errorf("lag after 20 ms stale: %v", lag)
	}

	index.broken.Store(false)
	healing, stop := context.WithCancel(ctx)
	defer stop()
	go s.Heal(healing)
	s.Person(ctx, shown[2]) // succeeds, and wakes nobody: the healer was woken by the failures
	deadline := time.Now().Add(30 * time.Second)
	for s.Stale() {
		if time.Now().After(deadline) {
			t.Fatal("the index was not healed within 30 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if h := s.Health(); h.Failures != 2 || h.Waiting != 0 || s.Lag() != 0 {
		t.Errorf("healed: %d failures, %d waiting, lag %v; want the 2 failures still counted, none waiting, no lag", h.Failures, h.Waiting, s.Lag())
	}
}
