package community

import (
	"testing"
	"time"
)

// TestEqualParts: parts add up to the amount exactly and differ by at
// most a penny, for amounts above and below zero.
func TestEqualParts(t *testing.T) {
	for amount := Pence(-250); amount <= 250; amount += 7 {
		for n := 1; n <= 9; n++ {
			parts := EqualParts(amount, n)
			var sum, lo, hi Pence = 0, parts[0], parts[0]
			for _, p := range parts {
				sum += p
				lo, hi = min(lo, p), max(hi, p)
			}
			if sum != amount || hi-lo > 1 || len(parts) != n {
				t.Fatalf("EqualParts(%d, %d) = %v", amount, n, parts)
			}
		}
	}
}

// TestPayouts: each member who votes gets their account and an equal part
// of the common fund; a watcher gets their account; once shared out, the
// figures are what was recorded and say who was paid back.
func TestPayouts(t *testing.T) {
	g := goodGroup()
	g.Members = []Membership{{PersonID: "a"}, {PersonID: "b"}, {PersonID: "w", Watching: true}}
	n := 0
	var entries []Entry
	add := func(e Entry) Entry {
		n++
		e.ID = "g/" + string(rune('a'+n))
		entries = append(entries, e)
		return e
	}
	for _, id := range []string{"a", "b"} {
		pay := add(Entry{Kind: EntryPayment, PersonID: id, Amount: 5000})
		add(Entry{Kind: EntryConfirm, PersonID: id, Amount: 5000, Refers: pay.ID})
	}
	add(Entry{Kind: EntryFee, PersonID: "a", Amount: 301})
	spend := add(Entry{Kind: EntrySpend, Amount: 2000})
	add(Entry{Kind: EntryShare, PersonID: "a", Amount: 1000, Refers: spend.ID})
	add(Entry{Kind: EntryShare, PersonID: "b", Amount: 1000, Refers: spend.ID})
	add(Entry{Kind: EntrySale, Amount: 1200, Refers: "gym"})
	// a: 5000 - 301 - 1000 = 3699; b: 4000; fund 301 + 1200 = 1501.
	got := Payouts(g, entries)
	want := map[string][2]Pence{"a": {3699, 751}, "b": {4000, 750}, "w": {0, 0}}
	var total Pence
	for _, p := range got {
		if w := want[p.PersonID]; p.Account != w[0] || p.FundPart != w[1] || p.Shared {
			t.Errorf("%s: account %d part %d, want %v", p.PersonID, p.Account, p.FundPart, w)
		}
		total += p.Total()
	}
	if st := Tally(entries); total != st.Pot() {
		t.Errorf("the payouts add to %d, the pot holds %d", total, st.Pot())
	}
	// Shared out: the parts into the accounts, what each gets owed back.
	for _, p := range got {
		if p.FundPart != 0 {
			add(Entry{Kind: EntryFundShare, PersonID: p.PersonID, Amount: p.FundPart})
		}
		if p.Total() > 0 {
			add(Entry{Kind: EntryRefundOwed, PersonID: p.PersonID, Amount: p.Total(), Refers: WindUpRefers})
		}
	}
	var owedA Entry
	for _, e := range entries {
		if e.Kind == EntryRefundOwed && e.PersonID == "a" {
			owedA = e
		}
	}
	add(Entry{Kind: EntryRefund, PersonID: "a", Amount: owedA.Amount, Refers: owedA.ID})
	g.Close(time.Time{})
	after := Payouts(g, entries)
	for _, p := range after {
		w := want[p.PersonID]
		if p.Account != w[0] || p.FundPart != w[1] || !p.Shared || p.PaidBack != (p.PersonID == "a") {
			t.Errorf("after sharing out, %s: %+v, want %v, paid back only a", p.PersonID, p, w)
		}
	}
	if st := Tally(entries); st.Fund() != 0 || st.Pot() != st.RefundOwed {
		t.Errorf("after sharing out: fund %d, pot %d, owed %d", st.Fund(), st.Pot(), st.RefundOwed)
	}
}

