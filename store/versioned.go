package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Unchanged is what a change function returns to say that the change it
// would make is made already (the same form sent again): nothing is saved.
var Unchanged = errors.New("already changed")

// saveVersioned sets fields on the document id only if it is still at
// version, bumping the version, and decodes the saved document into out.
// A second submit of the same form therefore saves once; the caller gets
// a Conflict error for it (or NotFound when the document is gone).
// It holds the document's lease while it saves (exclusive), so the
// version it finds is the one it changes, on either database.
func (s *Store) saveVersioned(ctx context.Context, collection, id string, version int64, fields bson.M, out any) error {
	fields["updated_at"] = s.stamp()
	err := s.exclusiveWrite(ctx, "save "+collection, collection, id, func() error {
		return s.db.Collection(collection).FindOneAndUpdate(ctx,
			bson.M{"_id": id, "version": version},
			bson.M{"$set": fields, "$inc": bson.M{"version": 1}},
			options.FindOneAndUpdate().SetReturnDocument(options.After)).Decode(out)
	})
	// Saved, refused as out of date, or not known: memory reads what the
	// database holds now, so that a retry starts from it.
	s.written(ctx, collection, id)
	if errors.Is(err, mongo.ErrNoDocuments) {
		n, countErr := s.db.Collection(collection).CountDocuments(ctx, bson.M{"_id": id})
		if countErr != nil {
			return countErr
		}
		if n == 0 {
			return community.NotFound("error.not_found")
		}
		return community.Conflict("error.conflict")
	}
	return err
}

// changeVersioned saves a change made to a document as it is now, at most
// once: attempt reads the document, changes it and returns the version it
// read and the fields to set. If someone else saved in between, it runs
// attempt again on the newer document. An error from attempt (a refusal,
// such as a full group) is returned as it is.
func (s *Store) changeVersioned(ctx context.Context, collection, id string, attempt func() (int64, bson.M, error), out any) error {
	const attempts = 5
	for range attempts {
		version, fields, err := attempt()
		if err != nil {
			return err
		}
		err = s.saveVersioned(ctx, collection, id, version, fields, out)
		// Refused as out of date: the writer who saved in between has
		// given up the lease by now, so reading again finds their save.
		if community.KindOf(err) != community.KindConflict {
			return err
		}
	}
	return community.Conflict("error.conflict")
}

// insertNew inserts documents one by one, skipping those whose _id is
// taken, so that seeding or importing twice adds nothing twice.
func (s *Store) insertNew(ctx context.Context, collection string, docs []any) (int, error) {
	var added []any
	defer func() { s.inserted(collection, added...) }()
	for _, d := range docs {
		_, err := s.db.Collection(collection).InsertOne(ctx, d)
		switch {
		case isDuplicate(err):
		case err != nil:
			return len(added), fmt.Errorf("insert into %s: %w", collection, err)
		default:
			added = append(added, d)
		}
	}
	return len(added), nil
}

// findAll runs a query sorted by sort and decodes every document into out.
func (s *Store) findAll(ctx context.Context, collection string, filter bson.M, sort bson.D, out any) error {
	cur, err := s.db.Collection(collection).Find(ctx, filter, options.Find().SetSort(sort))
	if err != nil {
		return fmt.Errorf("find in %s: %w", collection, err)
	}
	if err := cur.All(ctx, out); err != nil {
		return fmt.Errorf("read %s: %w", collection, err)
	}
	return nil
}

// createOnce inserts a new document once and returns what was made: made
// itself, or, when its id is taken (the same form sent twice), the one
// already there, read with convert.
func createOnce[D, T any](ctx context.Context, s *Store, what, collection, id string, doc D, made T, convert func(D) T) (T, error) {
	var existing D
	created, err := s.insertOnce(ctx, collection, id, doc, &existing)
	if err != nil {
		var none T
		return none, fmt.Errorf("create %s: %w", what, err)
	}
	if !created {
		return convert(existing), nil
	}
	return made, nil
}

// insertOnce inserts doc, whose _id is id, once. If the id is taken (the
// same form sent twice, whose key made the id) it inserts nothing and
// decodes the document already there into existing, reporting false.
func (s *Store) insertOnce(ctx context.Context, collection, id string, doc, existing any) (bool, error) {
	err := s.write("create "+collection, func() error {
		_, err := s.db.Collection(collection).InsertOne(ctx, doc)
		return err
	})
	if err == nil {
		s.inserted(collection, doc)
		return true, nil
	}
	if !isDuplicate(err) {
		// Perhaps written after all: memory reads what the database holds.
		s.written(ctx, collection, id)
		return false, fmt.Errorf("insert into %s: %w", collection, err)
	}
	if err := s.db.Collection(collection).FindOne(ctx, bson.M{"_id": id}).Decode(existing); err != nil {
		return false, fmt.Errorf("read %s %s: %w", collection, id, err)
	}
	return false, nil
}
