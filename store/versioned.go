package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

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
//
// The lock inside the process orders its own saves; across processes the
// right to make the next version is claimed first (claimVersion), since
// the embedded database finds and updates in two steps, so that two
// replicas could both find the version they read and both save over it.
func (s *Store) saveVersioned(ctx context.Context, collection, id string, version int64, fields bson.M, out any) error {
	unlock := s.locks.lock(collection + "/" + id)
	defer unlock()
	release, err := s.claimVersion(ctx, collection, id, version)
	if err != nil {
		return err
	}
	defer release()
	fields["updated_at"] = s.stamp()
	err = s.write("save "+collection, func() error {
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

// staleVersionClaim is how old a claim to make a version must be for a
// writer to take it as left by a process that stopped before saving: a
// save takes milliseconds.
const staleVersionClaim = 30 * time.Second

// claimVersion claims, with a unique insert the database decides for one
// writer, the right to make the version after version of a document, and
// returns the function that gives it up once the save is done (a later
// writer that read the old version then finds it gone and is told of a
// conflict). A claim someone else holds is a conflict, so the caller reads
// again; one left by a process that stopped is freed for the next try.
func (s *Store) claimVersion(ctx context.Context, collection, id string, version int64) (func(), error) {
	claim := fmt.Sprintf("version/%s/%s/%d", collection, id, version+1)
	holder := rand.Text()
	ctx = uncounted(ctx)
	held, err := s.Claim(ctx, claim, holder)
	if err != nil {
		// The claim may have been written all the same: give it up, so
		// that the next try is not kept waiting for it to go stale; but
		// not for long, since the database is likely out of reach.
		giveUp, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = s.Release(giveUp, claim, holder)
		return nil, err
	}
	if held == holder {
		return func() { _ = s.Release(context.WithoutCancel(ctx), claim, holder) }, nil
	}
	if at, err := s.ClaimedAt(ctx, claim); err == nil && !at.IsZero() && s.stamp().Sub(at) > staleVersionClaim {
		_ = s.Release(ctx, claim, held)
	}
	return nil, community.Conflict("error.conflict")
}

// changeVersioned saves a change made to a document as it is now, at most
// once: attempt reads the document, changes it and returns the version it
// read and the fields to set. If someone else saved in between, it runs
// attempt again on the newer document. An error from attempt (a refusal,
// such as a full group) is returned as it is.
func (s *Store) changeVersioned(ctx context.Context, collection, id string, attempt func() (int64, bson.M, error), out any) error {
	const attempts = 5
	for i := range attempts {
		version, fields, err := attempt()
		if err != nil {
			return err
		}
		err = s.saveVersioned(ctx, collection, id, version, fields, out)
		if community.KindOf(err) != community.KindConflict {
			return err
		}
		// Another writer is saving it: wait a moment, longer each time,
		// so that the next try reads what they saved.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 10 * time.Millisecond):
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
