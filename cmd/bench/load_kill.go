package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// killFigures is the -kill run's JSON line, exactly these keys: payments
// sent at once; acknowledged_before_kill (answered 303 before the SIGKILL);
// retried (sent again with the same key after the restart, having had no
// 303); found_before_retry (payments in a ledger just after the restart,
// before any was sent again: some the site recorded but never answered);
// acknowledged (in all); found (payments in a ledger at least once);
// duplicated (extra copies); lost (acknowledged and in no ledger);
// restart_s (from the kill until /readyz answered again).
type killFigures struct {
	Payments               int     `json:"payments"`
	AcknowledgedBeforeKill int     `json:"acknowledged_before_kill"`
	Retried                int     `json:"retried"`
	FoundBeforeRetry       int     `json:"found_before_retry"`
	Acknowledged           int     `json:"acknowledged"`
	Found                  int     `json:"found"`
	Duplicated             int     `json:"duplicated"`
	Lost                   int     `json:"lost"`
	RestartS               float64 `json:"restart_s"`
}

// killNote names kill payment j in its group's ledger.
func killNote(j int) string { return fmt.Sprintf("kill-%d", j) }

// measureKill sends the payments all at once, SIGKILLs the site once half
// are acknowledged, restarts it on the same folder (the session key is
// kept there, so the visitors stay signed in), sends again with the same
// key every payment that had no 303, and reads the ledgers.
func measureKill(ctx context.Context, o loadOptions, out io.Writer) (killFigures, error) {
	f := killFigures{Payments: o.killPayments}
	b, err := openLoad(ctx, o, out)
	if err != nil {
		return f, err
	}
	defer b.close()
	if err := b.fetchKeys(o.killPayments, 0); err != nil {
		return f, err
	}
	acked := make([]bool, o.killPayments)
	pay := func(j int) bool {
		c := j % len(b.clients)
		page, err := b.clients[c].post(b.groupOf(c)+"/payments", payForm(b.keys[j], killNote(j), j))
		return err == nil && page.Status == http.StatusSeeOther
	}
	var ackCount atomic.Int64
	var once sync.Once
	var killedAt time.Time
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for j := range o.killPayments {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			if pay(j) {
				acked[j] = true
				if ackCount.Add(1) >= int64(o.killPayments/2) {
					once.Do(func() { killedAt = time.Now(); _ = b.site.kill() })
				}
			}
		}()
	}
	close(gate)
	wg.Wait()
	once.Do(func() { killedAt = time.Now(); _ = b.site.kill() }) // fewer than half answered: kill now
	f.AcknowledgedBeforeKill = int(ackCount.Load())
	fmt.Fprintf(out, "kill: %d payments sent at once; SIGKILL after %d were acknowledged\n", o.killPayments, f.AcknowledgedBeforeKill)
	b.transport.CloseIdleConnections()
	if err := b.site.start(ctx); err != nil {
		return f, fmt.Errorf("restart after the kill: %w", err)
	}
	f.RestartS = round(time.Since(killedAt).Seconds(), 1)
	var retry []int
	for j, ok := range acked {
		if !ok {
			retry = append(retry, j)
		}
	}
	f.Retried = len(retry)
	before, err := b.ledgerNotes()
	if err != nil {
		return f, err
	}
	f.FoundBeforeRetry = countPayments(before, acked, killNote).Recorded
	if err := each(len(retry), 32, func(i int) error {
		j := retry[i]
		for range 3 {
			if acked[j] = pay(j); acked[j] {
				break
			}
		}
		return nil
	}); err != nil {
		return f, err
	}
	for _, ok := range acked {
		if ok {
			f.Acknowledged++
		}
	}
	seen, err := b.ledgerNotes()
	if err != nil {
		return f, err
	}
	pc := countPayments(seen, acked, killNote)
	f.Found, f.Duplicated, f.Lost = pc.Recorded, pc.Duplicates, pc.Lost
	fmt.Fprintf(out, "restart: ready again %.1f s after the kill, %d payments in the ledgers; %d sent again with their keys\n",
		f.RestartS, f.FoundBeforeRetry, f.Retried)
	fmt.Fprintf(out, "ledgers: %d acknowledged, %d found, %d doubled, %d lost\n", f.Acknowledged, f.Found, f.Duplicated, f.Lost)
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
	return f, nil
}
