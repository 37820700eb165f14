package store

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// TestFailedCommandsAreCountedByName sends commands the database refuses:
// each is counted once, under its own name or as "other", and a command
// that succeeds is not counted.
func TestFailedCommandsAreCountedByName(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	before := s.Counts().FailedCommands
	if err := s.db.RunCommand(ctx, bson.D{{Key: "noSuchCommand", Value: 1}}).Err(); err == nil {
		t.Fatal("the database accepted a command that does not exist")
	}
	// A find whose collection is a number, not a name.
	if err := s.db.RunCommand(ctx, bson.D{{Key: "find", Value: 42}}).Err(); err == nil {
		t.Fatal("the database accepted a find of a number")
	}
	if err := s.Ping(ctx); err != nil {
		t.Fatal(err)
	}
	after := s.Counts().FailedCommands
	for name, want := range map[string]int64{"other": 1, "find": 1, "ping": 0, "insert": 0} {
		if got := after[name] - before[name]; got != want {
			t.Errorf("failed %s commands: %d more, want %d", name, got, want)
		}
	}
	if len(after) != len(countedCommands) {
		t.Errorf("%d command names counted, want the %d fixed ones", len(after), len(countedCommands))
	}
}

// TestLedgerEntriesWrittenAreCountedOnce: an entry sent twice with one key
// is written, and counted, once; one refused for its key is not counted.
func TestLedgerEntriesWrittenAreCountedOnce(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	pay := community.Entry{GroupID: "g1", Key: "pay-1", Kind: community.EntryPayment, PersonID: "p1", RecordedBy: "p1", Amount: 500}
	for range 2 {
		if _, _, err := s.Record(ctx, pay); err != nil {
			t.Fatal(err)
		}
	}
	forged := pay
	forged.PersonID, forged.RecordedBy = "p2", "p2"
	if _, _, err := s.Record(ctx, forged); err == nil {
		t.Fatal("a key used by someone else was accepted")
	}
	other := pay
	other.Key = "pay-2"
	if _, _, err := s.Record(ctx, other); err != nil {
		t.Fatal(err)
	}
	if got := s.Counts().LedgerEntriesWritten; got != 2 {
		t.Errorf("ledger entries written: %d, want 2", got)
	}
}

// TestHeartbeatsFailWhileTheDatabaseIsDown: with the embedded database
// stopped, the driver's checks find it out of reach, and are counted,
// with no request made.
func TestHeartbeatsFailWhileTheDatabaseIsDown(t *testing.T) {
	s := openTestStore(t)
	if s.embedded == nil {
		t.Skip("needs the embedded database, to stop it")
	}
	if n := s.Counts().HeartbeatsFailed; n != 0 {
		t.Fatalf("%d failed heartbeats with the database up", n)
	}
	s.embedded.stop()
	deadline := time.Now().Add(15 * time.Second)
	for s.Counts().HeartbeatsFailed == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no failed heartbeat counted 15 s after the database stopped")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
