package store

import "context"

// CatalogueVersion changes whenever a provider or a listing kept in
// memory changes: by this store's writes, by a change another replica
// made that the store followed, or by memory being read again. The Open
// Referral catalogue is built from every provider and listing, so the web
// layer keeps the one it built and builds again only when this differs.
//
// A table that lost track of the database is read again first, so the
// version never stands for rows memory no longer trusts. The result only
// grows: each table's count only grows, and the sum of the two changes
// when either does.
func (s *Store) CatalogueVersion(ctx context.Context) (uint64, error) {
	if err := s.mem.providers.ready(ctx); err != nil {
		return 0, err
	}
	if err := s.mem.listings.ready(ctx); err != nil {
		return 0, err
	}
	return s.mem.providers.generation.Load() + s.mem.listings.generation.Load(), nil
}
