// Package store keeps the site's documents in MongoDB, or in an embedded
// FerretDB that speaks the same protocol. It is the only package that
// imports the MongoDB driver; the rest of the site sees community types.
//
// The embedded database loses updates when two read-modify-writes of one
// document race, and scans whole collections for every query. So writes
// that must not be lost are guarded in this package (see lock.go), and hot
// paths read from in-memory indexes rather than from here.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// defaultDatabase is used when the URI names no database.
const defaultDatabase = "clubtogether"

// Store is an open connection to the site's database.
type Store struct {
	client   *mongo.Client
	db       *mongo.Database
	embedded *embedded
	locks    *keyedLock
	// ledgers is set with the embedded store only; see ledgerCache.
	ledgers *ledgerCache
	// mem holds the documents pages read; see memory.go.
	mem *memory
	// now is the site's clock: every time the store writes down comes from it.
	now community.Clock
	// faults, when set, is asked before and after every write whether to
	// fail it; see SetFaults.
	faults func(op string, written bool) error
	// counts are what went wrong with the database, and the entries
	// written, for the metrics; see Counts.
	counts *counters
}

// Open connects to the MongoDB at uri, checks it answers, and makes sure
// the indexes exist. The database is the one named in the URI's path, or
// "clubtogether".
// now is the clock the site reads the time from; nil means the real time.
func Open(ctx context.Context, uri string, now community.Clock) (*Store, error) {
	counts := newCounters()
	client, err := mongo.Connect(clientOptions(uri, counts))
	if err != nil {
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	if now == nil {
		now = time.Now
	}
	s := &Store{client: client, db: client.Database(databaseName(uri)), locks: newKeyedLock(), now: now, counts: counts}
	s.mem = newMemory(s.db)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := s.Ping(pingCtx); err != nil {
		_ = client.Disconnect(context.Background())
		return nil, fmt.Errorf("reach database: %w", err)
	}
	if err := s.ensureIndexes(ctx); err != nil {
		_ = client.Disconnect(context.Background())
		return nil, err
	}
	// Readiness writes here; the collection is made now, while the disk
	// has room: the embedded database cannot make one on a full disk and
	// then never can (it believes its table both is and is not there).
	if err := s.CheckWrites(ctx); err != nil {
		_ = client.Disconnect(context.Background())
		return nil, fmt.Errorf("write to database: %w", err)
	}
	if err := s.fillMemory(ctx); err != nil {
		_ = client.Disconnect(context.Background())
		return nil, err
	}
	return s, nil
}

// OpenEmbedded starts FerretDB on SQLite files in dir and opens it.
func OpenEmbedded(ctx context.Context, dir string, log *slog.Logger, now community.Clock) (*Store, error) {
	e, err := startEmbedded(dir, log)
	if err != nil {
		return nil, err
	}
	s, err := Open(ctx, e.uri, now)
	if err != nil {
		e.stop()
		return nil, err
	}
	s.embedded = e
	s.ledgers = newLedgerCache()
	return s, nil
}

func databaseName(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return defaultDatabase
	}
	if name := strings.Trim(u.Path, "/"); name != "" {
		return name
	}
	return defaultDatabase
}

// EmbeddedURI is the address of the embedded database, its socket, for a
// second site to share it; "" when the store has none.
func (s *Store) EmbeddedURI() string {
	if s.embedded == nil {
		return ""
	}
	return s.embedded.uri
}

// Embedded reports whether the store runs its own FerretDB.
func (s *Store) Embedded() bool { return s.embedded != nil }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.client.Ping(ctx, nil)
}

// Close disconnects, and stops the embedded database if there is one.
func (s *Store) Close(ctx context.Context) error {
	err := s.client.Disconnect(ctx)
	if s.embedded != nil {
		s.embedded.stop()
	}
	return err
}

// index is a secondary index a collection should have. The embedded
// FerretDB scans anyway; MongoDB uses them.
type index struct {
	collection, name string
	keys             bson.D
	unique           bool
}

