package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// figuresCollection holds the community's wellbeing figures, one document
// per quarter, kept as they were when first published: worked out again
// after someone left, a quarter's figures would differ by that person's
// answers, and the difference would be about one person.
const figuresCollection = "wellbeing_figures"

type figuresDoc struct {
	ID          string          `bson:"_id"`
	Year        int             `bson:"year"`
	Q           int             `bson:"q"`
	Rows        []figuresRowDoc `bson:"rows"`
	PublishedAt time.Time       `bson:"published_at"`
}

type figuresRowDoc struct {
	District string `bson:"district"`
	People   int    `bson:"people"`
	// Before and After are life, worthwhile, happy and anxious, in tenths.
	Before [4]int `bson:"before"`
	After  [4]int `bson:"after"`
}

func quarterID(q community.Quarter) string { return fmt.Sprintf("%d-%d", q.Year, q.Q) }

func tenths(a community.WellbeingAverages) [4]int {
	return [4]int{int(a.Life), int(a.Worthwhile), int(a.Happy), int(a.Anxious)}
}

func averages(t [4]int) community.WellbeingAverages {
	return community.WellbeingAverages{Life: community.Tenths(t[0]), Worthwhile: community.Tenths(t[1]), Happy: community.Tenths(t[2]), Anxious: community.Tenths(t[3])}
}

func (d figuresDoc) figures() []community.QuarterFigures {
	out := make([]community.QuarterFigures, 0, len(d.Rows))
	for _, r := range d.Rows {
		out = append(out, community.QuarterFigures{Quarter: community.Quarter{Year: d.Year, Q: d.Q}, District: r.District,
			Figures: community.Figures{People: r.People, Before: averages(r.Before), After: averages(r.After)}})
	}
	return out
}

// PublishFigures keeps a quarter's figures (none, when too few answered)
// once: a quarter already published keeps what it had.
func (s *Store) PublishFigures(ctx context.Context, q community.Quarter, rows []community.QuarterFigures, at time.Time) error {
	d := figuresDoc{ID: quarterID(q), Year: q.Year, Q: q.Q, Rows: []figuresRowDoc{}, PublishedAt: at.UTC().Truncate(time.Millisecond)}
	for _, r := range rows {
		d.Rows = append(d.Rows, figuresRowDoc{District: r.District, People: r.People, Before: tenths(r.Before), After: tenths(r.After)})
	}
	var existing figuresDoc
	if _, err := s.insertOnce(ctx, figuresCollection, d.ID, d, &existing); err != nil {
		return fmt.Errorf("publish the figures of %s: %w", q, err)
	}
	return nil
}

// Published reports whether the quarter's figures are published.
func (s *Store) Published(ctx context.Context, q community.Quarter) (bool, error) {
	var docs []figuresDoc
	if err := s.findAll(ctx, figuresCollection, bson.M{"_id": quarterID(q)}, bson.D{}, &docs); err != nil {
		return false, err
	}
	return len(docs) > 0, nil
}

// PublishedFigures returns every published quarter's figures, oldest
// quarter first, each quarter's in the order they were published.
func (s *Store) PublishedFigures(ctx context.Context) ([]community.QuarterFigures, error) {
	var docs []figuresDoc
	if err := s.findAll(ctx, figuresCollection, bson.M{}, bson.D{{Key: "year", Value: 1}, {Key: "q", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	var out []community.QuarterFigures
	for _, d := range docs {
		out = append(out, d.figures()...)
	}
	return out, nil
}
