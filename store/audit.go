package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const auditCollection = "audit"

type auditDoc struct {
	ID     string    `bson:"_id"`
	By     string    `bson:"by"`
	Action string    `bson:"action"`
	Kind   string    `bson:"kind"`
	Target string    `bson:"target"`
	Report string    `bson:"report,omitempty"`
	Note   string    `bson:"note,omitempty"`
	At     time.Time `bson:"at"`
}

func (d auditDoc) audit() community.Audit {
	return community.Audit{ID: d.ID, By: d.By, Action: d.Action, Kind: d.Kind, Target: d.Target, Report: d.Report, Note: d.Note, At: d.At.UTC()}
}

// RecordAudit keeps one line of the moderators' log. Its id comes from the
// action's key, so the same form sent twice keeps one line.
func (s *Store) RecordAudit(ctx context.Context, a community.Audit) error {
	a.At = s.stampOr(a.At)
	doc := auditDoc{ID: a.ID, By: a.By, Action: a.Action, Kind: a.Kind, Target: a.Target, Report: a.Report, Note: a.Note, At: a.At}
	var existing auditDoc
	if _, err := s.insertOnce(ctx, auditCollection, a.ID, doc, &existing); err != nil {
		return fmt.Errorf("record audit: %w", err)
	}
	return nil
}

// AuditFilter narrows the log to one kind of action and one moderator;
// empty fields match everything.
type AuditFilter struct{ Action, By string }

// AuditLog lists one page of the moderators' log, newest first, and
// whether older lines follow.
func (s *Store) AuditLog(ctx context.Context, f AuditFilter, page, size int) ([]community.Audit, bool, error) {
	filter := bson.M{}
	if f.Action != "" {
		filter["action"] = f.Action
	}
	if f.By != "" {
		filter["by"] = f.By
	}
	opts := options.Find().SetSort(bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: -1}}).
		SetSkip(int64(page * size)).SetLimit(int64(size + 1))
	cur, err := s.db.Collection(auditCollection).Find(ctx, filter, opts)
	if err != nil {
		return nil, false, fmt.Errorf("find in %s: %w", auditCollection, err)
	}
	var docs []auditDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, false, fmt.Errorf("read %s: %w", auditCollection, err)
	}
	more := len(docs) > size
	if more {
		docs = docs[:size]
	}
	out := make([]community.Audit, len(docs))
	for i, d := range docs {
		out[i] = d.audit()
	}
	return out, more, nil
}

// AuditOf lists what moderators did to one thing, oldest first, for the
// history a report is shown with.
func (s *Store) AuditOf(ctx context.Context, kind, target string) ([]community.Audit, error) {
	var docs []auditDoc
	if err := s.findAll(ctx, auditCollection, bson.M{"kind": kind, "target": target},
		bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Audit, len(docs))
	for i, d := range docs {
		out[i] = d.audit()
	}
	return out, nil
}

// AuditModerators lists the moderators who appear in the log, for the
// log's filter.
func (s *Store) AuditModerators(ctx context.Context) ([]string, error) {
	return s.distinct(ctx, auditCollection, "by", bson.M{})
}

// distinct lists the different string values of field among the
// documents filter matches; none is an empty list, not an error.
func (s *Store) distinct(ctx context.Context, collection, field string, filter bson.M) ([]string, error) {
	var out []string
	err := s.db.Collection(collection).Distinct(ctx, field, filter).Decode(&out)
	if err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
		return nil, fmt.Errorf("distinct %s in %s: %w", field, collection, err)
	}
	return out, nil
}
