package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const messagesCollection = "messages"

type messageDoc struct {
	ID     string    `bson:"_id"`
	Thread string    `bson:"thread"`
	From   string    `bson:"from"`
	To     string    `bson:"to"`
	Text   string    `bson:"text"`
	At     time.Time `bson:"at"`
	ReadAt time.Time `bson:"read_at,omitempty"`
	// Removed says the one who wrote it deleted their account: its words
	// are gone, and the other person reads that it was removed.
	Removed bool `bson:"removed,omitempty"`
	// HiddenAt and HiddenBy say a moderator hid it.
	HiddenAt time.Time `bson:"hidden_at,omitempty"`
	HiddenBy string    `bson:"hidden_by,omitempty"`
}

func (d messageDoc) message() community.Message {
	return community.Message{ID: d.ID, From: d.From, To: d.To, Text: d.Text, At: d.At.UTC(), ReadAt: utcOrZero(d.ReadAt), Removed: d.Removed,
		HiddenAt: utcOrZero(d.HiddenAt), HiddenBy: d.HiddenBy}
}

// RemoveMessagesFrom takes the words out of every message a person wrote,
// marking each removed, for a member who deletes their account.
func (s *Store) RemoveMessagesFrom(ctx context.Context, personID string) error {
	defer s.rereadMessages(ctx, "person", personID, func(d messageDoc) bool { return d.From == personID })
	return s.write("remove messages", func() error {
		_, err := s.db.Collection(messagesCollection).UpdateMany(ctx, bson.M{"from": personID}, bson.M{"$set": bson.M{"text": "", "removed": true}})
		return err
	})
}

// rereadMessages reads again, after a write to many, the messages memory
// has under the index's key that the write may have changed.
func (s *Store) rereadMessages(ctx context.Context, index, key string, changed func(messageDoc) bool) {
	var ids []string
	docs, _ := s.mem.messages.with(ctx, index, key)
	for _, d := range docs {
		if changed(d) {
			ids = append(ids, d.ID)
		}
	}
	s.written(ctx, messagesCollection, ids...)
}

// SaveMessage keeps a new message. One whose id is taken (the same form
// sent twice) is kept once: the message already there is returned.
func (s *Store) SaveMessage(ctx context.Context, m community.Message) (community.Message, bool, error) {
	m.At = s.stampOr(m.At)
	doc := messageDoc{ID: m.ID, Thread: community.ThreadID(m.From, m.To), From: m.From, To: m.To, Text: m.Text, At: m.At}
	var existing messageDoc
	created, err := s.insertOnce(ctx, messagesCollection, m.ID, doc, &existing)
	if err != nil {
		return community.Message{}, false, fmt.Errorf("save message: %w", err)
	}
	if !created {
		return existing.message(), false, nil
	}
	return m, true, nil
}

// Thread lists the messages between two members, oldest first.
func (s *Store) Thread(ctx context.Context, a, b string) ([]community.Message, error) {
	return messagesOf(s.mem.messages.with(ctx, "thread", community.ThreadID(a, b)))
}

// MessagesOf lists every message a member sent or was sent, newest first,
// for the list of their threads.
func (s *Store) MessagesOf(ctx context.Context, personID string) ([]community.Message, error) {
	return newestFirst(messagesOf(s.mem.messages.with(ctx, "person", personID)))
}

// Unread lists every message not read yet, for the counts kept in memory.
func (s *Store) Unread(ctx context.Context) ([]community.Message, error) {
	return messagesOf(s.mem.messages.where(ctx, func(d messageDoc) bool { return d.ReadAt.IsZero() }))
}

// MarkRead marks read every message from one member to another.
func (s *Store) MarkRead(ctx context.Context, reader, from string, at time.Time) error {
	thread := community.ThreadID(reader, from)
	defer s.rereadMessages(ctx, "thread", thread, func(d messageDoc) bool { return d.From == from && d.ReadAt.IsZero() })
	return s.write("mark read", func() error {
		_, err := s.db.Collection(messagesCollection).UpdateMany(ctx,
			bson.M{"from": from, "to": reader, "read_at": bson.M{"$exists": false}}, bson.M{"$set": bson.M{"read_at": at}})
		return err
	})
}

// messagesOf sorts messages oldest first, by time and then id.
func messagesOf(docs []messageDoc, err error) ([]community.Message, error) {
	return each(docs, err, func(a, b messageDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, false) }, messageDoc.message)
}

// newestFirst turns a list of messages oldest first round.
func newestFirst(messages []community.Message, err error) ([]community.Message, error) {
	slices.Reverse(messages)
	return messages, err
}

// Message returns one message, or NotFound.
func (s *Store) Message(ctx context.Context, id string) (community.Message, error) {
	return byID(ctx, s.mem.messages, id, "message", "error.message.not_found", messageDoc.message)
}

// HideMessage records that a moderator hid a message; hiding twice keeps
// the first.
func (s *Store) HideMessage(ctx context.Context, id, by string, at time.Time) error {
	defer s.written(ctx, messagesCollection, id)
	return s.exclusiveWrite(ctx, "hide message", messagesCollection, id, func() error {
		_, err := s.db.Collection(messagesCollection).UpdateOne(ctx, bson.M{"_id": id, "hidden_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"hidden_at": at, "hidden_by": by}})
		if err != nil {
			return fmt.Errorf("hide message %s: %w", id, err)
		}
		return nil
	})
}
