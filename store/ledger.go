package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

const ledgerCollection = "ledger"

// entryDoc is one ledger entry. Its _id is the group and the idempotency
// key, so the database itself refuses a second entry with the same key:
// a retried request, a double click or two treasurers at once record once.
// Seq is its number in the group's ledger, unique with the group under an
// index, so two writers (two web replicas) cannot both add entry n+1: the
// loser reads the ledger again, checks again, and takes the next number.
type entryDoc struct {
	ID         string    `bson:"_id"`
	Seq        int64     `bson:"seq"`
	GroupID    string    `bson:"group_id"`
	Key        string    `bson:"key"`
	Kind       string    `bson:"kind"`
	PersonID   string    `bson:"person_id"`
	RecordedBy string    `bson:"recorded_by"`
	Amount     int64     `bson:"amount"`
	Method     string    `bson:"method"`
	Note       string    `bson:"note"`
	Refers     string    `bson:"refers"`
	At         time.Time `bson:"at"`
}

func (d entryDoc) entry() community.Entry {
	return community.Entry{
		ID: d.ID, Seq: d.Seq, GroupID: d.GroupID, Key: d.Key, Kind: community.EntryKind(d.Kind), PersonID: d.PersonID,
		RecordedBy: d.RecordedBy, Amount: community.Pence(d.Amount), Method: d.Method, Note: d.Note,
		Refers: d.Refers, At: d.At.UTC(),
	}
}

// Record appends an entry to a group's ledger. With a key already used for
// the same entry (same kind, person, amount and reference) it records
// nothing and returns the entry already there (false): the same request
// sent twice records once. A key already used for a different entry is
// refused, so nobody can take over another's entry by reusing its key.
func (s *Store) Record(ctx context.Context, e community.Entry) (community.Entry, bool, error) {
	unlock := s.locks.lock(ledgerCollection + "/" + e.GroupID)
	defer unlock()
	return s.record(ctx, e, false, nil)
}

// RecordOnce appends an entry the server decided on (a confirmation, a
// pledge, a refund), whose key names the decision. If the key is already
// used, the entry already there stands and is returned (false), even when
// this one would say otherwise: a retry that works the decision out again
// later, with more entries in the ledger, never records a second one.
func (s *Store) RecordOnce(ctx context.Context, e community.Entry) (community.Entry, bool, error) {
	unlock := s.locks.lock(ledgerCollection + "/" + e.GroupID)
	defer unlock()
	return s.record(ctx, e, true, nil)
}

// Recorded returns the entry with this key in the group, if there is one.
func (s *Store) Recorded(ctx context.Context, groupID, key string) (community.Entry, bool, error) {
	entries, err := s.Entries(ctx, groupID)
	if err != nil {
		return community.Entry{}, false, err
	}
	id := community.EntryID(groupID, key)
	for _, e := range entries {
		if e.ID == id {
			return e, true, nil
		}
	}
	return community.Entry{}, false, nil
}

// record is Record for a caller holding the group's ledger lock, which
// keeps the in-memory copy (with the embedded store) in step. With
// firstStands a clash with the entry already there is no error; limit,
// when set, refuses money going out of the pot beyond what it allows.
//
// The entry takes the group's next sequence number. Within this process
// the lock makes that number free; another process may have taken it, and
// then the insert clashes on the (group, seq) index: the ledger is read
// again from the database, the limit checked again, and the next number
// tried, so a check such as "not more than is free" holds across replicas.
func (s *Store) record(ctx context.Context, e community.Entry, firstStands bool, limit *outLimit) (community.Entry, bool, error) {
	if e.GroupID == "" || e.Key == "" {
		return community.Entry{}, false, community.Invalid()
	}
	e.ID = community.EntryID(e.GroupID, e.Key)
	e.At = s.stampOr(e.At)
	const attempts = 20
	for attempt := range attempts {
		entries, err := s.ledgerForWrite(ctx, e.GroupID, attempt > 0)
		if err != nil {
			return community.Entry{}, false, err
		}
		if i := slices.IndexFunc(entries, func(x community.Entry) bool { return x.ID == e.ID }); i >= 0 {
			return s.already(entries[i], e, firstStands)
		}
		if limit != nil && e.Amount > limit.most(community.Tally(entries)) {
			return community.Entry{}, false, community.Conflict(limit.refusal)
		}
		e.Seq = lastSeq(entries) + 1
		err = s.insertEntry(ctx, e)
		if err == nil {
			if s.ledgers != nil {
				s.ledgers.add(e)
			}
			if err := s.after("record " + string(e.Kind)); err != nil {
				return community.Entry{}, false, err
			}
			return e, true, nil
		}
		if !isDuplicate(err) {
			return community.Entry{}, false, fmt.Errorf("record %s in group %s: %w", e.Kind, e.GroupID, err)
		}
		// The key (sent twice) or the number (another writer) was taken:
		// the next attempt reads the ledger afresh and tells which.
	}
	return community.Entry{}, false, community.Conflict("error.conflict")
}

