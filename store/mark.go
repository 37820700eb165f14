package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const marksCollection = "marks"

// markDoc is one member's mark on another. Its id is made of who, whom and
// what, so there is only ever one of each and marking twice adds nothing.
type markDoc struct {
	ID   string    `bson:"_id"`
	From string    `bson:"from"`
	To   string    `bson:"to"`
	Kind string    `bson:"kind"`
	At   time.Time `bson:"at"`
}

func markID(m community.Mark) string { return m.From + "/" + string(m.Kind) + "/" + m.To }

func (d markDoc) mark() community.Mark {
	return community.Mark{From: d.From, To: d.To, Kind: community.MarkKind(d.Kind), At: d.At.UTC()}
}

// PutMark records a mark; recording it again changes nothing and reports
// false.
func (s *Store) PutMark(ctx context.Context, m community.Mark) (bool, error) {
	if !m.Valid() {
		return false, community.Invalid()
	}
	if m.At.IsZero() {
		m.At = s.stamp()
	}
	doc := markDoc{ID: markID(m), From: m.From, To: m.To, Kind: string(m.Kind), At: m.At.Truncate(time.Millisecond)}
	var added int
	err := s.write("mark", func() error {
		var err error
		added, err = s.insertNew(ctx, marksCollection, []any{doc})
		return err
	})
	if err != nil {
		s.written(ctx, marksCollection, doc.ID)
	}
	return added == 1, err
}

// DeleteMark undoes a mark and reports whether there was one.
func (s *Store) DeleteMark(ctx context.Context, m community.Mark) (bool, error) {
	var deleted bool
	err := s.write("unmark", func() error {
		res, err := s.db.Collection(marksCollection).DeleteOne(ctx, bson.M{"_id": markID(m)})
		if err == nil {
			deleted = res.DeletedCount == 1
		}
		return err
	})
	s.written(ctx, marksCollection, markID(m))
	if err != nil {
		return false, fmt.Errorf("delete mark: %w", err)
	}
	return deleted, nil
}

// MarksFrom returns the marks a member has made, newest first.
func (s *Store) MarksFrom(ctx context.Context, from string) ([]community.Mark, error) {
	return marksOf(s.mem.marks.with(ctx, "from", from))
}

// MarksTo returns the marks of one kind made on a member, newest first.
func (s *Store) MarksTo(ctx context.Context, to string, kind community.MarkKind) ([]community.Mark, error) {
	docs, err := s.mem.marks.with(ctx, "to", to)
	return marksOf(slices.DeleteFunc(docs, func(d markDoc) bool { return d.Kind != string(kind) }), err)
}

// AllMarks returns every mark, for loading the matching index at start-up.
func (s *Store) AllMarks(ctx context.Context) ([]community.Mark, error) {
	return marksOf(s.mem.marks.where(ctx, nil))
}

// marksOf sorts marks newest first, then by id.
func marksOf(docs []markDoc, err error) ([]community.Mark, error) {
	return each(docs, err, func(a, b markDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, true) }, markDoc.mark)
}

// DeleteMarksOf takes away every mark a person made or was given, for a
// member who deletes their account; it returns them, so that the indexes
// in memory can forget them too.
func (s *Store) DeleteMarksOf(ctx context.Context, personID string) ([]community.Mark, error) {
	filter := bson.M{"$or": bson.A{bson.M{"from": personID}, bson.M{"to": personID}}}
	var docs []markDoc
	if err := s.findAll(ctx, marksCollection, filter, bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	err := s.write("delete marks", func() error {
		_, err := s.db.Collection(marksCollection).DeleteMany(ctx, filter)
		return err
	})
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	s.written(ctx, marksCollection, ids...)
	marks, _ := marksOf(docs, nil)
	return marks, err
}
