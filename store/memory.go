package store

import (
	"context"
	"fmt"
	"sync"

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
// Another process writing to the same database is not seen here until the
// changes it logs are followed; until then a person missing from memory
// is looked up in the database.

// table is one collection's documents in memory, by id, with indexes from
// a key (such as the member a mark is from) to the ids that have it.
type table[D any] struct {
	collection string
	idOf       func(D) string
	// keys gives, for each index, the keys of a document.
	keys map[string]func(D) []string

	db *mongo.Database

	mu     sync.RWMutex
	rows   map[string]D
	index  map[string]map[string]map[string]struct{}
	loaded bool
	// filling is held while the whole collection is read, so that one
	// request reads it and the others wait for it.
	filling sync.Mutex
	refresh *keyedLock
}

func newTable[D any](db *mongo.Database, collection string, idOf func(D) string, keys map[string]func(D) []string) *table[D] {
	return &table[D]{db: db, collection: collection, idOf: idOf, keys: keys, refresh: newKeyedLock()}
}

// fill reads the whole collection into memory.
func (t *table[D]) fill(ctx context.Context) error {
	var docs []D
	cur, err := t.db.Collection(t.collection).Find(ctx, bson.M{})
	if err == nil {
		err = cur.All(ctx, &docs)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		return fmt.Errorf("read %s into memory: %w", t.collection, err)
	}
	t.rows = make(map[string]D, len(docs))
	t.index = make(map[string]map[string]map[string]struct{}, len(t.keys))
	for name := range t.keys {
		t.index[name] = map[string]map[string]struct{}{}
	}
	for _, d := range docs {
		t.putLocked(d)
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

func (t *table[D]) putLocked(d D) {
	id := t.idOf(d)
	t.dropLocked(id)
	t.rows[id] = d
	for name, keys := range t.keys {
		for _, k := range keys(d) {
			ids := t.index[name][k]
			if ids == nil {
				ids = map[string]struct{}{}
				t.index[name][k] = ids
			}
			ids[id] = struct{}{}
		}
	}
}

func (t *table[D]) dropLocked(id string) {
	old, ok := t.rows[id]
	if !ok {
		return
	}
	delete(t.rows, id)
	for name, keys := range t.keys {
		for _, k := range keys(old) {
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
	defer t.mu.RUnlock()
	if !t.loaded {
		return d, false, false
	}
	d, found = t.rows[id]
	return d, found, true
}

// with returns the documents whose index has the key, in no order.
func (t *table[D]) with(ctx context.Context, index, key string) ([]D, error) {
	if err := t.ready(ctx); err != nil {
		return nil, err
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]D, 0, len(t.index[index][key]))
	for id := range t.index[index][key] {
		out = append(out, t.rows[id])
	}
	return out, nil
}

// where returns every document keep accepts (all, for nil), in no order.
func (t *table[D]) where(ctx context.Context, keep func(D) bool) ([]D, error) {
	if err := t.ready(ctx); err != nil {
		return nil, err
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := []D{}
	for _, d := range t.rows {
		if keep == nil || keep(d) {
			out = append(out, d)
		}
	}
	return out, nil
}

// put keeps documents just inserted as they were written.
func (t *table[D]) put(docs ...D) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.loaded {
		return
	}
	for _, d := range docs {
		t.putLocked(d)
	}
}

// reread reads the documents with the ids from the database after a
// write, and keeps what it holds (or forgets those it no longer has). The
// read is made under a lock per document, so that of two writes' reads
// the later one is kept. A failed read leaves memory unable to answer,
// and reads go to the database, until the table is filled again.
func (t *table[D]) reread(ctx context.Context, ids ...string) {
	for _, id := range ids {
		unlock := t.refresh.lock(id)
		var d D
		err := t.db.Collection(t.collection).FindOne(context.WithoutCancel(ctx), bson.M{"_id": id}).Decode(&d)
		t.mu.Lock()
		switch {
		case !t.loaded:
		case err == nil:
			t.putLocked(d)
		case err == mongo.ErrNoDocuments:
			t.dropLocked(id)
		default:
			t.loaded = false
		}
		t.mu.Unlock()
		unlock()
	}
}

// lookup returns the document with the id from memory. One memory does
// not have (made by another process, perhaps) is read from the database
// and kept; found is false when neither has it.
func (t *table[D]) lookup(ctx context.Context, id string) (d D, found bool, err error) {
	if d, found, _ := t.get(id); found {
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
