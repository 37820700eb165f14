package community

import (
	"testing"
	"time"
)

func TestLeaving(t *testing.T) {
	g := goodGroup()
	g.Members = append(g.Members, Membership{PersonID: "b"}, Membership{PersonID: "c"})
	if err := g.Leave("a", "k-a", time.Time{}); KindOf(err) != KindForbidden {
		t.Errorf("the only organiser and treasurer leaving first: %v", err)
	}
	if err := g.HandOver("a", "b", "treasurer"); KindOf(err) != KindConflict || g.Treasurer != "a" {
		t.Fatalf("the treasurer's role moves only when both confirm: %v", err)
	}
	if err := g.OfferTreasurer("a", "b", 0, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := g.TakeTreasurer("b", 0, time.Time{}); err != nil || g.Treasurer != "b" {
		t.Fatalf("hand over the treasurer: %v", err)
	}
	if err := g.HandOver("a", "zed", "organiser"); KindOf(err) != KindInvalid {
		t.Errorf("handing to someone not in the group: %v", err)
	}
	if err := g.HandOver("a", "c", "organiser"); err != nil || !g.IsOrganiser("c") || g.IsOrganiser("a") {
		t.Fatalf("hand over organising: %v %v", err, g.Organisers)
	}
	if err := g.Leave("a", "k-a", time.Time{}); err != nil || len(g.Members) != 2 {
		t.Fatalf("leaving after handing over: %v", err)
	}
	if err := g.Leave("a", "k-a", time.Time{}); KindOf(err) != KindConflict {
		t.Errorf("leaving twice: %v", err)
	}
	_ = g.OfferTreasurer("b", "c", 0, time.Time{})
	_ = g.TakeTreasurer("c", 0, time.Time{})
	if err := g.Leave("b", "k-b", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := g.Leave("c", "k-c", time.Time{}); err != nil || !g.Closed {
		t.Errorf("the last member leaving closes the group: %v, closed %v", err, g.Closed)
	}
}

// TestLeavingShowsTheWorking: "You put in £50. Your share of the gym was
// £44. £6 is yours", under each rule, with money held back for an agreed
// spend, and with a debt that stays.
func TestLeavingShowsTheWorking(t *testing.T) {
	m := PersonMoney{Paid: 5000, Shares: 4400}
	cases := []struct {
		name string
		rule LeaverRule
		m    PersonMoney
		held Pence
		want Leaving
	}{
		{"unspent", RefundUnspent, m, 0, Leaving{Rule: RefundUnspent, PaidIn: 5000, Shares: 4400, Balance: 600, Refund: 600}},
		{"stays in the pot", StaysInPot, m, 0, Leaving{Rule: StaysInPot, PaidIn: 5000, Shares: 4400, Balance: 600, Moved: 600}},
		{"held back", RefundUnspent, m, 250, Leaving{Rule: RefundUnspent, PaidIn: 5000, Shares: 4400, Balance: 600, Held: 250, Refund: 350}},
		{"held back beyond the balance", RefundUnspent, m, 900, Leaving{Rule: RefundUnspent, PaidIn: 5000, Shares: 4400, Balance: 600, Held: 600}},
		{"owes", RefundUnspent, PersonMoney{Paid: 1000, Fees: 200, Shares: 1500}, 0,
			Leaving{Rule: RefundUnspent, PaidIn: 1000, Fees: 200, Shares: 1500, Balance: -700, Owes: 700}},
	}
	for _, c := range cases {
		if got := LeavingOf(c.rule, c.m, c.held); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestSharesAreWholePenceAndTheOddPenceAreTheFunds(t *testing.T) {
	got := Shares(1000, []string{"a", "b", "c"}, false, nil)
	if got["a"] != 333 || got["b"] != 333 || got["c"] != 333 {
		t.Errorf("equal shares of £10 among three: %v", got)
	}
	got = Shares(1000, []string{"a", "b"}, true, map[string]Pence{"a": 3000, "b": 1000})
	if got["a"] != 750 || got["b"] != 250 {
		t.Errorf("shares in proportion to £30 and £10 paid in: %v", got)
	}
}
