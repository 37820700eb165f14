package store

import (
	"context"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const reportsCollection = "reports"

type reportDoc struct {
	ID          string    `bson:"_id"`
	By          string    `bson:"by"`
	Kind        string    `bson:"kind"`
	Target      string    `bson:"target"`
	Reason      string    `bson:"reason"`
	Words       string    `bson:"words"`
	At          time.Time `bson:"at"`
	DismissedBy string    `bson:"dismissed_by,omitempty"`
	DismissedAt time.Time `bson:"dismissed_at,omitempty"`
}

func (d reportDoc) report() community.Report {
	return community.Report{ID: d.ID, By: d.By, Kind: d.Kind, Target: d.Target, Reason: d.Reason, Words: d.Words,
		At: d.At.UTC(), DismissedBy: d.DismissedBy, DismissedAt: utcOrZero(d.DismissedAt)}
}

// SaveReport keeps a new report; the same form sent twice keeps one.
func (s *Store) SaveReport(ctx context.Context, r community.Report) (community.Report, error) {
	r.At = s.stampOr(r.At)
	doc := reportDoc{ID: r.ID, By: r.By, Kind: r.Kind, Target: r.Target, Reason: r.Reason, Words: r.Words, At: r.At}
	var existing reportDoc
	created, err := s.insertOnce(ctx, reportsCollection, r.ID, doc, &existing)
	if err != nil {
		return community.Report{}, fmt.Errorf("save report: %w", err)
	}
	if !created {
		return existing.report(), nil
	}
	return r, nil
}

// OpenReports lists the reports no moderator has dealt with, oldest first.
func (s *Store) OpenReports(ctx context.Context) ([]community.Report, error) {
	var docs []reportDoc
	if err := s.findAll(ctx, reportsCollection, bson.M{"dismissed_at": bson.M{"$exists": false}},
		bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Report, len(docs))
	for i, d := range docs {
		out[i] = d.report()
	}
	return out, nil
}

// Report returns one report, or NotFound.
func (s *Store) Report(ctx context.Context, id string) (community.Report, error) {
	var d reportDoc
	if err := s.db.Collection(reportsCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d); err != nil {
		return community.Report{}, fmt.Errorf("load report %s: %w", id, notFound(err, "error.report.not_found"))
	}
	return d.report(), nil
}

// DismissReport records that a moderator looked at a report and let it
// go; dismissing twice keeps the first.
func (s *Store) DismissReport(ctx context.Context, id, by string, at time.Time) error {
	return s.write("dismiss report", func() error {
		_, err := s.db.Collection(reportsCollection).UpdateOne(ctx, bson.M{"_id": id, "dismissed_at": bson.M{"$exists": false}},
			bson.M{"$set": bson.M{"dismissed_by": by, "dismissed_at": at}})
		return err
	})
}
