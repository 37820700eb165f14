package handlers

import (
	"context"
	"sync"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/openreferral"
)

// fromCatalogue keeps something built from every provider and listing,
// with the store's catalogue version it was built at. Building it decodes
// and converts every document, far too much for each request, so it is
// built again only when the version moves: the actions' writes and the
// changes followed from other replicas all move it.
type fromCatalogue[T any] struct {
	mu      sync.Mutex
	built   T
	has     bool
	version uint64
}

// current returns what build makes of the catalogue as the store holds
// it now. The version is read before the documents, so a change made
// while they are read leaves a version the next request sees as stale,
// never a stale build marked current. Requests that find it stale wait
// for one build rather than each making its own.
func builtNow[T any](ctx context.Context, s *Server, held *fromCatalogue[T], build func([]community.Provider, []community.Listing) T) (T, error) {
	held.mu.Lock()
	defer held.mu.Unlock()
	version, err := s.Store.CatalogueVersion(ctx)
	if err != nil {
		return held.built, err
	}
	if held.has && held.version == version {
		return held.built, nil
	}
	providers, err := s.Store.AllProviders(ctx)
	if err != nil {
		return held.built, err
	}
	listings, err := s.Store.AllListings(ctx)
	if err != nil {
		return held.built, err
	}
	held.built, held.has, held.version = build(providers, listings), true, version
	return held.built, nil
}

// currentCatalogue returns the Open Referral catalogue as the store holds
// it now.
func (s *Server) currentCatalogue(ctx context.Context) (*openreferral.Catalogue, error) {
	return builtNow(ctx, s, s.catalogue, func(providers []community.Provider, listings []community.Listing) *openreferral.Catalogue {
		return openreferral.NewCatalogue(providers, listings, s.Places, s.BaseURL)
	})
}
