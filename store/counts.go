package store

import (
	"context"
	"sync/atomic"

	"go.mongodb.org/mongo-driver/v2/event"
)

// The store counts, for the site's metrics, what goes wrong with the
// database and the money written to it. The counts belong to one Store
// (two stores in one process, as in tests, count apart) and are made
// before its client, whose monitors add to them.

// Counts are what the store has counted since it opened.
type Counts struct {
	// FailedCommands are the commands the database answered with an
	// error, or that failed on the way there, by command name; a command
	// the site does not send by name is counted as "other".
	FailedCommands map[string]int64
	// HeartbeatsFailed are the driver's regular checks that found the
	// database out of reach.
	HeartbeatsFailed int64
	// LedgerEntriesWritten are the ledger entries inserted, each once.
	LedgerEntriesWritten int64
}

// countedCommands are the commands counted by name: every one the driver
// sends for the site. The set is fixed so the metrics' labels are bounded.
var countedCommands = []string{
	"find", "getMore", "insert", "update", "delete", "findAndModify", "aggregate", "count", "distinct",
	"createIndexes", "listIndexes", "listCollections", "drop", "dropDatabase", "ping", "hello", "endSessions",
	"killCursors", "other",
}

// counters are a Store's counts as they are kept. failed is made once and
// only read after, so the monitor's goroutines share it without a lock.
type counters struct {
	failed        map[string]*atomic.Int64
	heartbeats    atomic.Int64
	ledgerEntries atomic.Int64
}

func newCounters() *counters {
	c := &counters{failed: map[string]*atomic.Int64{}}
	for _, name := range countedCommands {
		c.failed[name] = new(atomic.Int64)
	}
	return c
}

// commandFailed is the command monitor's Failed: it keeps the count of
// unsure writes for the request (unavailable.go) and counts the failure.
func (c *counters) commandFailed(ctx context.Context, e *event.CommandFailedEvent) {
	countFailedWrite(ctx, e)
	n, ok := c.failed[e.CommandName]
	if !ok {
		n = c.failed["other"]
	}
	n.Add(1)
}

func (c *counters) heartbeatFailed(*event.ServerHeartbeatFailedEvent) { c.heartbeats.Add(1) }

// Counts reads the store's counts now.
func (s *Store) Counts() Counts {
	failed := make(map[string]int64, len(s.counts.failed))
	for name, n := range s.counts.failed {
		failed[name] = n.Load()
	}
	return Counts{FailedCommands: failed, HeartbeatsFailed: s.counts.heartbeats.Load(), LedgerEntriesWritten: s.counts.ledgerEntries.Load()}
}
