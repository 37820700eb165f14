package store

import (
	"context"
	"crypto/rand"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// The embedded database changes a document in two steps, reading it and
// then writing it whole, and a second writer (another replica on the same
// database, through its socket) can read it in between: one of the two
// changes is then lost, even a change to other fields. MongoDB changes a
// document in one step, but the store is the same on both. So every
// change to a document already written is made while holding the
// document's lease: a claim (claims: write/<collection>/<id>) that only
// one writer can insert, given up as soon as the change is made. A lock
// inside the process would order only that process's writes.

// staleLease is how old a lease must be for a writer to take it as left
// by a process that stopped while holding it: a change takes
// milliseconds.
const staleLease = 10 * time.Second

// exclusive runs change while holding the document's lease, waiting a
// little (about a second in all) while another writer holds it, and
// answering Conflict if they still do.
func (s *Store) exclusive(ctx context.Context, collection, id string, change func() error) error {
	// This process's own writers queue for the lock, and only one of them
	// at a time asks the database for the lease.
	unlock := s.locks.lock(collection + "/" + id)
	defer unlock()
	lease := "write/" + collection + "/" + id
	for wait := 5 * time.Millisecond; ; wait *= 2 {
		release, err := s.takeLease(ctx, lease)
		if err == nil {
			defer release()
			return change()
		}
		if community.KindOf(err) != community.KindConflict || wait > 640*time.Millisecond {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// exclusiveWrite is one write (see write) made holding the document's
// lease: the way every change to a single document already written is
// made.
func (s *Store) exclusiveWrite(ctx context.Context, op, collection, id string, do func() error) error {
	return s.exclusive(ctx, collection, id, func() error { return s.write(op, do) })
}

// takeLease claims the lease and returns the function that gives it up;
// a lease someone else holds is a Conflict, and one left by a process
// that stopped is freed for the next try. The lease's writes are the
// store's bookkeeping, not what the person asked to save, so they are
// left out of the request's count of writes (uncounted).
func (s *Store) takeLease(ctx context.Context, lease string) (func(), error) {
	ctx = uncounted(ctx)
	holder := rand.Text()
	held, err := s.Claim(ctx, lease, holder)
	if err != nil {
		// The claim may have been written all the same: give it up, so
		// that the next try does not wait for it to go stale; but not for
		// long, since the database is likely out of reach.
		giveUp, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = s.Release(giveUp, lease, holder)
		return nil, err
	}
	if held != holder {
		if at, err := s.ClaimedAt(ctx, lease); err == nil && !at.IsZero() && s.stamp().Sub(at) > staleLease {
			_ = s.Release(ctx, lease, held)
		}
		return nil, community.Conflict("error.conflict")
	}
	return func() {
		// Tried twice: a lease left behind stops every change to the
		// document until it goes stale.
		after := context.WithoutCancel(ctx)
		if s.Release(after, lease, holder) != nil {
			_ = s.Release(after, lease, holder)
		}
	}, nil
}
