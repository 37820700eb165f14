package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

const claimsCollection = "claims"

// Claim makes something exclusive with the database's own unique _id, so
// that it holds across processes and replicas: the first to insert the
// claim id holds it. It returns who holds it now: holder when this claim
// is the one, or whoever claimed it first.
func (s *Store) Claim(ctx context.Context, id, holder string) (string, error) {
	doc := struct {
		ID     string    `bson:"_id"`
		Holder string    `bson:"holder"`
		At     time.Time `bson:"at"`
	}{id, holder, s.stamp()}
	err := s.write("claim", func() error {
		_, err := s.db.Collection(claimsCollection).InsertOne(ctx, doc)
		return err
	})
	if err == nil {
		return holder, nil
	}
	if !isDuplicate(err) {
		return "", fmt.Errorf("claim %s: %w", id, err)
	}
	var held struct {
		Holder string `bson:"holder"`
	}
	err = s.db.Collection(claimsCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&held)
	switch {
	case errors.Is(err, mongo.ErrNoDocuments):
		return s.Claim(ctx, id, holder) // released in between: try again
	case err != nil:
		return "", fmt.Errorf("read claim %s: %w", id, err)
	}
	return held.Holder, nil
}

// Release gives up a claim, if holder still holds it: a claim taken over
// by someone else in between is theirs and stays.
func (s *Store) Release(ctx context.Context, id, holder string) error {
	return s.write("release claim", func() error {
		_, err := s.db.Collection(claimsCollection).DeleteOne(ctx, bson.M{"_id": id, "holder": holder})
		return err
	})
}

// ClaimedAt is when the claim id was taken by whoever holds it now; the
// zero time when nobody does. A claim whose holder has not yet saved what
// it claimed for is told apart by its age from one left by a crash.
func (s *Store) ClaimedAt(ctx context.Context, id string) (time.Time, error) {
	var held struct {
		At time.Time `bson:"at"`
	}
	err := s.db.Collection(claimsCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&held)
	switch {
	case errors.Is(err, mongo.ErrNoDocuments):
		return time.Time{}, nil
	case err != nil:
		return time.Time{}, fmt.Errorf("read claim %s: %w", id, err)
	}
	return held.At, nil
}
