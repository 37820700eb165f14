package handlers

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// inFlight bounds the pages being made at once. When more arrive than the
// machine can answer, each one waiting holds its memory and makes every
// other later, until none is answered in time and memory grows without
// end (3.6 GB at twice the machine's rate, in the load bench). So a page
// waits a moment at most for a place, and is otherwise refused at once
// with a page saying the site is busy and nothing was saved, which is
// true: its handler never ran.
type inFlight struct {
	slots chan struct{}
	wait  time.Duration
}

// mostInFlight is how many pages are made at once: a page takes a
// millisecond or two of processor time, so a few dozen keep two cores busy
// while others wait for the database; shedAfter is how long a page may
// wait for a place: long enough for a burst (a few hundred requests at
// once on a quiet machine), short enough that the pages let in are still
// answered in a fraction of a second when twice as many arrive as the
// machine can answer (the load bench at 2,000 a second: p99 of the pages
// 400 ms, where with no bound it was 30 s and 3.6 GB).
const (
	mostInFlight = 64
	shedAfter    = 250 * time.Millisecond
)

func newInFlight(n int, wait time.Duration) *inFlight {
	return &inFlight{slots: make(chan struct{}, n), wait: wait}
}

// enter waits for a place, for as long as the bound allows or until ctx
// ends, and returns the function that gives it up; ok is false when no
// place came.
func (f *inFlight) enter(ctx context.Context) (leave func(), ok bool) {
	leave = func() { <-f.slots }
	select {
	case f.slots <- struct{}{}:
		return leave, true
	default:
	}
	timer := time.NewTimer(f.wait)
	defer timer.Stop()
	select {
	case f.slots <- struct{}{}:
		return leave, true
	case <-timer.C:
	case <-ctx.Done():
	}
	return nil, false
}

// shedLoad runs the rest of the request once it has a place, and answers
// 503 saying the site is busy when none comes.
func (s *Server) shedLoad(c *gin.Context) {
	leave, ok := s.inFlight.enter(c.Request.Context())
	if !ok {
		s.Metrics.RateLimited("busy")
		c.Header("Retry-After", "5")
		s.showError(c, http.StatusServiceUnavailable, errorPage{Heading: "error.busy.heading", Message: "error.busy"})
		return
	}
	defer leave()
	c.Next()
}
