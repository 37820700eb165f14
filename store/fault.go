package store

import "time"

// SetFaults makes the store ask f before and after each write whether to
// fail it, naming the write (op) and whether it is already done (written).
// Tests use it to fail an action at every step in turn and check that a
// retry completes it exactly once. Call it before the store is shared.
func (s *Store) SetFaults(f func(op string, written bool) error) { s.faults = f }

// before and after are called around each write; they return the fault
// to fail it with, if any.
func (s *Store) before(op string) error {
	if s.faults == nil {
		return nil
	}
	return s.faults(op, false)
}

func (s *Store) after(op string) error {
	if s.faults == nil {
		return nil
	}
	return s.faults(op, true)
}

// stampOr is t as the database keeps it, or now when t is not set: the
// actions say when a change happened, by the clock they were given.
func (s *Store) stampOr(t time.Time) time.Time {
	if t.IsZero() {
		return s.stamp()
	}
	return t.UTC().Truncate(time.Millisecond)
}

// stamp is the time now on the site's clock, as the database keeps it.
func (s *Store) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

// write runs one write between the two fault checks.
func (s *Store) write(op string, do func() error) error {
	if err := s.before(op); err != nil {
		return err
	}
	if err := do(); err != nil {
		return err
	}
	return s.after(op)
}
