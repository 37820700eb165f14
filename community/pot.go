package community

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxKeptAt bounds what the rules say of where the money is kept.
const MaxKeptAt = 200

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
	// KeptAt says where the money is kept, in the group's words ("Knowsley
	// Credit Union, account in the group's name, held by the treasurer");
	// empty when they have not said.
	KeptAt string
	// FirstDue is the day the first contribution is due, as Day keeps
	// days; zero when no day is set.
	FirstDue time.Time
	// Split is how a spend is shared among the members: equally, or in
	// proportion to what each paid in. Empty reads as equal.
	Split SplitRule
}

// SplitRule is how the shares of a spend are worked out.
type SplitRule string

// The split rules offered.
const (
	SplitEqual  SplitRule = "equal"
	SplitPaidIn SplitRule = "paid_in"
)

// SplitRules lists the split rules in the order people see them.
func SplitRules() []string { return []string{string(SplitEqual), string(SplitPaidIn)} }

// Proportional reports whether spends are shared in proportion to what
// each member paid in.
func (r PotRules) Proportional() bool { return r.Split == SplitPaidIn }

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
	// BuyOut: the group buys out the leaver's share of what it owns, at a
	// value the members agree by vote; until then, and if they do not
	// agree within BuyOutWithin, the leaver gets back their unspent money
	// as under RefundUnspent. Leaving is never held up by the vote.
	BuyOut LeaverRule = "buy_out"
	// ShareStays is an old rule ("your share of what was bought stays with
	// the group") that every account now does by itself: it reads as
	// RefundUnspent and is offered no more.
	ShareStays LeaverRule = "share_stays"
)

// LeaverRules lists the leaver rules in the order people see them.
func LeaverRules() []string {
	return []string{string(RefundUnspent), string(StaysInPot), string(BuyOut)}
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

// ValidateFor checks the rules for a group of at most maxSize members: a
// set number of yes votes must be one such a group can reach, and a first
// payment may be due today or later, not before. A maxSize that is itself
// out of bounds (said wrong on the same form) is checked against the
// largest group instead, so that only the size is reported.
func (r PotRules) ValidateFor(maxSize int, today time.Time) error {
	var f fieldErrors
	r.check(&f, maxSize, today)
	return f.err()
}

// check adds what is wrong with the rules to f. A zero earliest checks no
// date: a first payment day already agreed may have passed.
func (r PotRules) check(f *fieldErrors, maxSize int, earliest time.Time) {
	if maxSize < 2 || maxSize > MaxGroupSize {
		maxSize = MaxGroupSize
	}
	if r.Contribution < 0 || r.Contribution > MaxPence {
		f.add("contribution", "error.pot.contribution")
	}
	switch {
	case r.Every != EveryWeek && r.Every != EveryMonth && r.Every != Once:
		f.add("every", "error.pot.every")
	case r.Times < 1 || r.Times > MaxTimes || r.Every == Once && r.Times != 1:
		f.add("times", "error.pot.times")
	}
	if !r.FirstDue.IsZero() && !earliest.IsZero() && r.FirstDue.Before(earliest) {
		f.add("first_due", "error.pot.first_due.past")
	}
	if r.JoiningFee < 0 || r.JoiningFee > MaxPence {
		f.add("joining_fee", "error.pot.fee")
	}
	if r.LateFee < 0 || r.LateFee > MaxPence {
		f.add("late_fee", "error.pot.fee")
	}
	switch {
	case utf8.RuneCountInString(strings.TrimSpace(r.KeptAt)) > MaxKeptAt:
		f.add("kept_at", "error.pot.kept_at.too_long")
	default:
		f.hidden("kept_at", r.KeptAt, true)
	}
	if r.Split != "" && r.Split != SplitEqual && r.Split != SplitPaidIn {
		f.add("split", "error.pot.split")
	}
	if r.Leaver != RefundUnspent && r.Leaver != StaysInPot && r.Leaver != BuyOut {
		f.add("leaver", "error.pot.leaver")
	}
	switch r.Votes {
	case VotesMajority, VotesEveryone:
	case VotesNumber:
		switch {
		case r.VotesNeeded < 1:
			f.add("votes_needed", "error.pot.votes_needed")
		case r.VotesNeeded > maxSize:
			*f = append(*f, FieldError{Field: "votes_needed", Key: "error.pot.votes_needed.too_many",
				Args: []string{strconv.Itoa(maxSize)}})
		}
	default:
		f.add("votes", "error.pot.votes")
	}
}

// ValidateRules checks rules proposed for the group: ValidateFor its size,
// except that the day of the first payment, if it is the one already
// agreed, may have passed (a change to other rules leaves it as it was).
func (g Group) ValidateRules(r PotRules, today time.Time) error {
	if r.FirstDue.Equal(g.Rules.FirstDue) {
		today = time.Time{}
	}
	var f fieldErrors
	r.check(&f, g.MaxSize, today)
	return f.err()
}