// insertEntry writes one entry, between the fault checks' first half.
func (s *Store) insertEntry(ctx context.Context, e community.Entry) error {
	if err := s.before("record " + string(e.Kind)); err != nil {
		return err
	}
	d := entryDoc{ID: e.ID, Seq: e.Seq, GroupID: e.GroupID, Key: e.Key, Kind: string(e.Kind), PersonID: e.PersonID,
		RecordedBy: e.RecordedBy, Amount: int64(e.Amount), Method: e.Method, Note: e.Note, Refers: e.Refers, At: e.At}
	_, err := s.db.Collection(ledgerCollection).InsertOne(ctx, d)
	if err == nil {
		s.counts.ledgerEntries.Add(1)
	}
	if err != nil && Unavailable(err) {
		// A full disk can fail the insert after its row was written, and
		// the embedded database can even commit it later: look, so the
		// person is told the truth when it is there; when it is not, the
		// outcome stays unsure (the page says so, and sending the same
		// form again records it once), and the copy in memory is dropped
		// so the next write reads what the database holds.
		if n, findErr := s.db.Collection(ledgerCollection).CountDocuments(ctx, bson.M{"_id": e.ID}); findErr == nil && n == 1 {
			s.counts.ledgerEntries.Add(1)
			return nil
		}
		if s.ledgers != nil {
			s.ledgers.forget(e.GroupID)
		}
	}
	return err
}

// already answers for an entry whose key is taken: the same entry sent
// again is the one there; a different one is refused, unless the first
// recorded decision stands.
func (s *Store) already(existing, e community.Entry, firstStands bool) (community.Entry, bool, error) {
	if !firstStands && (existing.Kind != e.Kind || existing.PersonID != e.PersonID || existing.Amount != e.Amount || existing.Refers != e.Refers) {
		return community.Entry{}, false, community.Forbidden("error.ledger.key_taken")
	}
	return existing, false, nil
}

// ledgerForWrite is the group's ledger for a caller holding its lock; fresh
// reads it from the database and, with the embedded store, keeps that copy:
// another writer added to it.
func (s *Store) ledgerForWrite(ctx context.Context, groupID string, fresh bool) ([]community.Entry, error) {
	if !fresh {
		return s.entriesLocked(ctx, groupID)
	}
	entries, err := s.readEntries(ctx, groupID)
	if err == nil && s.ledgers != nil {
		s.ledgers.replace(groupID, entries)
	}
	return entries, err
}

// lastSeq is the highest sequence number in a ledger.
func lastSeq(entries []community.Entry) int64 {
	var n int64
	for _, e := range entries {
		n = max(n, e.Seq)
	}
	return n
}

// outLimit bounds money going out of the pot, with the refusal to give.
type outLimit struct {
	most    func(community.Statement) community.Pence
	refusal string
}

