package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const (
	actsCollection = "acts"
	// actsSeenCollection keeps, per member, when they last read their
	// log, so the home page can say when there is something new.
	actsSeenCollection = "acts_seen"
)

type actDoc struct {
	ID         string    `bson:"_id"`
	MemberID   string    `bson:"member_id"`
	MentorID   string    `bson:"mentor_id"`
	MentorName string    `bson:"mentor_name"`
	Kind       string    `bson:"kind"`
	GroupID    string    `bson:"group_id,omitempty"`
	GroupName  string    `bson:"group_name,omitempty"`
	Amount     int64     `bson:"amount,omitempty"`
	At         time.Time `bson:"at"`
}

func (d actDoc) act() community.Act {
	return community.Act{ID: d.ID, MemberID: d.MemberID, MentorID: d.MentorID, MentorName: d.MentorName,
		Kind: community.ActKind(d.Kind), GroupID: d.GroupID, GroupName: d.GroupName, Amount: community.Pence(d.Amount), At: d.At.UTC()}
}

// RecordAct adds a line to a member's log once: its id comes from the
// action's key, so a retry of the action adds nothing more.
func (s *Store) RecordAct(ctx context.Context, a community.Act) error {
	d := actDoc{ID: a.ID, MemberID: a.MemberID, MentorID: a.MentorID, MentorName: a.MentorName, Kind: string(a.Kind),
		GroupID: a.GroupID, GroupName: a.GroupName, Amount: int64(a.Amount), At: s.stampOr(a.At)}
	var existing actDoc
	if _, err := s.insertOnce(ctx, actsCollection, d.ID, d, &existing); err != nil {
		return fmt.Errorf("record act: %w", err)
	}
	return nil
}

// Acts is a member's log, newest first.
func (s *Store) Acts(ctx context.Context, memberID string) ([]community.Act, error) {
	docs, err := s.mem.acts.with(ctx, "member", memberID)
	return each(docs, err, func(a, b actDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, true) }, actDoc.act)
}

type actsSeenDoc struct {
	ID     string    `bson:"_id"`
	SeenAt time.Time `bson:"seen_at"`
}

// ActsSeen is when the member last read their log; zero if never.
func (s *Store) ActsSeen(ctx context.Context, memberID string) (time.Time, error) {
	var d actsSeenDoc
	err := s.db.Collection(actsSeenCollection).FindOne(ctx, bson.M{"_id": memberID}).Decode(&d)
	if community.KindOf(notFound(err, "")) == community.KindNotFound {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("load when %s read their log: %w", memberID, err)
	}
	return d.SeenAt.UTC(), nil
}

// SeeActs records that the member read their log at at. Two at once may
// leave either time, which only moves "new" by moments.
func (s *Store) SeeActs(ctx context.Context, memberID string, at time.Time) error {
	return s.write("see acts", func() error {
		_, err := s.db.Collection(actsSeenCollection).UpdateOne(ctx, bson.M{"_id": memberID},
			bson.M{"$set": bson.M{"seen_at": at.UTC().Truncate(time.Millisecond)}}, options.UpdateOne().SetUpsert(true))
		return err
	})
}
