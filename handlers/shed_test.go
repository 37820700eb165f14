package handlers

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestInFlightBoundsThePagesMadeAtOnce: with every place taken a request
// waits for one to be given up, or is refused once the wait is over, or
// when the visitor has gone; never more are inside than the bound.
func TestInFlightBoundsThePagesMadeAtOnce(t *testing.T) {
	f := newInFlight(3, 50*time.Millisecond)
	ctx := context.Background()
	var leaves []func()
	for range 3 {
		leave, ok := f.enter(ctx)
		if !ok {
			t.Fatal("refused with places free")
		}
		leaves = append(leaves, leave)
	}
	if _, ok := f.enter(ctx); ok {
		t.Fatal("let in a fourth while three were inside")
	}
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if _, ok := f.enter(gone); ok {
		t.Fatal("let in a visitor who had gone")
	}
	// A place given up while a request waits goes to it.
	go func() { time.Sleep(10 * time.Millisecond); leaves[0]() }()
	leave, ok := f.enter(ctx)
	if !ok {
		t.Fatal("a place given up did not go to the request waiting")
	}
	leaves[0] = leave

	// Many at once: never more than three inside.
	for _, l := range leaves {
		l()
	}
	var mu sync.Mutex
	inside, most, refused := 0, 0, 0
	var wg sync.WaitGroup
	for range 40 {
		wg.Go(func() {
			leave, ok := f.enter(ctx)
			mu.Lock()
			if !ok {
				refused++
				mu.Unlock()
				return
			}
			inside++
			most = max(most, inside)
			mu.Unlock()
			time.Sleep(20 * time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
			leave()
		})
	}
	wg.Wait()
	if most > 3 || refused == 0 {
		t.Errorf("at most %d inside (bound 3), %d refused of 40 each holding a place 20 ms with a 50 ms wait", most, refused)
	}
}
