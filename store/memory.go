package store

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// The embedded database scans a whole collection for every query, even a
// lookup by id (27 ms at 20,000 people), and a signed-in page needs the
// person, their groups, marks, messages and the rest. So the store keeps
// the documents the pages read in memory, read once when it opens and
// kept current by its own writes: after each write it reads the written
// document again by id and keeps what the database holds, so memory never
// says more or less than the database did. Pages then answer from memory,
// and only writes wait on the database.
//
// Memory keeps each document's bytes as the database sent them, and
// decodes them afresh for every read, so what a caller changes in what it
// was given never reaches memory, just as with a read from the database.
//
// A document another process wrote is looked up in the database when
// memory does not have it, except in the tables most members have nothing
// in, which are asked on every page (mentoring offers, wellbeing plans:
// see trusted); a change another process makes, and a document it adds to
// one of those tables, is not seen until replicas follow the change log.

// table is one collection's documents in memory, by id, with indexes from
// a key (such as the member a mark is from) to the ids that have it.
type table[D any] struct {
	collection string
	idOf       func(D) string
	// keys gives, for each index, the keys of a document.
	keys map[string]func(D) []string
	db   *mongo.Database

	mu     sync.RWMutex
	rows   map[string]row
	index  map[string]map[string]map[string]struct{}
	loaded bool
	// filling is held while the whole collection is read, so that one
	// request reads it and the others wait for it.
	filling sync.Mutex
	refresh *keyedLock
	// generation counts the changes to rows, so that what is built from
	// the whole table (the Open Referral catalogue) can tell it is stale
	// without reading every document again. It is bumped under mu and
	// read without it.
	generation atomic.Uint64
}

// row is one document's bytes and the keys it is indexed under.
type row struct {
	raw  bson.Raw
	keys map[string][]string
}

func newTable[D any](db *mongo.Database, collection string, idOf func(D) string, keys map[string]func(D) []string) *table[D] {
	return &table[D]{db: db, collection: collection, idOf: idOf, keys: keys, refresh: newKeyedLock()}
}

