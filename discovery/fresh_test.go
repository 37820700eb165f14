package discovery_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

func TestStartUpRebuildsAnEmptyOrStaleIndex(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.OpenEmbedded(ctx, t.TempDir(), quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if _, err := st.InsertPeople(ctx, demo.People(demo.DefaultSeed)); err != nil {
		t.Fatal(err)
	}
	index, err := search.OpenBleve(filepath.Join(t.TempDir(), "search"))
	if err != nil {
		t.Fatal(err)
	}
	defer index.Close()
	dir, _ := places.Load()
	catalogue, _ := locale.New()
	s := discovery.New(index, st, dir, catalogue, quiet)
	fresh := func() (bool, error) {
		all, err := st.ReadEverything(ctx)
		if err != nil {
			return false, err
		}
		return s.EnsureFresh(ctx, all, io.Discard)
	}

	if rebuilt, err := fresh(); err != nil || !rebuilt {
		t.Fatalf("an empty index: rebuilt %v, %v; want a rebuild", rebuilt, err)
	}
	people, _ := st.AllPeople(ctx)
	visible := 0
	for _, p := range people {
		if p.Visible() && p.HasProfile() {
			visible++
		}
	}
	counts, _ := index.Count(ctx)
	if counts[search.KindPerson] != visible {
		t.Errorf("indexed %d people, want the %d visible ones", counts[search.KindPerson], visible)
	}
	if rebuilt, _ := fresh(); rebuilt {
		t.Error("a fresh index was rebuilt again")
	}
	// A change saved while the index was not told (search was down).
	hidden := people[0]
	for _, p := range people {
		if p.Visible() {
			hidden = p
			break
		}
	}
	hidden.Visibility = community.VisibleToNobody
	if _, err := st.SaveProfile(ctx, hidden); err != nil {
		t.Fatal(err)
	}
	if rebuilt, err := fresh(); err != nil || !rebuilt {
		t.Errorf("an index behind the store: rebuilt %v, %v", rebuilt, err)
	}
	found, _ := index.Search(ctx, search.Query{Text: hidden.Name, Kinds: []search.Kind{search.KindPerson}})
	for _, h := range found.Hits {
		if h.ID == hidden.ID {
			t.Error("a hidden member is still in the index after the rebuild")
		}
	}
}
