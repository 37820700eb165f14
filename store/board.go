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
	At      time.Time `bson:"at"`
}

// Post adds a line to a group's board. A post whose id is taken (the same
// form sent twice) is posted once.
func (s *Store) Post(ctx context.Context, p community.Post) (community.Post, error) {
	if p.ID == "" {
		p.ID = newID()
	}
	p.At = s.stampOr(p.At)
	d := postDoc{ID: p.ID, GroupID: p.GroupID, By: p.By, ByName: p.ByName, Text: p.Text, On: p.On, At: p.At}
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
	if err != nil {
		return nil, err
	}
	sorted(docs, func(a, b postDoc) int { return byTimeThenID(a.At, b.At, a.ID, b.ID, true) })
	out := make([]community.Post, len(docs))
	for i, d := range docs {
		out[i] = community.Post{ID: d.ID, GroupID: d.GroupID, By: d.By, ByName: d.ByName, Text: d.Text, At: d.At.UTC()}
		if d.On.Year() > 1 {
			out[i].On = d.On.UTC()
		}
	}
	return out, nil
}
