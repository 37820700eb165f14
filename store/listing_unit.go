package store

import (
	"context"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// SetMissingListingUnits writes "per session" into every listing saved
// before listings had a price unit, which is what their prices were for,
// and returns how many it changed. It is the listing-units migration's
// one write: run it once, under ClaimMigration.
func (s *Store) SetMissingListingUnits(ctx context.Context) (int, error) {
	missing := bson.M{"unit": bson.M{"$exists": false}}
	cur, err := s.db.Collection(listingsCollection).Find(ctx, missing)
	if err != nil {
		return 0, fmt.Errorf("find listings without a unit: %w", err)
	}
	var docs []struct {
		ID string `bson:"_id"`
	}
	if err := cur.All(ctx, &docs); err != nil {
		return 0, fmt.Errorf("find listings without a unit: %w", err)
	}
	if len(docs) == 0 {
		return 0, nil
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	defer s.mem.listings.reread(ctx, ids...)
	var changed int64
	err = s.write("set listing units", func() error {
		res, err := s.db.Collection(listingsCollection).UpdateMany(ctx, missing, bson.M{"$set": bson.M{"unit": string(community.PerSession)}})
		if err == nil {
			changed = res.ModifiedCount
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("set listing units: %w", err)
	}
	return int(changed), nil
}
