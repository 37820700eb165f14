package community

// PotRules are the rules of a group's pot, set at the start and shown to
// everyone before they join.
type PotRules struct {
	// Contribution is paid Every period, Times times: £5 a week for 10 weeks.
	Contribution Pence
	Every        Period
	Times        int
	// JoiningFee is paid once on joining; LateFee by people who join after
	// something was bought, towards what the others paid for it.
	JoiningFee Pence
	LateFee    Pence
	Leaver     LeaverRule
	Votes      VoteRule
	// VotesNeeded is the number of yes votes when Votes is VotesNumber.
	VotesNeeded int
}

// Period is how often the contribution is due.
type Period string

// The periods offered.
const (
	EveryWeek  Period = "week"
	EveryMonth Period = "month"
	Once       Period = "once"
)

// Periods lists the periods in the order people see them.
func Periods() []string { return []string{string(EveryWeek), string(EveryMonth), string(Once)} }

// LeaverRule is what happens to a leaver's money.
type LeaverRule string

// The leaver rules offered.
const (
	RefundUnspent LeaverRule = "refund_unspent"
	StaysInPot    LeaverRule = "stays_in_pot"
	// ShareStays is an old rule ("your share of what was bought stays with
	// the group") that every account now does by itself: it reads as
	// RefundUnspent and is offered no more.
	ShareStays LeaverRule = "share_stays"
)

// LeaverRules lists the leaver rules in the order people see them.
func LeaverRules() []string {
	return []string{string(RefundUnspent), string(StaysInPot)}
}

// VoteRule is how many yes votes a spend needs.
type VoteRule string

// The vote rules offered.
const (
	VotesMajority VoteRule = "majority"
	VotesEveryone VoteRule = "everyone"
	VotesNumber   VoteRule = "number"
)

// VoteRules lists the vote rules in the order people see them.
func VoteRules() []string {
	return []string{string(VotesMajority), string(VotesEveryone), string(VotesNumber)}
}

// Total is what one member pays in contributions over the whole plan.
func (r PotRules) Total() Pence { return r.Contribution * Pence(r.Times) }

// Validate checks the rules on their own, as when a change is proposed.
func (r PotRules) Validate() error {
	var f fieldErrors
	r.check(&f)
	return f.err()
}

func (r PotRules) check(f *fieldErrors) {
	if r.Contribution < 0 || r.Contribution > MaxPence {
		f.add("contribution", "error.pot.contribution")
	}
	switch {
	case r.Every != EveryWeek && r.Every != EveryMonth && r.Every != Once:
		f.add("every", "error.pot.every")
	case r.Times < 1 || r.Times > MaxTimes || r.Every == Once && r.Times != 1:
		f.add("times", "error.pot.times")
	}
	if r.JoiningFee < 0 || r.JoiningFee > MaxPence {
		f.add("joining_fee", "error.pot.fee")
	}
	if r.LateFee < 0 || r.LateFee > MaxPence {
		f.add("late_fee", "error.pot.fee")
	}
	if r.Leaver != RefundUnspent && r.Leaver != StaysInPot {
		f.add("leaver", "error.pot.leaver")
	}
	switch r.Votes {
	case VotesMajority, VotesEveryone:
	case VotesNumber:
		if r.VotesNeeded < 1 || r.VotesNeeded > MaxGroupSize {
			f.add("votes_needed", "error.pot.votes_needed")
		}
	default:
		f.add("votes", "error.pot.votes")
	}
}
