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
	if err := g.HandOver("a", "b", "treasurer"); err != nil || g.Treasurer != "b" {
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
	_ = g.HandOver("b", "c", "treasurer")
	if err := g.Leave("b", "k-b", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := g.Leave("c", "k-c", time.Time{}); err != nil || !g.Closed {
		t.Errorf("the last member leaving closes the group: %v, closed %v", err, g.Closed)
	}
}

func TestLeaverRefund(t *testing.T) {
	cases := []struct {
		rule                   LeaverRule
		paid, paidIn, left, is Pence
	}{
		{RefundUnspent, 1000, 4000, 1000, 250},
		{RefundUnspent, 1000, 3000, 1000, 333},
		{ShareStays, 1000, 4000, 0, 0},
		{StaysInPot, 1000, 4000, 4000, 0},
		{RefundUnspent, 0, 4000, 4000, 0},
	}
	for _, c := range cases {
		if got := LeaverRefund(c.rule, c.paid, c.paidIn, c.left); got != c.is {
			t.Errorf("%s, paid %d of %d with %d left: %d, want %d", c.rule, c.paid, c.paidIn, c.left, got, c.is)
		}
	}
}