// fill reads the whole collection into memory.
func (t *table[D]) fill(ctx context.Context) error {
	var raws []bson.Raw
	cur, err := t.db.Collection(t.collection).Find(ctx, bson.M{})
	if err == nil {
		err = cur.All(ctx, &raws)
	}
	if err != nil {
		return fmt.Errorf("read %s into memory: %w", t.collection, err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	// An empty collection read again changes no row, yet what memory
	// holds may have changed (it was emptied), so the fill counts too.
	t.generation.Add(1)
	t.rows = make(map[string]row, len(raws))
	t.index = make(map[string]map[string]map[string]struct{}, len(t.keys))
	for name := range t.keys {
		t.index[name] = map[string]map[string]struct{}{}
	}
	for _, raw := range raws {
		if err := t.putLocked(raw); err != nil {
			return fmt.Errorf("read %s into memory: %w", t.collection, err)
		}
	}
	t.loaded = true
	return nil
}

// ready makes sure memory can answer: a table that lost track of the
// database (a read after a write failed) is read again whole.
func (t *table[D]) ready(ctx context.Context) error {
	t.mu.RLock()
	loaded := t.loaded
	t.mu.RUnlock()
	if loaded {
		return nil
	}
	t.filling.Lock()
	defer t.filling.Unlock()
	t.mu.RLock()
	loaded = t.loaded
	t.mu.RUnlock()
	if loaded {
		return nil
	}
	return t.fill(ctx)
}

func (t *table[D]) decode(raw bson.Raw) (D, error) {
	var d D
	err := bson.Unmarshal(raw, &d)
	return d, err
}

// putLocked keeps a copy of the document's bytes, replacing the one with
// its id.
func (t *table[D]) putLocked(raw bson.Raw) error {
	d, err := t.decode(raw)
	if err != nil {
		return err
	}
	id := t.idOf(d)
	t.dropLocked(id)
	r := row{raw: append(bson.Raw(nil), raw...), keys: map[string][]string{}}
	for name, keys := range t.keys {
		r.keys[name] = keys(d)
		for _, k := range r.keys[name] {
			ids := t.index[name][k]
			if ids == nil {
				ids = map[string]struct{}{}
				t.index[name][k] = ids
			}
			ids[id] = struct{}{}
		}
	}
	t.rows[id] = r
	t.generation.Add(1)
	return nil
}

func (t *table[D]) dropLocked(id string) {
	old, ok := t.rows[id]
	if !ok {
		return
	}
	delete(t.rows, id)
	t.generation.Add(1)
	for name, keys := range old.keys {
		for _, k := range keys {
			delete(t.index[name][k], id)
			if len(t.index[name][k]) == 0 {
				delete(t.index[name], k)
			}
		}
	}
}

// get returns the document with the id; found is false when memory does
// not have it, and known is false when memory cannot say.
func (t *table[D]) get(id string) (d D, found, known bool) {
	t.mu.RLock()
	r, found := t.rows[id]
	known = t.loaded
	t.mu.RUnlock()
	if !known || !found {
		// Rows kept from before memory lost track say nothing.
		return d, false, known
	}
	d, err := t.decode(r.raw)
	return d, err == nil, known
}

// with returns the documents whose index has the key, in no order.
func (t *table[D]) with(ctx context.Context, index, key string) ([]D, error) {
	if err := t.ready(ctx); err != nil {
		return nil, err
	}
	t.mu.RLock()
	raws := make([]bson.Raw, 0, len(t.index[index][key]))
	for id := range t.index[index][key] {
		raws = append(raws, t.rows[id].raw)
	}
	t.mu.RUnlock()
	return t.decodeAll(raws, nil)
}

// where returns every document keep accepts (all, for nil), in no order.
func (t *table[D]) where(ctx context.Context, keep func(D) bool) ([]D, error) {
	if err := t.ready(ctx); err != nil {
		return nil, err
	}
	t.mu.RLock()
	raws := make([]bson.Raw, 0, len(t.rows))
	for _, r := range t.rows {
		raws = append(raws, r.raw)
	}
	t.mu.RUnlock()
	return t.decodeAll(raws, keep)
}

func (t *table[D]) decodeAll(raws []bson.Raw, keep func(D) bool) ([]D, error) {
	out := make([]D, 0, len(raws))
	for _, raw := range raws {
		d, err := t.decode(raw)
		if err != nil {
			return nil, fmt.Errorf("read %s from memory: %w", t.collection, err)
		}
		if keep == nil || keep(d) {
			out = append(out, d)
		}
	}
	return out, nil
}

// put keeps documents just read from the database.
func (t *table[D]) put(docs ...D) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, d := range docs {
		t.keepLocked(d, true)
	}
}

// keepLocked keeps a document, encoded as the database would send it; an
// id memory has already is replaced only when replace is set. A document
// that cannot be encoded leaves memory unable to answer until refilled.
func (t *table[D]) keepLocked(doc any, replace bool) {
	if !t.loaded {
		return
	}
	raw, err := bson.Marshal(doc)
	if err == nil {
		var d D
		if err = bson.Unmarshal(raw, &d); err == nil {
			if _, had := t.rows[t.idOf(d)]; had && !replace {
				return
			}
			err = t.putLocked(raw)
		}
	}
	if err != nil {
		t.loaded = false
	}
}

// reread reads the documents with the ids from the database after a
// write, and keeps what it holds (or forgets those it no longer has). The
// read is made under a lock per document, so that of two writes' reads
// the later one is kept. A failed read leaves memory unable to answer, and
// the next read fills it again from the database.
func (t *table[D]) reread(ctx context.Context, ids ...string) {
	for _, id := range ids {
		unlock := t.refresh.lock(id)
		raw, err := t.db.Collection(t.collection).FindOne(context.WithoutCancel(ctx), bson.M{"_id": id}).Raw()
		t.mu.Lock()
		switch {
		case !t.loaded:
		case err == nil:
			if t.putLocked(raw) != nil {
				t.loaded = false
			}
		case err == mongo.ErrNoDocuments:
			t.dropLocked(id)
		default:
			t.loaded = false
		}
		t.mu.Unlock()
		unlock()
	}
}

// trusted is lookup for a table most members have no document in (their
// mentoring offer, their wellbeing plan), asked about on every page: once
// memory holds the table, its "no" is taken as it is and not asked of the
// database again. A document another process writes reaches memory as
// its changes do, when replicas follow the change log.
func (t *table[D]) trusted(ctx context.Context, id string) (d D, found bool, err error) {
	d, found, known := t.get(id)
	if known {
		return d, found, nil
	}
	return t.lookup(ctx, id)
}

// lookup returns the document with the id from memory. One memory does
// not have (made by another process, perhaps) is read from the database
// and kept; found is false when neither has it.
func (t *table[D]) lookup(ctx context.Context, id string) (d D, found bool, err error) {
	d, found, known := t.get(id)
	if !known && t.ready(ctx) == nil {
		d, found, _ = t.get(id)
	}
	if found {
		return d, true, nil
	}
	err = t.db.Collection(t.collection).FindOne(ctx, bson.M{"_id": id}).Decode(&d)
	if err == mongo.ErrNoDocuments {
		return d, false, nil
	}
	if err != nil {
		return d, false, err
	}
	t.put(d)
	return d, true, nil
}
