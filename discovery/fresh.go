package discovery

import (
	"context"
	"fmt"
	"io"
	"maps"

	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// resettable is an index that can be emptied and knows whether it was
// built with the current schema: the embedded Bleve index.
type resettable interface {
	SchemaCurrent() bool
	Reset() error
}

// compactable is an index that can merge itself after a rebuild, so that
// the searches just after it are as quick as later ones.
type compactable interface {
	Compact(ctx context.Context) error
}

// Reindex empties the index when it can and puts every document back.
func (s *Sync) Reindex(ctx context.Context, out io.Writer) (int, error) {
	all, err := s.store.ReadEverything(ctx)
	if err != nil {
		return 0, err
	}
	return s.reindexFrom(ctx, all, out)
}

func (s *Sync) reindexFrom(ctx context.Context, all store.Everything, out io.Writer) (int, error) {
	if r, ok := s.index.(resettable); ok {
		if err := r.Reset(); err != nil {
			return 0, fmt.Errorf("empty search index: %w", err)
		}
	}
	n, err := s.rebuildFrom(ctx, all, out)
	if err != nil {
		return n, err
	}
	if c, ok := s.index.(compactable); ok {
		if err := c.Compact(ctx); err != nil {
			return n, fmt.Errorf("compact search index: %w", err)
		}
	}
	return n, nil
}

// EnsureFresh rebuilds an embedded index at start-up when it is empty, was
// built with an older schema, or holds a different number of documents of
// any kind than the store's contents, all, call for (a change made while
// it was down).
func (s *Sync) EnsureFresh(ctx context.Context, all store.Everything, out io.Writer) (bool, error) {
	r, ok := s.index.(resettable)
	if !ok {
		return false, nil
	}
	want := make(map[search.Kind]int)
	for _, d := range s.documentsOf(all) {
		want[d.Kind]++
	}
	have, err := s.index.Count(ctx)
	if err != nil {
		return false, err
	}
	if r.SchemaCurrent() && maps.Equal(nonZero(want), nonZero(have)) {
		return false, nil
	}
	_, err = s.reindexFrom(ctx, all, out)
	return err == nil, err
}

func nonZero[K comparable](m map[K]int) map[K]int {
	out := make(map[K]int, len(m))
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}
