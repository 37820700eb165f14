package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const helpsCollection = "helps"

// helpDoc is how a help request is kept.
type helpDoc struct {
	ID       string    `bson:"_id"`
	By       string    `bson:"by"`
	What     string    `bson:"what"`
	Words    string    `bson:"words"`
	Mentor   string    `bson:"mentor,omitempty"`
	District string    `bson:"district"`
	AskedAt  time.Time `bson:"asked_at"`
	TakenBy  string    `bson:"taken_by,omitempty"`
	TakenAt  time.Time `bson:"taken_at,omitempty"`
	DoneBy   string    `bson:"done_by,omitempty"`
	DoneAt   time.Time `bson:"done_at,omitempty"`
}

func (d helpDoc) help() community.Help {
	return community.Help{ID: d.ID, By: d.By, What: d.What, Words: d.Words, Mentor: d.Mentor, District: d.District,
		AskedAt: d.AskedAt.UTC(), TakenBy: d.TakenBy, TakenAt: utcOrZero(d.TakenAt), DoneBy: d.DoneBy, DoneAt: utcOrZero(d.DoneAt)}
}

// SaveHelp keeps a new help request; the same form sent twice keeps one,
// and returns the first.
func (s *Store) SaveHelp(ctx context.Context, h community.Help) (community.Help, error) {
	h.AskedAt = s.stampOr(h.AskedAt)
	doc := helpDoc{ID: h.ID, By: h.By, What: h.What, Words: h.Words, Mentor: h.Mentor, District: h.District, AskedAt: h.AskedAt}
	var existing helpDoc
	created, err := s.insertOnce(ctx, helpsCollection, h.ID, doc, &existing)
	if err != nil {
		return community.Help{}, fmt.Errorf("save help request: %w", err)
	}
	if !created {
		return existing.help(), nil
	}
	return doc.help(), nil
}

// Help returns one help request, or NotFound.
func (s *Store) Help(ctx context.Context, id string) (community.Help, error) {
	return byID(ctx, s.mem.helps, id, "help request", "error.help.not_found", helpDoc.help)
}

// HelpsBy lists the requests a member made, newest first.
func (s *Store) HelpsBy(ctx context.Context, personID string) ([]community.Help, error) {
	return helpsOf(s.mem.helps.with(ctx, "by", personID))
}

// HelpsTakenBy lists the requests a mentor took, newest first.
func (s *Store) HelpsTakenBy(ctx context.Context, mentorID string) ([]community.Help, error) {
	return helpsOf(s.mem.helps.with(ctx, "taken", mentorID))
}

// OpenHelps lists the requests nobody has taken yet, newest first.
func (s *Store) OpenHelps(ctx context.Context) ([]community.Help, error) {
	return helpsOf(s.mem.helps.with(ctx, "taken", ""))
}

// helpsOf sorts requests newest first, then by id.
func helpsOf(docs []helpDoc, err error) ([]community.Help, error) {
	return each(docs, err, func(a, b helpDoc) int { return byTimeThenID(a.AskedAt, b.AskedAt, a.ID, b.ID, true) }, helpDoc.help)
}

// TakeHelp records that a mentor took the request. Only one mentor can
// ever take it, across processes: the taking is a claim on the database's
// unique _id, and whoever claimed first holds it. A mentor taking it again
// (a retry) completes the first taking; anyone else gets a Conflict.
func (s *Store) TakeHelp(ctx context.Context, id, mentorID string) (community.Help, error) {
	holder, err := s.Claim(ctx, "help-take/"+id, mentorID)
	if err != nil {
		return community.Help{}, err
	}
	if holder != mentorID {
		return community.Help{}, community.Conflict("error.help.taken")
	}
	err = s.exclusiveWrite(ctx, "take help request", helpsCollection, id, func() error {
		_, err := s.db.Collection(helpsCollection).UpdateOne(ctx, bson.M{"_id": id, "taken_by": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"taken_by": mentorID, "taken_at": s.stamp()}})
		return err
	})
	s.written(ctx, helpsCollection, id)
	if err != nil {
		return community.Help{}, fmt.Errorf("take help request %s: %w", id, err)
	}
	return s.Help(ctx, id)
}

// FinishHelp records that the help is done; finishing twice keeps the
// first.
func (s *Store) FinishHelp(ctx context.Context, id, by string) (community.Help, error) {
	err := s.exclusiveWrite(ctx, "finish help request", helpsCollection, id, func() error {
		_, err := s.db.Collection(helpsCollection).UpdateOne(ctx, bson.M{"_id": id, "done_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"done_by": by, "done_at": s.stamp()}})
		return err
	})
	s.written(ctx, helpsCollection, id)
	if err != nil {
		return community.Help{}, fmt.Errorf("finish help request %s: %w", id, err)
	}
	return s.Help(ctx, id)
}
