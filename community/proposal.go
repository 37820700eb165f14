package community

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// ProposalStatus is where a proposed spend has got to.
type ProposalStatus string

// The statuses, in the order a proposal moves through them.
const (
	ProposalOpen     ProposalStatus = "open"
	ProposalApproved ProposalStatus = "approved"
	ProposalRejected ProposalStatus = "rejected"
	ProposalPaid     ProposalStatus = "paid"
	// ProposalWithdrawn was taken back: by its proposer before it was
	// agreed, or by the treasurer, with a reason, after.
	ProposalWithdrawn ProposalStatus = "withdrawn"
	// ProposalLapsed was agreed but not paid by its pay-by date.
	ProposalLapsed ProposalStatus = "lapsed"
)

// How long a vote stays open, and how long an agreed spend has to be paid
// once the pledges cover it, unless the group says otherwise.
const (
	VoteOpenFor = 7 * 24 * time.Hour
	PayWithin   = 14 * 24 * time.Hour
	// BuyOutWithin is how long the members have to agree the value of a
	// leaver's share of what the group owns; after it, the leaver gets
	// their unspent money only.
	BuyOutWithin = 14 * 24 * time.Hour
)

// Limits on what a proposal says.
const (
	MaxPayee = 120
	MaxQuote = 500
)

