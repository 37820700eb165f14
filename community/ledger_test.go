package community

import "testing"

func TestTally(t *testing.T) {
	entries := []Entry{
		{ID: "g/1", Kind: EntryPledge, PersonID: "ann", Amount: 5000},
		{ID: "g/2", Kind: EntryPledge, PersonID: "bob", Amount: 5000},
		{ID: "g/3", Kind: EntryPayment, PersonID: "ann", Amount: 500},
		{ID: "g/4", Kind: EntryConfirm, Refers: "g/3"},
		{ID: "g/5", Kind: EntryPayment, PersonID: "bob", Amount: 500},
		{ID: "g/6", Kind: EntryPayment, PersonID: "ann", Amount: 500},
		{ID: "g/7", Kind: EntryConfirm, Refers: "g/6"},
		{ID: "g/8", Kind: EntryReversal, Refers: "g/6"},
		{ID: "g/9", Kind: EntryFee, PersonID: "bob", Amount: 250},
		{ID: "g/10", Kind: EntrySpend, Amount: 300},
	}
	s := Tally(entries)
	// The fee is charged to Bob's account and paid into the common fund;
	// with no shares recorded, the spend comes out of the fund.
	if s.Pledged != 10000 || s.Paid != 500 || s.Pending != 500 || s.Fees != 250 || s.Spent != 300 || s.Pot() != 200 ||
		s.Fund() != -50 || s.Accounts() != 250 {
		t.Errorf("statement %+v, pot %d, fund %d, accounts %d", s, s.Pot(), s.Fund(), s.Accounts())
	}
	if ann := s.People["ann"]; ann.Paid != 500 || ann.Owed() != 4500 {
		t.Errorf("ann %+v", ann)
	}
	if bob := s.People["bob"]; bob.Pending != 500 || bob.Paid != 0 || len(s.Unconfirmed) != 1 || s.Unconfirmed[0].ID != "g/5" {
		t.Errorf("bob %+v, waiting %+v", bob, s.Unconfirmed)
	}
}

// TestStatusesAgreeWithTally checks a payment reversed before the
// treasurer confirmed it stays reversed: the statement leaves it out and
// the status says so, whichever came first.
func TestStatusesAgreeWithTally(t *testing.T) {
	entries := []Entry{
		{ID: "g/1", Kind: EntryPayment, PersonID: "ann", Amount: 500},
		{ID: "g/2", Kind: EntryReversal, Refers: "g/1"},
		{ID: "g/3", Kind: EntryConfirm, Refers: "g/1"},
		{ID: "g/4", Kind: EntryPayment, PersonID: "ann", Amount: 300},
		{ID: "g/5", Kind: EntryConfirm, Refers: "g/4"},
		{ID: "g/6", Kind: EntryPayment, PersonID: "ann", Amount: 200},
		{ID: "g/7", Kind: EntryPledge, PersonID: "ann", Amount: 5000},
	}
	status := Statuses(entries)
	want := map[string]EntryStatus{"g/1": StatusReversed, "g/4": StatusConfirmed, "g/6": StatusWaiting, "g/7": StatusRecorded}
	for id, w := range want {
		if status[id] != w {
			t.Errorf("%s is %s, want %s", id, status[id], w)
		}
	}
	if s := Tally(entries); s.Paid != 300 || s.Pending != 200 {
		t.Errorf("paid %d and waiting %d, want 300 and 200", s.Paid, s.Pending)
	}
}
