package community

import (
	"testing"
	"time"
)

func TestProposalVoting(t *testing.T) {
	rules := PotRules{Votes: VotesMajority}
	p := Proposal{Amount: 300, Status: ProposalOpen, Voters: 4, Needed: rules.YesNeeded(4)}
	if p.Needed != 3 {
		t.Fatalf("more than half of 4 is 3, got %d", p.Needed)
	}
	steps := []struct {
		who  string
		yes  bool
		want ProposalStatus
	}{
		{"a", true, ProposalOpen}, {"b", false, ProposalOpen}, {"b", true, ProposalOpen}, {"c", true, ProposalApproved},
	}
	for _, s := range steps {
		if err := p.Cast(Vote{PersonID: s.who, Yes: s.yes}); err != nil {
			t.Fatal(err)
		}
		if p.Status != s.want {
			t.Errorf("after %s votes %v: %s, want %s", s.who, s.yes, p.Status, s.want)
		}
	}
	if yes, no := p.Tally(); yes != 3 || no != 0 || len(p.Votes) != 3 {
		t.Errorf("changing a vote must replace it: %d yes, %d no, %d votes", yes, no, len(p.Votes))
	}
	if err := p.Cast(Vote{PersonID: "d", Yes: false}); KindOf(err) != KindConflict {
		t.Errorf("voting on a closed proposal: %v", err)
	}

	everyone := Proposal{Status: ProposalOpen, Voters: 3, Needed: PotRules{Votes: VotesEveryone}.YesNeeded(3)}
	_ = everyone.Cast(Vote{PersonID: "a", Yes: false})
	if everyone.Status != ProposalRejected {
		t.Errorf("one no when everyone must agree: %s", everyone.Status)
	}
	if n := (PotRules{Votes: VotesNumber, VotesNeeded: 9}).YesNeeded(4); n != 4 {
		t.Errorf("a set number above the voters is capped at the voters: %d", n)
	}
}

func TestRecountAfterSomeoneLeaves(t *testing.T) {
	// Everyone must agree; one of two said yes, and the other leaves.
	p := Proposal{Status: ProposalOpen, Voters: 2, Needed: 2, Votes: []Vote{{PersonID: "a", Yes: true}}}
	p.Recount("b", PotRules{Votes: VotesEveryone}, 1, time.Time{})
	if p.Status != ProposalApproved || p.Needed != 1 {
		t.Errorf("after the one who had not voted left: %s, needs %d", p.Status, p.Needed)
	}
	// More than half of three; the one yes voter leaves.
	q := Proposal{Status: ProposalOpen, Voters: 3, Needed: 2, Votes: []Vote{{PersonID: "a", Yes: true}}}
	q.Recount("a", PotRules{Votes: VotesMajority}, 2, time.Time{})
	if q.Status != ProposalOpen || len(q.Votes) != 0 || q.Needed != 2 {
		t.Errorf("after a yes voter left: %+v", q)
	}
}

func TestProposalValidate(t *testing.T) {
	good := Proposal{Amount: 300, To: "Iffley pool", For: "Ten lessons"}
	if err := good.Validate(500); err != nil {
		t.Fatal(err)
	}
	tooMuch := good
	tooMuch.Amount = 600
	if f := FieldErrors(tooMuch.Validate(500)); len(f) != 1 || f[0].Key != "error.proposal.more_than_left" {
		t.Errorf("spending more than is left: %v", f)
	}
}

// TestDatesAreWorkedOutWhenRead: a vote past its closing date without
// enough yes votes is not agreed; an agreed spend past its pay-by date is
// lapsed; nothing has to run on the day.
func TestDatesAreWorkedOutWhenRead(t *testing.T) {
	day := time.Date(2027, 2, 1, 12, 0, 0, 0, time.UTC)
	open := Proposal{Status: ProposalOpen, ClosesAt: day}
	if open.AsOf(day.Add(-time.Hour)) != ProposalOpen || open.AsOf(day) != ProposalRejected {
		t.Error("a vote is open before its closing date and closed, not agreed, from it")
	}
	agreed := Proposal{Status: ProposalApproved, Amount: 500, PayBy: day}
	if agreed.AsOf(day) != ProposalApproved || agreed.AsOf(day.Add(time.Minute)) != ProposalLapsed {
		t.Error("an agreed spend is payable up to its pay-by date and lapsed after")
	}
	if Promised([]Proposal{agreed, open}, day) != 500 || Promised([]Proposal{agreed}, day.AddDate(0, 0, 1)) != 0 {
		t.Error("what is promised is the agreed spends not paid and not lapsed")
	}
}

// TestTheDayThePledgesReachASpend: ten members pledged £5 a week for ten
// weeks; with £100 in the pot, a £500 course is reached in eight weeks.
func TestTheDayThePledgesReachASpend(t *testing.T) {
	g := Group{Rules: PotRules{Contribution: 500, Every: EveryWeek, Times: 10}}
	st := Statement{Paid: 10000, People: map[string]PersonMoney{}}
	for i := range 10 {
		id := string(rune('a' + i))
		g.Members = append(g.Members, Membership{PersonID: id})
		st.People[id] = PersonMoney{Pledged: 5000, Paid: 1000}
	}
	today := time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	c := CommitmentsOf(g, st, nil, today)
	if c.Free != 10000 || c.Pledged != 40000 || c.Each != 5000 || c.MostToAgree() != 50000 {
		t.Fatalf("commitments %+v", c)
	}
	if got := c.ReachDay(50000, today); !got.Equal(today.AddDate(0, 0, 56)) {
		t.Errorf("£500 is reached on %s, want eight weeks on", got.Format("2 January"))
	}
	if got := c.ReachDay(9000, today); !got.Equal(today) {
		t.Errorf("a spend the pot covers is reached on %s, want today", got.Format("2 January"))
	}
	if got := c.ReachDay(60000, today); !got.IsZero() {
		t.Errorf("a spend beyond every pledge is reached on %s, want never", got)
	}
}

// TestTheNextPaymentCountsPaymentsWaiting: £5 a week from the day they
// joined; with three weeks confirmed and week 4 waiting for the treasurer,
// week 5 is next.
func TestTheNextPaymentCountsPaymentsWaiting(t *testing.T) {
	joined := time.Date(2026, 9, 5, 18, 0, 0, 0, time.UTC)
	r := PotRules{Contribution: 500, Every: EveryWeek, Times: 10}
	amount, due, n, ok := NextPayment(r, Membership{JoinedAt: joined}, PersonMoney{Pledged: 5000, Paid: 1500, Pending: 500}, joined)
	if !ok || amount != 500 || n != 5 || !due.Equal(time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("next: %s for payment %d due %s, %v", amount.Pounds(), n, due.Format("2 January"), ok)
	}
	if _, _, _, ok := NextPayment(r, Membership{JoinedAt: joined}, PersonMoney{Pledged: 5000, Paid: 4500, Pending: 500}, joined); ok {
		t.Error("a pledge paid in full, the last payment waiting, still asks for more")
	}
}
