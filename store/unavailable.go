package store

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver/topology"
)

// When the database cannot be reached or cannot write (its disk is full),
// a page must say so in words that are true: "nothing was saved" only if
// nothing of the request was written. So the store counts, per request,
// the writes the database acknowledged (every write command, however it
// was sent, seen by the driver's command monitor), and tells the web
// layer which failures are the database being unavailable rather than a
// bug.

// How long a request waits for an unreachable database before it is told
// so, and how often the driver looks for it again: a person waits seconds,
// not the driver's default half minute, and the site is back within
// seconds of the database.
const (
	serverSelectionTimeout = 5 * time.Second
	heartbeatInterval      = 2 * time.Second
)

// clientOptions are the driver's settings for the site; its monitors add
// to counts (counts.go).
func clientOptions(uri string, counts *counters) *options.ClientOptions {
	return options.Client().ApplyURI(uri).SetAppName("clubtogether").
		SetServerSelectionTimeout(serverSelectionTimeout).SetHeartbeatInterval(heartbeatInterval).
		SetMonitor(&event.CommandMonitor{Started: countRead, Succeeded: countWrite, Failed: counts.commandFailed}).
		SetServerMonitor(&event.ServerMonitor{ServerHeartbeatFailed: counts.heartbeatFailed})
}

// isWrite reports whether a command changes documents.
func isWrite(command string) bool {
	switch command {
	case "insert", "update", "delete", "findAndModify":
		return true
	}
	return false
}

type writesKey struct{}

// writes are the counts for one request.
type writes struct {
	// done are the writes the database acknowledged; unsure those it
	// answered with an error, which may still have been applied (on a
	// full disk the embedded database can commit a row it said it could
	// not write).
	done, unsure atomic.Int64
}

// CountingWrites returns a context under which the store counts the
// writes the database acknowledges, and those whose outcome it cannot
// know; WritesDone and WritesUnsure read the counts.
func CountingWrites(ctx context.Context) context.Context {
	return context.WithValue(ctx, writesKey{}, new(writes))
}

// uncounted is ctx with its writes not counted: the store's own
// bookkeeping (a document's lease, given up once it is changed) is none of
// what the person asked to save, so it must not make a page say part of
// it was saved.
func uncounted(ctx context.Context) context.Context {
	return context.WithValue(ctx, writesKey{}, (*writes)(nil))
}

func writesIn(ctx context.Context) *writes {
	w, _ := ctx.Value(writesKey{}).(*writes)
	return w
}

// WritesDone is how many writes the database acknowledged under ctx.
func WritesDone(ctx context.Context) int64 {
	if w := writesIn(ctx); w != nil {
		return w.done.Load()
	}
	return 0
}

// WritesUnsure is how many writes under ctx failed in a way that leaves
// unknown whether they were applied.
func WritesUnsure(ctx context.Context) int64 {
	if w := writesIn(ctx); w != nil {
		return w.unsure.Load()
	}
	return 0
}

func countWrite(ctx context.Context, e *event.CommandSucceededEvent) {
	if w := writesIn(ctx); w != nil && isWrite(e.CommandName) {
		w.done.Add(1)
	}
}

func countFailedWrite(ctx context.Context, e *event.CommandFailedEvent) {
	if w := writesIn(ctx); w != nil && isWrite(e.CommandName) {
		w.unsure.Add(1)
	}
}

// Unavailable reports whether err is the database being out of reach or
// unable to write, so trying again in a minute may work: not a mistake in
// what was asked, nor a bug.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var selection topology.ServerSelectionError
	var server mongo.ServerError
	switch {
	case mongo.IsNetworkError(err), mongo.IsTimeout(err), errors.As(err, &selection), errors.Is(err, mongo.ErrClientDisconnected):
		return true
	case errors.As(err, &server) && (server.HasErrorCode(outOfDiskSpace) || server.HasErrorMessage("disk is full") || server.HasErrorMessage("No space left on device")):
		return true
	}
	// The embedded database's SQLite says so in words.
	return strings.Contains(err.Error(), "database or disk is full")
}

// outOfDiskSpace is MongoDB's error code for a full disk.
const outOfDiskSpace = 14031

// minFree is the room the embedded database needs to go on writing: below
// it, writes start failing, though a small one may still fit in files the
// database made before.
const minFree = 1 << 20

// errDiskFull is what readiness says of an embedded database whose disk
// has no room.
var errDiskFull = errors.New("the disk under the embedded database is full")

// CheckWrites writes one small document, for readiness: a database that
// answers pings but cannot write (its disk full) is not ready. For the
// embedded database it also looks at the room left on its disk, since a
// small write can succeed in space SQLite made before while real ones fail.
func (s *Store) CheckWrites(ctx context.Context) error {
	if s.embedded != nil {
		if free, ok := freeBytes(s.embedded.dir); ok && free < minFree {
			return errDiskFull
		}
	}
	_, err := s.db.Collection("health").UpdateOne(ctx, bson.M{"_id": "readyz"},
		bson.M{"$set": bson.M{"at": s.stamp()}}, options.UpdateOne().SetUpsert(true))
	return err
}