// Entries returns a group's whole ledger, oldest first.
func (s *Store) Entries(ctx context.Context, groupID string) ([]community.Entry, error) {
	if s.ledgers == nil {
		return s.readEntries(ctx, groupID)
	}
	if entries, ok := s.ledgers.get(groupID); ok {
		return entries, nil
	}
	// Reading under the group's ledger lock means no entry can be
	// recorded between the read and the copy being kept.
	unlock := s.locks.lock(ledgerCollection + "/" + groupID)
	defer unlock()
	if entries, ok := s.ledgers.get(groupID); ok {
		return entries, nil
	}
	entries, err := s.readEntries(ctx, groupID)
	if err != nil {
		return nil, err
	}
	s.ledgers.fill(groupID, entries)
	return entries, nil
}

// Statement returns a group's ledger tallied (community.Tally), from the
// cached ledger's last tally when nothing was recorded since.
func (s *Store) Statement(ctx context.Context, groupID string) (community.Statement, error) {
	_, st, err := s.tallied(ctx, groupID, false)
	return st, err
}

// Tallied returns a group's whole ledger, oldest first, with its
// statement, read at the same moment, so that the two agree.
func (s *Store) Tallied(ctx context.Context, groupID string) ([]community.Entry, community.Statement, error) {
	return s.tallied(ctx, groupID, true)
}

func (s *Store) tallied(ctx context.Context, groupID string, withEntries bool) ([]community.Entry, community.Statement, error) {
	if s.ledgers != nil {
		if entries, st, ok := s.ledgers.tally(groupID, withEntries); ok {
			return entries, st, nil
		}
	}
	entries, err := s.Entries(ctx, groupID)
	if err != nil {
		return nil, community.Statement{}, err
	}
	// Entries has just cached the ledger, unless an uncertain write made
	// it forget it since; the copy read is then the one to tally.
	if s.ledgers != nil {
		if entries, st, ok := s.ledgers.tally(groupID, withEntries); ok {
			return entries, st, nil
		}
	}
	return entries, community.Tally(entries), nil
}

func (s *Store) readEntries(ctx context.Context, groupID string) ([]community.Entry, error) {
	var docs []entryDoc
	// In the order they were recorded: entries written at the same moment
	// (a fee and its payment) keep their order by sequence number.
	if err := s.findAll(ctx, ledgerCollection, bson.M{"group_id": groupID},
		bson.D{{Key: "seq", Value: 1}, {Key: "at", Value: 1}, {Key: "_id", Value: 1}}, &docs); err != nil {
		return nil, err
	}
	out := make([]community.Entry, len(docs))
	for i, d := range docs {
		out[i] = d.entry()
	}
	return out, nil
}

// RecordSpend records money paid out of the pot, refusing a spend larger
// than may be spent (the pot less refunds owed). The check and the write
// happen under the group's ledger lock, so two spends at once in this
// process cannot both pass the check; the same spend sent again is
// recorded once, as with RecordOnce.
func (s *Store) RecordSpend(ctx context.Context, e community.Entry) (community.Entry, bool, error) {
	return s.recordOut(ctx, e, community.Statement.Spendable, "error.proposal.more_than_left")
}

// RecordRefund records money paid back to a leaver out of the pot,
// refusing one the pot cannot pay, as RecordSpend does.
func (s *Store) RecordRefund(ctx context.Context, e community.Entry) (community.Entry, bool, error) {
	return s.recordOut(ctx, e, community.Statement.Pot, "error.refund.more_than_pot")
}

// recordOut records money going out of the pot unless it is more than
// most allows, under the group's ledger lock.
func (s *Store) recordOut(ctx context.Context, e community.Entry, most func(community.Statement) community.Pence, refusal string) (community.Entry, bool, error) {
	unlock := s.locks.lock(ledgerCollection + "/" + e.GroupID)
	defer unlock()
	return s.record(ctx, e, true, &outLimit{most: most, refusal: refusal})
}

// entriesLocked reads the ledger for a caller holding the group's lock.
func (s *Store) entriesLocked(ctx context.Context, groupID string) ([]community.Entry, error) {
	if s.ledgers != nil {
		if entries, ok := s.ledgers.get(groupID); ok {
			return entries, nil
		}
	}
	return s.readEntries(ctx, groupID)
}
