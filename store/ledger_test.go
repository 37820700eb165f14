package store

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// TestLedgerRecordsEachKeyOnce sends 200 payments at once, each twice with
// the same key, and a key reused by someone else: every payment is
// recorded exactly once and the forged one is refused.
func TestLedgerRecordsEachKeyOnce(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	var mu sync.Mutex
	created, repeats := 0, 0
	for i := range 200 {
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				e := community.Entry{GroupID: "g1", Key: fmt.Sprintf("pay-%d", i), Kind: community.EntryPayment,
					PersonID: fmt.Sprintf("p%d", i%20), RecordedBy: fmt.Sprintf("p%d", i%20), Amount: 500}
				_, isNew, err := s.Record(ctx, e)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err != nil:
					t.Errorf("record: %v", err)
				case isNew:
					created++
				default:
					repeats++
				}
			}()
		}
	}
	wg.Wait()
	entries, err := s.Entries(ctx, "g1")
	if err != nil {
		t.Fatal(err)
	}
	st := community.Tally(entries)
	if created != 200 || repeats != 200 || len(entries) != 200 || st.Pending != 200*500 {
		t.Errorf("created %d, repeats %d, entries %d, pending %d", created, repeats, len(entries), st.Pending)
	}
	forged := community.Entry{GroupID: "g1", Key: "pay-3", Kind: community.EntryPayment, PersonID: "p9", RecordedBy: "p9", Amount: 100000}
	if _, _, err := s.Record(ctx, forged); community.KindOf(err) != community.KindForbidden {
		t.Errorf("a key used by someone else: %v", err)
	}
	if again, _ := s.Entries(ctx, "g1"); len(again) != 200 {
		t.Errorf("the forged entry changed the ledger: %d entries", len(again))
	}
}

