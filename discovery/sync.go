package discovery

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// Sync puts every change into the search index. The store is the truth: a
// change the index misses (the engine was down, the disk full) makes the
// index stale until Heal has rebuilt it (heal.go); the person's save never
// fails because of search.
type Sync struct {
	index search.Index
	store *store.Store
	docs  documents
	log   *slog.Logger
	heal  healing
	now   func() time.Time
}

// New makes a Sync for the index.
func New(index search.Index, st *store.Store, dir *places.Directory, catalogue *locale.Catalogue, log *slog.Logger) *Sync {
	return &Sync{
		index: index, store: st, docs: documents{places: dir, words: catalogue.For(false)}, log: log,
		heal: healing{wake: make(chan struct{}, 1)}, now: time.Now,
	}
}

// Index is the search index being kept.
func (s *Sync) Index() search.Index { return s.index }

// Person puts a member in the index, or takes them out when hidden.
func (s *Sync) Person(ctx context.Context, p community.Person) {
	if doc, ok := s.docs.person(p); ok {
		s.put(ctx, "person", doc)
		return
	}
	s.remove(ctx, "person", search.KindPerson, p.ID)
}

// Provider puts a provider in the index with its listings, which carry its
// verification.
func (s *Sync) Provider(ctx context.Context, p community.Provider) {
	s.put(ctx, "provider", s.docs.provider(p))
	listings, err := s.store.ListingsOf(ctx, p.ID)
	if err != nil {
		s.markStale("provider listings", err)
		return
	}
	for _, l := range listings {
		s.Listing(ctx, l, p)
	}
}

// Listing puts a listing in the index, or takes it out when hidden.
func (s *Sync) Listing(ctx context.Context, l community.Listing, p community.Provider) {
	if doc, ok := s.docs.listing(l, p); ok {
		s.put(ctx, "listing", doc)
		return
	}
	s.remove(ctx, "listing", search.KindListing, l.ID)
}

// Group puts a buying group in the index, or takes it out once closed.
func (s *Sync) Group(ctx context.Context, g community.Group) {
	if doc, ok := s.docs.group(g); ok {
		s.put(ctx, "group", doc)
		return
	}
	s.remove(ctx, "group", search.KindGroup, g.ID)
}

// Rebuild puts every document from the store into the index, printing a
// progress line to out. It does not remove documents the store no longer
// has; Reindex empties the index first.
func (s *Sync) Rebuild(ctx context.Context, out io.Writer) (int, error) {
	all, err := s.store.ReadEverything(ctx)
	if err != nil {
		return 0, err
	}
	return s.rebuildFrom(ctx, all, out)
}

func (s *Sync) rebuildFrom(ctx context.Context, all store.Everything, out io.Writer) (int, error) {
	docs := s.documentsOf(all)
	const batch = 500
	for start := 0; start < len(docs); start += batch {
		end := min(start+batch, len(docs))
		if err := s.index.Put(ctx, docs[start:end]...); err != nil {
			return start, fmt.Errorf("rebuild search index: %w", err)
		}
		fmt.Fprintf(out, "indexed %d of %d documents\n", end, len(docs))
	}
	return len(docs), nil
}

// documentsOf builds every document the store's contents call for.
func (s *Sync) documentsOf(all store.Everything) []search.Document {
	var docs []search.Document
	for _, g := range all.Groups {
		if doc, ok := s.docs.group(g); ok {
			docs = append(docs, doc)
		}
	}
	for _, p := range all.People {
		if doc, ok := s.docs.person(p); ok {
			docs = append(docs, doc)
		}
	}
	byID := make(map[string]community.Provider, len(all.Providers))
	for _, p := range all.Providers {
		byID[p.ID] = p
		docs = append(docs, s.docs.provider(p))
	}
	for _, l := range all.Listings {
		if doc, ok := s.docs.listing(l, byID[l.ProviderID]); ok {
			docs = append(docs, doc)
		}
	}
	return docs
}