// Proposal is a member asking the group to spend from its pot.
type Proposal struct {
	ID      string
	GroupID string
	By      string
	Amount  Pence
	// To is who would be paid; For what for; Quote a link or the words of
	// a quote.
	To, For, Quote string
	// Rules, when set, makes this a change to the pot's rules rather than
	// a spend: once approved, the group's rules become these.
	Rules  *PotRules
	Votes  []Vote
	Status ProposalStatus
	// Needed is how many yes votes approve it, fixed when it was made.
	Needed int
	Voters int
	// ClosesAt is when the vote closes: not agreed by then, it is not
	// agreed. PayBy is when an agreed spend must be paid by, or it lapses;
	// Reach is the day the pot and today's pledges reach it.
	ClosesAt, PayBy, Reach time.Time
	// ApprovedAt is when it was agreed; Reason why it was withdrawn.
	ApprovedAt time.Time
	Reason     string
	// Extends, when set, makes this a vote to give the agreed spend with
	// that id more time to be paid: until NewPayBy, once agreed.
	Extends  string
	NewPayBy time.Time
	// Keep, when set, names the thing a spend buys that the group keeps.
	Keep string
	// BuysOut, when set, makes this a vote on buying out the share of the
	// group's things of the member with that id, who left: for Amount.
	BuysOut string
	// WindUp makes this a vote to close the group; Fates say what happens
	// to each thing it owns.
	WindUp    bool
	Fates     []ThingPlan
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Vote is one member's vote; they may change it until the proposal closes.
type Vote struct {
	PersonID string
	Yes      bool
	At       time.Time
}

// Tally counts the yes and no votes.
func (p Proposal) Tally() (yes, no int) {
	for _, v := range p.Votes {
		if v.Yes {
			yes++
		} else {
			no++
		}
	}
	return yes, no
}

// VoteOf returns a member's vote and whether they have voted.
func (p Proposal) VoteOf(personID string) (Vote, bool) {
	i := slices.IndexFunc(p.Votes, func(v Vote) bool { return v.PersonID == personID })
	if i < 0 {
		return Vote{}, false
	}
	return p.Votes[i], true
}

// Cast records or changes a member's vote and decides the proposal once
// enough have said yes, or once too many have said no for it to pass.
func (p *Proposal) Cast(v Vote) error {
	if p.Status != ProposalOpen {
		return Conflict("error.proposal.closed")
	}
	if i := slices.IndexFunc(p.Votes, func(x Vote) bool { return x.PersonID == v.PersonID }); i >= 0 {
		p.Votes[i] = v
	} else {
		p.Votes = append(p.Votes, v)
	}
	p.decide()
	if p.Status == ProposalApproved {
		p.ApprovedAt = v.At
	}
	return nil
}

// IsSpend reports whether the proposal is a spend, not a rule change or
// more time for one.
func (p Proposal) IsSpend() bool {
	return p.Rules == nil && p.Extends == "" && p.BuysOut == "" && !p.WindUp
}

// AsOf is where the proposal stands at now: a vote past its closing date
// that was not agreed is not agreed; an agreed spend past its pay-by date
// that was not paid has lapsed. Nothing needs to run for that to happen:
// it is worked out whenever it is read, and recorded by the next change.
func (p Proposal) AsOf(now time.Time) ProposalStatus {
	switch {
	case p.Status == ProposalOpen && !p.ClosesAt.IsZero() && !now.Before(p.ClosesAt):
		return ProposalRejected
	case p.Status == ProposalApproved && p.IsSpend() && !p.PayBy.IsZero() && now.After(p.PayBy):
		return ProposalLapsed
	}
	return p.Status
}

// Promised is what the group has agreed to spend and not paid yet.
func Promised(proposals []Proposal, now time.Time) Pence {
	var sum Pence
	for _, p := range proposals {
		if p.IsSpend() && p.AsOf(now) == ProposalApproved {
			sum += p.Amount
		}
	}
	return sum
}

// OpenRuleChange is the rule change the group is voting on at now, if
// any: a group votes on one change to its rules at a time, so that
// everyone knows which rules they are voting to change.
func OpenRuleChange(proposals []Proposal, now time.Time) (Proposal, bool) {
	for _, p := range proposals {
		if p.Rules != nil && p.AsOf(now) == ProposalOpen {
			return p, true
		}
	}
	return Proposal{}, false
}

// decide approves the proposal once enough have said yes, and rejects it
// once too many have said no for it ever to pass.
func (p *Proposal) decide() {
	yes, no := p.Tally()
	switch {
	case yes >= p.Needed:
		p.Status = ProposalApproved
	case p.Voters-no < p.Needed:
		p.Status = ProposalRejected
	}
}

// Recount takes someone who left out of an open proposal: their vote goes
// and the yes votes needed are worked out again for the voters left, so a
// vote never waits for someone who is no longer there.
func (p *Proposal) Recount(left string, rules PotRules, voters int, at time.Time) {
	if p.Status != ProposalOpen {
		return
	}
	p.Votes = slices.DeleteFunc(p.Votes, func(v Vote) bool { return v.PersonID == left })
	p.Voters, p.Needed = voters, rules.YesNeeded(voters)
	p.decide()
	if p.Status == ProposalApproved {
		p.ApprovedAt = at
	}
}

// YesNeeded is how many yes votes a spend needs among voters.
func (r PotRules) YesNeeded(voters int) int {
	switch r.Votes {
	case VotesEveryone:
		return voters
	case VotesNumber:
		return min(r.VotesNeeded, voters)
	default:
		return voters/2 + 1
	}
}

// Voters counts the members who vote (everyone but those watching).
func (g Group) Voters() int {
	n := 0
	for _, m := range g.Members {
		if !m.Watching {
			n++
		}
	}
	return n
}

// Validate checks what the proposal says. left is what is in the pot: a
// spend larger than that is refused with its own reason.
func (p Proposal) Validate(left Pence) error {
	var f fieldErrors
	switch {
	case p.Amount <= 0 || p.Amount > MaxPence:
		f.add("amount", "error.proposal.amount")
	case p.Amount > left:
		f.add("amount", "error.proposal.more_than_left")
	}
	f.length("to", p.To, 1, MaxPayee, "error.proposal.to")
	f.length("for", p.For, 1, MaxNote, "error.proposal.for")
	if utf8.RuneCountInString(strings.TrimSpace(p.Quote)) > MaxQuote {
		f.add("quote", "error.proposal.quote")
	} else {
		f.hidden("quote", p.Quote, false)
	}
	if e := ValidateKeep(p.Keep); e != nil {
		f = append(f, *e)
	}
	return f.err()
}