// TestLedgerCacheStaysWhole records entries at once after the embedded
// store's in-memory copy is filled, and checks the copy matches the
// database, entry for entry, in order.
func TestLedgerCacheStaysWhole(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	if _, err := s.Entries(ctx, "g2"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := community.Entry{GroupID: "g2", Key: fmt.Sprint(i), Kind: community.EntryPayment, PersonID: "p", RecordedBy: "p", Amount: 100}
			if _, _, err := s.Record(ctx, e); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	cached, _ := s.Entries(ctx, "g2")
	stored, _ := s.readEntries(ctx, "g2")
	if len(cached) != 50 || len(stored) != 50 {
		t.Fatalf("cached %d, stored %d, want 50 each", len(cached), len(stored))
	}
	for i := range stored {
		if cached[i].ID != stored[i].ID || !cached[i].At.Equal(stored[i].At) {
			t.Fatalf("entry %d: cached %s at %v, stored %s at %v", i, cached[i].ID, cached[i].At, stored[i].ID, stored[i].At)
		}
	}
}

// TestSpendsRacedOnTwoWritersStayWithinThePot: two stores on one database,
// as two web replicas are, record spends at once that together are more
// than the pot. Each entry takes the group's next number under a unique
// index, so a writer that loses the race reads the ledger again and checks
// again: exactly the spends the pot covers are recorded.
func TestSpendsRacedOnTwoWritersStayWithinThePot(t *testing.T) {
	ctx := context.Background()
	a := openTestStore(t)
	if a.embedded == nil {
		t.Skip("two writers are tried on the embedded database; with MONGODB_URI see the other ledger tests")
	}
	b, err := Open(ctx, a.embedded.uri, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.client.Disconnect(ctx) })
	const group = "g-two-writers"
	pay, _, err := a.Record(ctx, community.Entry{GroupID: group, Key: "pay", Kind: community.EntryPayment, PersonID: "p", Amount: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Record(ctx, community.Entry{GroupID: group, Key: "confirm", Kind: community.EntryConfirm, PersonID: "p", Amount: 1000, Refers: pay.ID}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			writer := []*Store{a, b}[i%2]
			_, _, err := writer.RecordSpend(ctx, community.Entry{GroupID: group, Key: fmt.Sprintf("spend-%d", i), Kind: community.EntrySpend, Amount: 300})
			if err != nil && community.KindOf(err) != community.KindConflict {
				t.Errorf("spend %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	entries, err := b.readEntries(ctx, group)
	if err != nil {
		t.Fatal(err)
	}
	seqs := map[int64]bool{}
	for _, e := range entries {
		if seqs[e.Seq] || e.Seq == 0 {
			t.Errorf("entry %s has number %d, taken or missing", e.Kind, e.Seq)
		}
		seqs[e.Seq] = true
	}
	if st := community.Tally(entries); st.Spent != 900 || st.Pot() != 100 {
		t.Errorf("ten £3 spends against a £10 pot on two writers recorded %s spent, leaving %s; want £9 and £1", st.Spent.Pounds(), st.Pot().Pounds())
	}
	// Each writer read the other's spends when its own lost the race: the
	// statement each keeps agrees with the database.
	for name, writer := range map[string]*Store{"a": a, "b": b} {
		st, err := writer.Statement(ctx, group)
		if err != nil {
			t.Fatal(err)
		}
		if want := community.Tally(entries); !reflect.DeepEqual(st, want) {
			t.Errorf("writer %s shows %s in the pot and %s spent; the database holds %s and %s", name, st.Pot().Pounds(), st.Spent.Pounds(), want.Pot().Pounds(), want.Spent.Pounds())
		}
	}
}

// TestStatementFollowsTheLedger asks for the statement between writes of
// every kind a page causes, and after the copy kept is dropped: each time
// it is the ledger in the database tallied, and changing a statement a
// page was given changes nothing kept.
func TestStatementFollowsTheLedger(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	const group = "g-statement"
	check := func(after string) {
		t.Helper()
		entries, st, err := s.Tallied(ctx, group)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.readEntries(ctx, group)
		if err != nil {
			t.Fatal(err)
		}
		if want := community.Tally(stored); !reflect.DeepEqual(st, want) || len(entries) != len(stored) {
			t.Errorf("after %s: statement has %s paid, %d entries; the database %s, %d", after, st.Paid.Pounds(), len(entries), want.Paid.Pounds(), len(stored))
		}
		alone, _ := s.Statement(ctx, group)
		if !reflect.DeepEqual(alone, st) {
			t.Errorf("after %s: the statement alone differs from the one read with its entries", after)
		}
		// A page that changes what it was given changes nothing kept.
		for _, given := range []community.Statement{st, alone} {
			if given.People != nil {
				given.People["p"] = community.PersonMoney{Paid: 1 << 40}
			}
		}
		if again, _ := s.Statement(ctx, group); !reflect.DeepEqual(again, community.Tally(stored)) {
			t.Errorf("after %s: changing the statement a page was given changed the one kept", after)
		}
	}
	record := func(e community.Entry) community.Entry {
		t.Helper()
		got, _, err := s.Record(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		check("a " + string(e.Kind))
		return got
	}
	check("nothing")
	pay := record(community.Entry{GroupID: group, Key: "pay", Kind: community.EntryPayment, PersonID: "p", RecordedBy: "p", Amount: 1200})
	record(community.Entry{GroupID: group, Key: "confirm", Kind: community.EntryConfirm, PersonID: "p", RecordedBy: "t", Amount: 1200, Refers: pay.ID})
	record(community.Entry{GroupID: group, Key: "pay2", Kind: community.EntryPayment, PersonID: "q", RecordedBy: "q", Amount: 500})
	if _, _, err := s.RecordSpend(ctx, community.Entry{GroupID: group, Key: "spend", Kind: community.EntrySpend, Amount: 700}); err != nil {
		t.Fatal(err)
	}
	check("a spend")

	// A write the database may or may not have made drops the copy kept
	// (insertEntry), and another writer may add to the ledger meanwhile:
	// the next statement is the database's.
	s.ledgers.forget(group)
	other := community.Entry{ID: "other-writer", Seq: 99, GroupID: group, Key: "pay-elsewhere", Kind: community.EntryPayment, PersonID: "r", RecordedBy: "r", Amount: 400, At: s.stamp()}
	if err := s.insertEntry(ctx, other); err != nil {
		t.Fatal(err)
	}
	check("a write that was not kept in memory")
	record(community.Entry{GroupID: group, Key: "pay3", Kind: community.EntryPayment, PersonID: "q", RecordedBy: "q", Amount: 300})
}