// TestMayWindUp: organisers only; not with a spend agreed and not paid;
// one wind-up vote at a time; a plan gives every thing a fate, naming a
// member or who it is given away to.
func TestMayWindUp(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	g := goodGroup()
	g.Members = append(g.Members, Membership{PersonID: "b"})
	g.Things = []Thing{{ID: "gym", Name: "The mini-gym"}, {ID: "tv", Name: "The TV"}}
	if err := g.MayWindUp("b", nil, now); KindOf(err) != KindForbidden {
		t.Errorf("a member who does not organise: %v", err)
	}
	agreed := Proposal{Amount: 100, Status: ProposalApproved}
	if err := g.MayWindUp("a", []Proposal{agreed}, now); KeyOf(err) != "error.windup.spend_agreed" {
		t.Errorf("with a spend agreed and not paid: %v", err)
	}
	open := Proposal{WindUp: true, Status: ProposalOpen, ClosesAt: now.Add(time.Hour)}
	if err := g.MayWindUp("a", []Proposal{open}, now); KeyOf(err) != "error.windup.one_at_a_time" {
		t.Errorf("a second wind-up: %v", err)
	}
	if err := g.MayWindUp("a", []Proposal{{Amount: 100, Status: ProposalPaid}}, now); err != nil {
		t.Errorf("with every spend paid: %v", err)
	}
	bad := []ThingPlan{{ThingID: "gym", Fate: FateToMember, To: "zed"}, {ThingID: "tv", Fate: FateGivenAway}}
	if fields := FieldErrors(g.ValidatePlan(bad)); len(fields) != 2 {
		t.Errorf("given to someone outside, and away to no one: %+v", fields)
	}
	if fields := FieldErrors(g.ValidatePlan(bad[:1])); len(fields) != 2 {
		t.Errorf("a thing with no fate: %+v", fields)
	}
	good := []ThingPlan{{ThingID: "gym", Fate: FateToMember, To: "b"}, {ThingID: "tv", Fate: FateGivenAway, To: "Knowsley Foodbank"}}
	if err := g.ValidatePlan(good); err != nil {
		t.Fatal(err)
	}
	g.StartWindUp(good, now)
	if g.ReadyToShareOut() || !g.WindingUp {
		t.Error("ready to share out before the things are done")
	}
	_ = g.ThingDone("gym")
	_ = g.ThingDone("tv")
	if !g.ReadyToShareOut() || g.Things[0].FateTo != "b" {
		t.Errorf("after both things: ready %v, %+v", g.ReadyToShareOut(), g.Things)
	}
}

// TestMoneyOfThingInAnyOrder: shares listed before their spend (they are
// recorded at its time) still count, and a reversed spend counts nothing.
func TestMoneyOfThingInAnyOrder(t *testing.T) {
	entries := []Entry{
		{ID: "g/s1", Kind: EntryShare, PersonID: "a", Amount: 110, Refers: "g/sp"},
		{ID: "g/s2", Kind: EntryShare, PersonID: "b", Amount: 109, Refers: "g/sp"},
		{ID: "g/sp", Kind: EntrySpend, Amount: 220, Refers: "gym"},
	}
	m := MoneyOfThing(entries, "gym")
	if m.Cost != 220 || m.Shares["a"] != 110 || m.Shares["b"] != 109 || m.Odd != 1 {
		t.Errorf("%+v", m)
	}
	entries = append(entries, Entry{ID: "g/r", Kind: EntryReversal, Amount: 220, Refers: "g/sp"})
	if m := MoneyOfThing(entries, "gym"); m.Cost != 0 || len(m.Shares) != 0 {
		t.Errorf("after the spend was reversed: %+v", m)
	}
}

// TestEndOfDay: a day ends at midnight in London, in summer time as in
// winter, so "pay by Monday 21 June" lapses after that Monday there.
func TestEndOfDay(t *testing.T) {
	for _, c := range []struct{ day, last string }{
		{"2027-06-21", "2027-06-21T23:59:59.999+01:00"},
		{"2026-12-21", "2026-12-21T23:59:59.999Z"},
	} {
		day, _ := time.Parse("2006-01-02", c.day)
		got := EndOfDay(day)
		want, _ := time.Parse(time.RFC3339Nano, c.last)
		if !got.Equal(want) || Day(got) != day || Day(got.Add(time.Millisecond)) == day {
			t.Errorf("EndOfDay(%s) = %s, want %s", c.day, got, want)
		}
	}
}
