package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const wishesCollection = "wishes"

type wishDoc struct {
	ID        string      `bson:"_id"`
	PersonID  string      `bson:"person_id"`
	Name      string      `bson:"name"`
	Text      string      `bson:"text"`
	Interests []string    `bson:"interests"`
	District  string      `bson:"district"`
	Times     int64       `bson:"times"`
	Every     string      `bson:"every"`
	Backers   []backerDoc `bson:"backers"`
	Round     *roundDoc   `bson:"round,omitempty"`
	Rounds    int         `bson:"rounds"`
	Closing   *closingDoc `bson:"closing,omitempty"`
	GroupID   string      `bson:"group_id,omitempty"`
	CreatedAt time.Time   `bson:"created_at"`
	Version   int64       `bson:"version"`
}

type backerDoc struct {
	PersonID  string    `bson:"person_id"`
	Name      string    `bson:"name"`
	Promise   int64     `bson:"promise,omitempty"`
	Threshold int       `bson:"threshold,omitempty"`
	At        time.Time `bson:"at"`
}

// roundDoc keeps the answers as a list: a person's id is no safe key.
type roundDoc struct {
	N       int         `bson:"n"`
	Opened  time.Time   `bson:"opened"`
	Ends    time.Time   `bson:"ends"`
	Asked   []string    `bson:"asked"`
	Answers []answerDoc `bson:"answers"`
}

type closingDoc struct {
	N    int         `bson:"n"`
	Join []backerDoc `bson:"join"`
}

type answerDoc struct {
	PersonID string `bson:"person_id"`
	Yes      bool   `bson:"yes"`
}

func toWishDoc(w community.Wish) wishDoc {
	d := wishDoc{
		ID: w.ID, PersonID: w.PersonID, Name: w.Name, Text: w.Text, Interests: nonNil(w.Interests), District: w.District,
		Times: int64(w.Times), Every: string(w.Every), Rounds: w.Rounds, GroupID: w.GroupID,
		CreatedAt: w.CreatedAt, Version: w.Version,
	}
	d.Backers = toBackerDocs(w.Backers)
	if c := w.Closing; c != nil {
		d.Closing = &closingDoc{N: c.N, Join: toBackerDocs(c.Join)}
	}
	if r := w.Round; r != nil {
		d.Round = &roundDoc{N: r.N, Opened: r.Opened, Ends: r.Ends, Asked: nonNil(r.Asked), Answers: []answerDoc{}}
		for _, id := range r.Asked {
			if yes, ok := r.Answers[id]; ok {
				d.Round.Answers = append(d.Round.Answers, answerDoc{id, yes})
			}
		}
	}
	return d
}

func (d wishDoc) wish() community.Wish {
	w := community.Wish{
		ID: d.ID, PersonID: d.PersonID, Name: d.Name, Text: d.Text, Interests: d.Interests, District: d.District,
		Times: community.Availability(d.Times), Every: community.Period(d.Every), Rounds: d.Rounds, GroupID: d.GroupID,
		CreatedAt: d.CreatedAt.UTC(), Version: d.Version,
	}
	w.Backers = backersFrom(d.Backers)
	if c := d.Closing; c != nil {
		w.Closing = &community.Closing{N: c.N, Join: backersFrom(c.Join)}
	}
	if r := d.Round; r != nil {
		w.Round = &community.Round{N: r.N, Opened: r.Opened.UTC(), Ends: r.Ends.UTC(), Asked: r.Asked, Answers: map[string]bool{}}
		for _, a := range r.Answers {
			w.Round.Answers[a.PersonID] = a.Yes
		}
	}
	return w
}

func toBackerDocs(bs []community.Backer) []backerDoc {
	out := []backerDoc{}
	for _, b := range bs {
		out = append(out, backerDoc{b.PersonID, b.Name, int64(b.Promise), b.Threshold, b.At})
	}
	return out
}

func backersFrom(docs []backerDoc) []community.Backer {
	var out []community.Backer
	for _, b := range docs {
		out = append(out, community.Backer{PersonID: b.PersonID, Name: b.Name, Promise: community.Pence(b.Promise),
			Threshold: b.Threshold, At: b.At.UTC()})
	}
	return out
}

func backersOf(d wishDoc) []string {
	out := make([]string, len(d.Backers))
	for i, b := range d.Backers {
		out[i] = b.PersonID
	}
	return out
}

// CreateWish saves a new wish; one whose id is taken (the same form sent
// twice) is saved once, and the one already there is returned.
func (s *Store) CreateWish(ctx context.Context, w community.Wish) (community.Wish, error) {
	now := s.stampOr(w.CreatedAt)
	w.CreatedAt, w.Version = now, 0
	return createOnce(ctx, s, "wish", wishesCollection, w.ID, toWishDoc(w), w, wishDoc.wish)
}

// Wish returns the wish with the id, or NotFound, from memory.
func (s *Store) Wish(ctx context.Context, id string) (community.Wish, error) {
	return byID(ctx, s.mem.wishes, id, "wish", "error.wish.not_found", wishDoc.wish)
}

// WishesOf lists the wishes a person made or backs, newest first.
func (s *Store) WishesOf(ctx context.Context, personID string) ([]community.Wish, error) {
	docs, err := s.mem.wishes.with(ctx, "backer", personID)
	return each(docs, err, newestWishFirst, wishDoc.wish)
}

// AllWishes lists every wish, for the matching index.
func (s *Store) AllWishes(ctx context.Context) ([]community.Wish, error) {
	docs, err := s.mem.wishes.where(ctx, nil)
	return each(docs, err, newestWishFirst, wishDoc.wish)
}

func newestWishFirst(a, b wishDoc) int {
	return cmp.Or(b.CreatedAt.Compare(a.CreatedAt), cmp.Compare(a.ID, b.ID))
}

// ChangeWish applies change to the wish as it is in the database and saves
// it, at most once, as ChangeGroup does: two people saying "Me too" at
// once are both kept, and a round is opened or closed once. change may
// return an error to refuse, or Unchanged when the change is made already.
func (s *Store) ChangeWish(ctx context.Context, id string, change func(*community.Wish) error) (community.Wish, error) {
	var saved wishDoc
	var unchanged *community.Wish
	err := s.changeVersioned(ctx, wishesCollection, id, func() (int64, bson.M, error) {
		var d wishDoc
		if err := s.db.Collection(wishesCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d); err != nil {
			return 0, nil, notFound(err, "error.wish.not_found")
		}
		w := d.wish()
		if err := change(&w); err != nil {
			if errors.Is(err, Unchanged) {
				unchanged = &w
			}
			return 0, nil, err
		}
		nd := toWishDoc(w)
		return w.Version, bson.M{"backers": nd.Backers, "round": nd.Round, "rounds": nd.Rounds, "closing": nd.Closing, "group_id": nd.GroupID}, nil
	}, &saved)
	if unchanged != nil && errors.Is(err, Unchanged) {
		return *unchanged, nil
	}
	if err != nil {
		return community.Wish{}, fmt.Errorf("change wish %s: %w", id, err)
	}
	return saved.wish(), nil
}

// DeleteWish deletes a wish; deleting one already gone does nothing.
func (s *Store) DeleteWish(ctx context.Context, id string) error {
	defer s.written(ctx, wishesCollection, id)
	return s.write("delete wish", func() error {
		_, err := s.db.Collection(wishesCollection).DeleteOne(ctx, bson.M{"_id": id})
		return err
	})
}
