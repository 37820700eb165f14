package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const calendarsCollection = "calendars"

// calendarDoc is a member's calendar, under their id: one each.
type calendarDoc struct {
	ID     string    `bson:"_id"`
	Token  string    `bson:"token"`
	MadeAt time.Time `bson:"made_at"`
	Chosen []string  `bson:"chosen"`
}

func (d calendarDoc) calendar() community.Calendar {
	return community.Calendar{PersonID: d.ID, Token: d.Token, MadeAt: d.MadeAt.UTC(), Chosen: d.Chosen}
}

// Calendar returns the member's calendar; false when they have none yet.
func (s *Store) Calendar(ctx context.Context, personID string) (community.Calendar, bool, error) {
	d, found, err := s.mem.calendars.lookup(ctx, personID)
	if err != nil || !found {
		return community.Calendar{}, false, err
	}
	return d.calendar(), true, nil
}

// CalendarByToken returns the calendar whose link has the token; NotFound
// for a token no calendar has now (a replaced link, or a made-up one).
func (s *Store) CalendarByToken(ctx context.Context, token string) (community.Calendar, error) {
	docs, err := s.mem.calendars.with(ctx, "token", token)
	if err != nil {
		return community.Calendar{}, fmt.Errorf("load calendar by token: %w", err)
	}
	if len(docs) != 1 {
		return community.Calendar{}, community.NotFound("error.calendar.old_link")
	}
	return docs[0].calendar(), nil
}

// SetCalendarToken gives the member's calendar a new link, making the
// calendar if they had none, and keeps the sessions they chose.
func (s *Store) SetCalendarToken(ctx context.Context, personID, token string, at time.Time) (community.Calendar, error) {
	err := s.write("calendar link", func() error {
		_, err := s.db.Collection(calendarsCollection).UpdateOne(ctx, bson.M{"_id": personID},
			bson.M{"$set": bson.M{"token": token, "made_at": at.UTC().Truncate(time.Millisecond)}, "$setOnInsert": bson.M{"chosen": []string{}}},
			options.UpdateOne().SetUpsert(true))
		return err
	})
	s.written(ctx, calendarsCollection, personID)
	if err != nil {
		return community.Calendar{}, fmt.Errorf("new calendar link for %s: %w", personID, err)
	}
	c, _, err := s.Calendar(ctx, personID)
	return c, err
}

// ChooseSession adds a public session to the member's calendar, or with
// chosen false takes it off; doing either twice changes it once. The
// member's calendar must exist.
func (s *Store) ChooseSession(ctx context.Context, personID, key string, chosen bool) error {
	change := bson.M{"$pull": bson.M{"chosen": key}}
	if chosen {
		change = bson.M{"$addToSet": bson.M{"chosen": key}}
	}
	err := s.write("choose session", func() error {
		_, err := s.db.Collection(calendarsCollection).UpdateOne(ctx, bson.M{"_id": personID}, change)
		return err
	})
	s.written(ctx, calendarsCollection, personID)
	if err != nil {
		return fmt.Errorf("choose session %s for %s: %w", key, personID, err)
	}
	return nil
}

// DeleteCalendar removes the member's calendar, ending its link.
func (s *Store) DeleteCalendar(ctx context.Context, personID string) error {
	return s.deleteByID(ctx, "delete calendar", calendarsCollection, personID)
}

// deleteByID deletes the document with the id, if there is one, and
// keeps memory as the database leaves it.
func (s *Store) deleteByID(ctx context.Context, op, collection, id string) error {
	err := s.write(op, func() error {
		_, err := s.db.Collection(collection).DeleteOne(ctx, bson.M{"_id": id})
		return err
	})
	s.written(ctx, collection, id)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, id, err)
	}
	return nil
}
