package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

const boardCollection = "board"

type postDoc struct {
	ID      string    `bson:"_id"`
	GroupID string    `bson:"group_id"`
	By      string    `bson:"by"`
	ByName  string    `bson:"by_name"`
	Text    string    `bson:"text"`
	On      time.Time `bson:"on"`
	From    string    `bson:"from,omitempty"`
	To      string    `bson:"to,omitempty"`
	Venue   string    `bson:"venue,omitempty"`
	Public  bool      `bson:"public,omitempty"`
	// District is where a public session is, for What's on.
	District string    `bson:"district,omitempty"`
	At       time.Time `bson:"at"`
}

func toPostDoc(p community.Post) postDoc {
	return postDoc{
		ID: p.ID, GroupID: p.GroupID, By: p.By, ByName: p.ByName, Text: p.Text, On: p.On,
		From: p.From, To: p.To, Venue: p.Venue, Public: p.Public, District: p.District, At: p.At,
	}
}

func (d postDoc) post() community.Post {
	p := community.Post{
		ID: d.ID, GroupID: d.GroupID, By: d.By, ByName: d.ByName, Text: d.Text,
		From: d.From, To: d.To, Venue: d.Venue, Public: d.Public, District: d.District, At: d.At.UTC(),
	}
	if d.On.Year() > 1 {
		p.On = d.On.UTC()
	}
	return p
}

// Post adds a line to a group's board. A post whose id is taken (the same
// form sent twice) is posted once.
func (s *Store) Post(ctx context.Context, p community.Post) (community.Post, error) {
	if p.ID == "" {
		p.ID = newID()
	}
	p.At = s.stampOr(p.At)
	d := toPostDoc(p)
	err := s.write("post", func() error {
		_, err := s.db.Collection(boardCollection).InsertOne(ctx, d)
		return err
	})
	if err == nil {
		s.inserted(boardCollection, d)
	} else {
		s.written(ctx, boardCollection, d.ID)
	}
	if err != nil && !isDuplicate(err) {
		return community.Post{}, fmt.Errorf("post to group %s: %w", p.GroupID, err)
	}
	return p, nil
}

// Board returns a group's board, newest first.
func (s *Store) Board(ctx context.Context, groupID string) ([]community.Post, error) {
	docs, err := s.mem.board.with(ctx, "group", groupID)
	return each(docs, err, newestPostFirst, postDoc.post)
}

func newestPostFirst(a, b postDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, true) }

// PublicSessions returns the sessions organisers showed on What's on that
// are on the day from or later.
func (s *Store) PublicSessions(ctx context.Context, from time.Time) ([]community.Post, error) {
	docs, err := s.mem.board.with(ctx, "public", publicKey)
	var upcoming []postDoc
	for _, d := range docs {
		if !d.On.Before(from) {
			upcoming = append(upcoming, d)
		}
	}
	return each(upcoming, err, newestPostFirst, postDoc.post)
}

// BoardPost returns one post on a board.
func (s *Store) BoardPost(ctx context.Context, id string) (community.Post, error) {
	return byID(ctx, s.mem.board, id, "post", "error.post.not_found", postDoc.post)
}

// publicKey is the one key of the index of public sessions.
const publicKey = "public"

func publicPost(d postDoc) []string {
	if d.Public && d.On.Year() > 1 {
		return one(publicKey)
	}
	return nil
}

// DeletePost takes a post off its board; taking it off twice takes it
// off once.
func (s *Store) DeletePost(ctx context.Context, id string) error {
	return s.deleteByID(ctx, "delete post", boardCollection, id)
}
