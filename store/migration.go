package store

import (
	"context"
	"fmt"
)

const migrationsCollection = "migrations"

// ClaimMigration claims a one-off change of existing data by inserting
// migration/<name>: the first process to insert it runs the migration, and
// any other, now or at a later start, finds it claimed (false) and skips
// it. The database's own unique _id makes the claim hold across replicas.
func (s *Store) ClaimMigration(ctx context.Context, name string) (bool, error) {
	doc := struct {
		ID string `bson:"_id"`
	}{"migration/" + name}
	err := s.write("claim migration", func() error {
		_, err := s.db.Collection(migrationsCollection).InsertOne(ctx, doc)
		return err
	})
	switch {
	case isDuplicate(err):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("claim migration %s: %w", name, err)
	}
	return true, nil
}
