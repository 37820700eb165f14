package store

import (
	"cmp"
	"slices"
	"sync"

	"github.com/clubtogether/clubtogether/community"
)

// ledgerCache keeps each group's ledger in memory once read, and adds each
// new entry as it is recorded. It is used with the embedded store only:
// there this process is the only writer, so the copy is always whole, and
// reading thousands of entries back through the embedded FerretDB on every
// page view takes hundreds of milliseconds. With MongoDB, where several
// web replicas write, every read goes to the database.
type ledgerCache struct {
	mu      sync.Mutex
	byGroup map[string][]community.Entry
	// tallied is each cached ledger's statement, once a page has asked
	// for it, until the ledger changes: the home page and the group's page
	// show the statement on every view, and tallying a long ledger each
	// time was much of their cost.
	tallied map[string]community.Statement
}

func newLedgerCache() *ledgerCache {
	return &ledgerCache{byGroup: map[string][]community.Entry{}, tallied: map[string]community.Statement{}}
}

// get returns a copy of a group's ledger and whether it is cached.
func (c *ledgerCache) get(groupID string) ([]community.Entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	entries, ok := c.byGroup[groupID]
	return slices.Clone(entries), ok
}

// tally returns copies of a cached ledger and its statement, read
// together, tallying the ledger if it has changed since it was last
// tallied; and whether it is cached. entries says whether to copy the
// entries too.
func (c *ledgerCache) tally(groupID string, entries bool) ([]community.Entry, community.Statement, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cached, ok := c.byGroup[groupID]
	if !ok {
		return nil, community.Statement{}, false
	}
	st, ok := c.tallied[groupID]
	if !ok {
		st = community.Tally(cached)
		c.tallied[groupID] = st
	}
	if entries {
		return slices.Clone(cached), st.Clone(), true
	}
	return nil, st.Clone(), true
}

// fill caches a ledger read from the store, unless one is cached already
// (which then has every entry recorded since).
func (c *ledgerCache) fill(groupID string, entries []community.Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byGroup[groupID]; !ok {
		c.byGroup[groupID] = slices.Clone(entries)
		delete(c.tallied, groupID)
	}
}

// replace keeps a ledger read afresh from the database, which has entries
// another writer added.
func (c *ledgerCache) replace(groupID string, entries []community.Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.byGroup[groupID] = slices.Clone(entries)
	delete(c.tallied, groupID)
}

// add puts a newly recorded entry in its place, in the order entries were
// numbered (then by time, for entries from before they were), if the
// group's ledger is cached.
func (c *ledgerCache) add(e community.Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	entries, ok := c.byGroup[e.GroupID]
	if !ok {
		return
	}
	i, _ := slices.BinarySearchFunc(entries, e, func(a, b community.Entry) int {
		if a.Seq != b.Seq {
			return cmp.Compare(a.Seq, b.Seq)
		}
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
	c.byGroup[e.GroupID] = slices.Insert(entries, i, e)
	delete(c.tallied, e.GroupID)
}

// forget drops a group's ledger, so that it is read afresh from the
// database: after a write whose outcome is unknown.
func (c *ledgerCache) forget(groupID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.byGroup, groupID)
	delete(c.tallied, groupID)
}
