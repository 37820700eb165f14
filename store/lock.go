package store

import "sync"

// keyedLock serialises writes to one document at a time within this
// process. The embedded FerretDB can lose one of two racing updates to the
// same document; MongoDB does not, but the cost here is tiny, so writes are
// always guarded and behave the same on both.
type keyedLock struct {
	mu    sync.Mutex
	locks map[string]*entry
}

type entry struct {
	mu    sync.Mutex
	users int
}

func newKeyedLock() *keyedLock { return &keyedLock{locks: make(map[string]*entry)} }

// lock takes the lock for key and returns the function that releases it.
func (k *keyedLock) lock(key string) (unlock func()) {
	k.mu.Lock()
	e := k.locks[key]
	if e == nil {
		e = &entry{}
		k.locks[key] = e
	}
	e.users++
	k.mu.Unlock()

	e.mu.Lock()
	return func() {
		e.mu.Unlock()
		k.mu.Lock()
		if e.users--; e.users == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}
