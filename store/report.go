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
	ID     string    `bson:"_id"`
	By     string    `bson:"by"`
	Kind   string    `bson:"kind"`
	Target string    `bson:"target"`
	Reason string    `bson:"reason"`
	Words  string    `bson:"words"`
	At     time.Time `bson:"at"`
	// Kept under their first names, from when dismissing was all a
	// moderator could do.
	HandledBy  string    `bson:"dismissed_by,omitempty"`
	HandledAt  time.Time `bson:"dismissed_at,omitempty"`
	HandledAs  string    `bson:"handled_as,omitempty"`
	HandledKey string    `bson:"handled_key,omitempty"`
}

func (d reportDoc) report() community.Report {
	return community.Report{ID: d.ID, By: d.By, Kind: d.Kind, Target: d.Target, Reason: d.Reason, Words: d.Words,
		At: d.At.UTC(), HandledBy: d.HandledBy, HandledAt: utcOrZero(d.HandledAt), HandledAs: d.handledAs(), HandledKey: d.HandledKey}
}

// handledAs is how the report was dealt with; reports from before there
// was a choice were dismissed.
func (d reportDoc) handledAs() string {
	if d.HandledAs == "" && !d.HandledAt.IsZero() {
		return "dismiss"
	}
	return d.HandledAs
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
	return s.findReports(ctx, bson.M{"dismissed_at": bson.M{"$exists": false}})
}

// Report returns one report, or NotFound.
func (s *Store) Report(ctx context.Context, id string) (community.Report, error) {
	var d reportDoc
	if err := s.db.Collection(reportsCollection).FindOne(ctx, bson.M{"_id": id}).Decode(&d); err != nil {
		return community.Report{}, fmt.Errorf("load report %s: %w", id, notFound(err, "error.report.not_found"))
	}
	return d.report(), nil
}

// HandleReport records how a moderator dealt with a report, under the id
// of their action's log line. It changes only an open report, and reports
// false when the report was dealt with by another action, so that a
// moderator acting at the same moment as another is told, not overruled;
// the same action again (a resend) reports true.
func (s *Store) HandleReport(ctx context.Context, r community.Report) (bool, error) {
	var matched int64
	err := s.exclusiveWrite(ctx, "handle report", reportsCollection, r.ID, func() error {
		res, err := s.db.Collection(reportsCollection).UpdateOne(ctx,
			bson.M{"_id": r.ID, "$or": bson.A{bson.M{"dismissed_at": bson.M{"$exists": false}}, bson.M{"handled_key": r.HandledKey}}},
			bson.M{"$set": bson.M{"dismissed_by": r.HandledBy, "dismissed_at": r.HandledAt, "handled_as": r.HandledAs, "handled_key": r.HandledKey}})
		if err == nil {
			matched = res.MatchedCount
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("handle report %s: %w", r.ID, err)
	}
	return matched == 1, nil
}

// ReportsAbout lists every report about one thing, oldest first, for the
// history a report is shown with.
func (s *Store) ReportsAbout(ctx context.Context, kind, target string) ([]community.Report, error) {
	return s.findReports(ctx, bson.M{"kind": kind, "target": target})
}

// ReportsAboutMessagesFrom lists every report about a message a member
// sent, oldest first: a moderator looking at one sees the others.
func (s *Store) ReportsAboutMessagesFrom(ctx context.Context, personID string) ([]community.Report, error) {
	targets, err := s.distinct(ctx, messagesCollection, "_id", bson.M{"from": personID})
	if err != nil {
		return nil, err
	}
	if len(targets) == 0 {
		return nil, nil
	}
	return s.findReports(ctx, bson.M{"kind": "message", "target": bson.M{"$in": targets}})
}

// findReports lists the reports filter finds, oldest first.
func (s *Store) findReports(ctx context.Context, filter bson.M) ([]community.Report, error) {
	var docs []reportDoc
	if err := s.findAll(ctx, reportsCollection, filter, bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Report, len(docs))
	for i, d := range docs {
		out[i] = d.report()
	}
	return out, nil
}
