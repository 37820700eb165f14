package handlers

import (
	"context"
	"sync"

	"github.com/clubtogether/clubtogether/openreferral"
)

// openReferralCatalogue keeps the Open Referral catalogue built from every
// provider and listing, with the store's catalogue version it was built
// at. Building it decodes and converts every document, far too much for
// each request, so it is built again only when the version moves: the
// actions' writes and the changes followed from other replicas all move it.
type openReferralCatalogue struct {
	mu      sync.Mutex
	built   *openreferral.Catalogue
	version uint64
}

// currentCatalogue returns the catalogue as the store holds it now.
// The version is read before the documents, so a change made while they
// are read leaves a version the next request sees as stale, never a
// stale catalogue marked current. Requests that find it stale wait for
// one build rather than each making its own.
func (s *Server) currentCatalogue(ctx context.Context) (*openreferral.Catalogue, error) {
	held := s.catalogue
	held.mu.Lock()
	defer held.mu.Unlock()
	version, err := s.Store.CatalogueVersion(ctx)
	if err != nil {
		return nil, err
	}
	if held.built != nil && held.version == version {
		return held.built, nil
	}
	providers, err := s.Store.AllProviders(ctx)
	if err != nil {
		return nil, err
	}
	listings, err := s.Store.AllListings(ctx)
	if err != nil {
		return nil, err
	}
	held.built, held.version = openreferral.NewCatalogue(providers, listings, s.Places, s.BaseURL), version
	return held.built, nil
}
