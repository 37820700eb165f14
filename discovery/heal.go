package discovery

import (
	"context"
	"io"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/search"
)

// A change is saved in the store first and put in the search index after;
// when the index write fails, the change is not lost (the store has it)
// and the person's request does not fail, but the index no longer says
// what the store does. It is then stale: searches use the store's
// fallback, /readyz says so, and a healer in the background rebuilds the
// index from the store (starting the embedded one again from empty, since
// a failed write can leave it broken), retrying until it succeeds. Writes
// made while it rebuilds are replayed after it, so a newer change is not
// overwritten by the older copy the rebuild read.

// healing is the index's state, shared by the requests that write it and
// the healer.
type healing struct {
	mu         sync.Mutex
	stale      bool
	reason     string
	since      time.Time
	rebuilding bool
	// failures counts failed writes, so a rebuild knows whether one
	// failed while it ran; the metrics read it as a total.
	failures int
	// replay are the writes made while rebuilding, in order.
	replay []func(context.Context) error
	wake   chan struct{}
}

// Health is what /readyz says of the index.
type Health struct {
	// Stale is true from a failed write until a rebuild succeeds.
	Stale bool
	// Reason is the failure that made it stale; Since when.
	Reason string
	Since  time.Time
	// Failures are the failed writes since the site started (rebuilds
	// and replays included), and Waiting the writes made during the
	// rebuild under way, to be replayed after it: for the metrics.
	Failures int
	Waiting  int
}

// Health reports whether the index is stale.
func (s *Sync) Health() Health {
	s.heal.mu.Lock()
	defer s.heal.mu.Unlock()
	return Health{Stale: s.heal.stale, Reason: s.heal.reason, Since: s.heal.since,
		Failures: s.heal.failures, Waiting: len(s.heal.replay)}
}

// Lag is how long the index has been stale, 0 while it is fresh.
func (s *Sync) Lag() time.Duration {
	if h := s.Health(); h.Stale {
		return s.now().Sub(h.Since)
	}
	return 0
}

// Stale reports whether searches should use the fallback for now.
func (s *Sync) Stale() bool { return s.Health().Stale }

// put and remove write the index, remembering the write for replay while
// a rebuild runs, and mark the index stale when the write fails.
func (s *Sync) put(ctx context.Context, what string, docs ...search.Document) {
	s.write(ctx, what, func(ctx context.Context) error { return s.index.Put(ctx, docs...) })
}

func (s *Sync) remove(ctx context.Context, what string, kind search.Kind, ids ...string) {
	s.write(ctx, what, func(ctx context.Context) error { return s.index.Delete(ctx, kind, ids...) })
}

func (s *Sync) write(ctx context.Context, what string, w func(context.Context) error) {
	s.heal.mu.Lock()
	if s.heal.rebuilding {
		s.heal.replay = append(s.heal.replay, w)
	}
	s.heal.mu.Unlock()
	if err := w(ctx); err != nil {
		s.markStale(what, err)
	}
}

// markStale records a failed write and wakes the healer.
func (s *Sync) markStale(what string, err error) {
	s.log.Warn("search index not updated: rebuilding it from the store", "kind", what, "err", err)
	s.heal.mu.Lock()
	if !s.heal.stale {
		s.heal.stale, s.heal.since = true, s.now()
	}
	s.heal.reason = what + ": " + err.Error()
	s.heal.failures++
	s.heal.mu.Unlock()
	select {
	case s.heal.wake <- struct{}{}:
	default: // already woken
	}
}

// Heal rebuilds the index whenever it is stale, until ctx ends: the caller
// runs it in its own goroutine for as long as the site runs. A rebuild
// that fails is tried again, waiting longer each time up to maxWait.
func (s *Sync) Heal(ctx context.Context) {
	const firstWait, maxWait = 250 * time.Millisecond, 4 * time.Second
	wait := firstWait
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.heal.wake:
		}
		for s.Stale() {
			if s.rebuild(ctx) {
				wait = firstWait
				break
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			wait = min(2*wait, maxWait)
		}
	}
}

// rebuild makes the index say what the store says, and reports whether it
// did. The index stays stale while it runs (it is empty at first), and
// after it if any write failed meanwhile.
func (s *Sync) rebuild(ctx context.Context) bool {
	began := s.now()
	s.heal.mu.Lock()
	s.heal.rebuilding, s.heal.replay = true, nil
	failures := s.heal.failures
	s.heal.mu.Unlock()
	n, err := s.Reindex(ctx, io.Discard)
	s.heal.mu.Lock()
	replay := s.heal.replay
	s.heal.rebuilding, s.heal.replay = false, nil
	s.heal.mu.Unlock()
	if err != nil {
		s.markStale("rebuild", err)
		return false
	}
	for _, w := range replay {
		if err := w(ctx); err != nil {
			s.markStale("replay", err)
			return false
		}
	}
	s.heal.mu.Lock()
	healed := s.heal.failures == failures
	if healed {
		s.heal.stale, s.heal.reason = false, ""
	}
	s.heal.mu.Unlock()
	if healed {
		s.log.Info("search index rebuilt from the store", "documents", n, "replayed", len(replay), "ms", s.now().Sub(began).Milliseconds())
	}
	return healed
}
