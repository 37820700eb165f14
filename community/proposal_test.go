package community

import "testing"

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
	p.Recount("b", PotRules{Votes: VotesEveryone}, 1)
	if p.Status != ProposalApproved || p.Needed != 1 {
		t.Errorf("after the one who had not voted left: %s, needs %d", p.Status, p.Needed)
	}
	// More than half of three; the one yes voter leaves.
	q := Proposal{Status: ProposalOpen, Voters: 3, Needed: 2, Votes: []Vote{{PersonID: "a", Yes: true}}}
	q.Recount("a", PotRules{Votes: VotesMajority}, 2)
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
