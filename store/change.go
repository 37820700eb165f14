package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const changesCollection = "changes"

// changeDoc is one line of the change log. Its _id is the writer and its
// counter, so a line can never be written twice.
type changeDoc struct {
	ID      string    `bson:"_id"`
	Writer  string    `bson:"writer"`
	Counter int64     `bson:"counter"`
	Action  string    `bson:"action"`
	Kind    string    `bson:"kind"`
	DocID   string    `bson:"doc_id"`
	At      time.Time `bson:"at"`
}

// AppendChange adds a line to the change log, stamped now.
func (s *Store) AppendChange(ctx context.Context, c community.Change) (community.Change, error) {
	c.At = s.stamp()
	d := changeDoc{ID: community.ChangeID(c.Writer, c.Counter), Writer: c.Writer, Counter: c.Counter,
		Action: c.Action, Kind: c.Kind, DocID: c.DocID, At: c.At}
	err := s.write("change log", func() error {
		_, err := s.db.Collection(changesCollection).InsertOne(ctx, d)
		return err
	})
	if err != nil {
		return community.Change{}, fmt.Errorf("append to the change log: %w", err)
	}
	return c, nil
}

// ChangesSince lists the changes written at or after since, oldest first.
func (s *Store) ChangesSince(ctx context.Context, since time.Time) ([]community.Change, error) {
	var docs []changeDoc
	if err := s.findAll(ctx, changesCollection, bson.M{"at": bson.M{"$gte": since.UTC()}},
		bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Change, len(docs))
	for i, d := range docs {
		out[i] = community.Change{Writer: d.Writer, Counter: d.Counter, Action: d.Action, Kind: d.Kind, DocID: d.DocID, At: d.At.UTC()}
	}
	return out, nil
}

// PruneChanges removes the changes written before cutoff and says how many.
func (s *Store) PruneChanges(ctx context.Context, cutoff time.Time) (int64, error) {
	res, err := s.db.Collection(changesCollection).DeleteMany(ctx, bson.M{"at": bson.M{"$lt": cutoff.UTC()}})
	if err != nil {
		return 0, fmt.Errorf("prune the change log: %w", err)
	}
	return res.DeletedCount, nil
}
