package search

import "sync"

// Finding the words a query word may be a slip for builds a Levenshtein
// automaton for it, which takes most of a search's time and memory (a
// few milliseconds for an eight-letter word allowed two typos). The words
// a word stands for change only when the index does, so they are kept
// per word until the next write.
type termCache struct {
	mu sync.Mutex
	// generation counts the writes; a search keeps what it found only if
	// no write came between its start and its keeping it.
	generation uint64
	byWord     map[termKey][]wordVariant
}

type termKey struct {
	word string
	last bool
}

// mostWords bounds the cache: past it, it starts again empty.
const mostWords = 10_000

// start returns the generation a search starts at.
func (c *termCache) start() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.generation
}

func (c *termCache) get(k termKey) ([]wordVariant, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.byWord[k]
	return v, ok
}

// keep remembers what a search starting at generation found for k, unless
// the index has changed since.
func (c *termCache) keep(generation uint64, k termKey, v []wordVariant) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if generation != c.generation {
		return
	}
	if c.byWord == nil || len(c.byWord) >= mostWords {
		c.byWord = map[termKey][]wordVariant{}
	}
	c.byWord[k] = v
}

// forget is called after every write to the index, once the write can be
// seen by searches.
func (c *termCache) forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.generation++
	c.byWord = nil
}