func indexes() []index {
	return []index{
		{peopleCollection, "district_1", bson.D{{Key: "district", Value: 1}}, false},
		{peopleCollection, "demo_1", bson.D{{Key: "demo", Value: 1}}, false},
		{providersCollection, "owner_id_1", bson.D{{Key: "owner_id", Value: 1}}, false},
		{listingsCollection, "provider_id_1", bson.D{{Key: "provider_id", Value: 1}}, false},
		{marksCollection, "from_1", bson.D{{Key: "from", Value: 1}}, false},
		{groupsCollection, "members.person_id_1", bson.D{{Key: "members.person_id", Value: 1}}, false},
		{groupsCollection, "invited_1", bson.D{{Key: "invited", Value: 1}}, false},
		{proposalsCollection, "group_id_1", bson.D{{Key: "group_id", Value: 1}}, false},
		{boardCollection, "group_id_1", bson.D{{Key: "group_id", Value: 1}}, false},
		{calendarsCollection, "token_1", bson.D{{Key: "token", Value: 1}}, true},
		{checkInsCollection, "person_id_1", bson.D{{Key: "person_id", Value: 1}}, false},
		{ledgerCollection, "group_id_1_at_1", bson.D{{Key: "group_id", Value: 1}, {Key: "at", Value: 1}}, false},
		{marksCollection, "to_1_kind_1", bson.D{{Key: "to", Value: 1}, {Key: "kind", Value: 1}}, false},
		{changesCollection, "at_1", bson.D{{Key: "at", Value: 1}}, false},
		{ledgerCollection, ledgerSeqIndex, bson.D{{Key: "group_id", Value: 1}, {Key: "seq", Value: 1}}, true},
		{messagesCollection, "thread_1_at_1", bson.D{{Key: "thread", Value: 1}, {Key: "at", Value: 1}}, false},
		{messagesCollection, "from_1", bson.D{{Key: "from", Value: 1}}, false},
		{messagesCollection, "to_1", bson.D{{Key: "to", Value: 1}}, false},
		{permissionsCollection, "member_id_1", bson.D{{Key: "member_id", Value: 1}}, false},
		{permissionsCollection, "mentor_id_1", bson.D{{Key: "mentor_id", Value: 1}}, false},
		{actsCollection, "member_id_1_at_1", bson.D{{Key: "member_id", Value: 1}, {Key: "at", Value: 1}}, false},
		{passkeysCollection, "person_id_1", bson.D{{Key: "person_id", Value: 1}}, false},
		{invitesCollection, "by_1", bson.D{{Key: "by", Value: 1}}, false},
		{helpsCollection, "by_1", bson.D{{Key: "by", Value: 1}}, false},
		{helpsCollection, "taken_by_1", bson.D{{Key: "taken_by", Value: 1}}, false},
		{reportsCollection, "kind_1_target_1", bson.D{{Key: "kind", Value: 1}, {Key: "target", Value: 1}}, false},
		{auditCollection, "at_1", bson.D{{Key: "at", Value: 1}}, false},
		{auditCollection, "action_1_at_1", bson.D{{Key: "action", Value: 1}, {Key: "at", Value: 1}}, false},
		{auditCollection, "by_1_at_1", bson.D{{Key: "by", Value: 1}, {Key: "at", Value: 1}}, false},
		{auditCollection, "kind_1_target_1", bson.D{{Key: "kind", Value: 1}, {Key: "target", Value: 1}}, false},
	}
}

// ensureIndexes creates the indexes that are missing. It asks first rather
// than creating again, because the embedded FerretDB fails on a
// createIndexes call for indexes it already has.
func (s *Store) ensureIndexes(ctx context.Context) error {
	have := make(map[string]bool)
	for _, ix := range indexes() {
		view := s.db.Collection(ix.collection).Indexes()
		if _, listed := have[ix.collection]; !listed {
			have[ix.collection] = true
			specs, err := view.ListSpecifications(ctx)
			if err != nil {
				return fmt.Errorf("list %s indexes: %w", ix.collection, err)
			}
			for _, spec := range specs {
				have[ix.collection+"/"+spec.Name] = true
			}
		}
		if have[ix.collection+"/"+ix.name] {
			continue
		}
		if ix.name == ledgerSeqIndex {
			// Entries written before they were numbered get their numbers
			// first, or the unique index could not be built.
			if err := s.numberLedgers(ctx); err != nil {
				return err
			}
		}
		model := mongo.IndexModel{Keys: ix.keys, Options: options.Index().SetName(ix.name).SetUnique(ix.unique)}
		if _, err := view.CreateOne(ctx, model); err != nil {
			return fmt.Errorf("create index %s on %s: %w", ix.name, ix.collection, err)
		}
	}
	return nil
}

// isDuplicate reports a unique-index clash, which the store uses to make
// inserts idempotent.
func isDuplicate(err error) bool {
	return mongo.IsDuplicateKeyError(err)
}

// notFound maps the driver's "no document" to a domain error.
func notFound(err error, key string) error {
	if errors.Is(err, mongo.ErrNoDocuments) {
		return errorNotFound(key)
	}
	return err
}
