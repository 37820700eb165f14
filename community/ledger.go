package community

import (
	"maps"
	"slices"
	"sort"
	"time"
)

// EntryKind is what a ledger entry records.
type EntryKind string

// The kinds of entry. Entries are only ever added: a correction is a new
// reversal entry, never an edit, and every balance is a sum of entries.
//
// The money of a group is in three places, and together they always make
// what is in the pot: each member's account (what they paid in, less the
// fees and shares of spends charged to it, and what they were paid back),
// the common fund (fees, the odd pence of spends, money leavers left in the
// pot) and what is owed back to people who left.
const (
	// EntryPledge is what a member promises to put in over the plan.
	EntryPledge EntryKind = "pledge"
	// EntryPayment is a member saying "I paid"; it counts once the
	// treasurer confirms it.
	EntryPayment EntryKind = "payment"
	// EntryConfirm is the treasurer confirming the payment in Refers.
	EntryConfirm EntryKind = "confirm"
	// EntrySpend is money paid out of the pot for the proposal in Refers.
	EntrySpend EntryKind = "spend"
	// EntryShare is a member's share of the spend in Refers, charged to
	// their account when it was paid. What the shares of a spend do not
	// cover (the odd pence) is the common fund's.
	EntryShare EntryKind = "share"
	// EntryFee is a joining or late fee charged to a member's account and
	// paid into the common fund.
	EntryFee EntryKind = "fee"
	// EntryRefundOwed is money a leaver is owed back from their account;
	// EntryRefund is it paid back (Refers the owed entry), out of the pot.
	EntryRefundOwed EntryKind = "refund_owed"
	EntryRefund     EntryKind = "refund"
	// EntryMove is a leaver's money left in the pot under the group's rule,
	// moved from their account to the common fund.
	EntryMove EntryKind = "move"
	// EntryHold marks a leaver's share of an approved spend (the proposal
	// in Refers) held back in their account until it is paid or lapses.
	EntryHold EntryKind = "hold"
	// EntryReversal cancels the entry in Refers.
	EntryReversal EntryKind = "reversal"
	// EntrySale is money into the pot from selling a thing the group owned
	// (Refers the thing), when it winds up: it goes to the common fund.
	EntrySale EntryKind = "sale"
	// EntryFundShare is a member's equal part of the common fund, moved
	// into their account when the group winds up, to be paid out.
	EntryFundShare EntryKind = "fund_share"
	// EntryBuyOut is the value the group agreed for a leaver's share of
	// what it owns (Refers the vote), moved from the common fund into the
	// leaver's account, to be owed back to them.
	EntryBuyOut EntryKind = "buy_out"
)

// Entry is one line of a group's ledger, in whole pence.
type Entry struct {
	// ID is the group and the idempotency key together, so the same key
	// can only ever record one entry in a group.
	ID string
	// Seq is the entry's number in its group's ledger, 1, 2, …; no two
	// entries of a group share one.
	Seq     int64
	GroupID string
	Key     string
	Kind    EntryKind
	// PersonID is whose money it is; RecordedBy who wrote it down.
	PersonID   string
	RecordedBy string
	Amount     Pence
	// Method is how money moved ("bank transfer"), Note what it was for.
	Method string
	Note   string
	Refers string
	At     time.Time
}

// MaxNote bounds what an entry says it was for.
const MaxNote = 200

// PersonMoney is one member's money in a group: their account.
type PersonMoney struct {
	// Pledged is what they promised; Pending what they say they paid and
	// the treasurer has yet to confirm.
	Pledged, Paid, Pending Pence
	// Fees and Shares are charged to the account: fees into the common
	// fund, shares of what the group bought.
	Fees, Shares Pence
	// RefundOwed is owed back to them; Refunded was paid back (both come
	// out of the account); Moved is what they left in the pot on leaving.
	RefundOwed, Refunded, Moved Pence
	// Held is their share of approved spends held back when they left.
	Held Pence
	// BoughtOut is what the group paid for their share of its things when
	// they left; FromFund their part of the common fund at the wind-up.
	BoughtOut, FromFund Pence
}

// Balance is what is in the member's account: what they paid in, less what
// was charged to it and what went back to them or to the common fund. It is
// below zero when they owe the group money.
func (m PersonMoney) Balance() Pence {
	return m.Paid + m.BoughtOut + m.FromFund - m.Fees - m.Shares - m.RefundOwed - m.Refunded - m.Moved
}

// Owes is what the member owes the group: their shares and fees beyond
// what they paid in.
func (m PersonMoney) Owes() Pence { return max(-m.Balance(), 0) }

// Owed is what the member pledged and has not paid yet.
func (m PersonMoney) Owed() Pence { return max(m.Pledged-m.Paid, 0) }

// Statement is a group's money, worked out from its entries.
type Statement struct {
	Pledged, Paid, Pending, Spent Pence
	// Fees, Moved, Sales, FundShared and Odd make the common fund: fees
	// paid into it, money leavers left in it, what things sold for, less
	// what was shared out of it at the wind-up and the odd pence of spends
	// and buy-outs taken from it.
	Fees, Moved, Sales, FundShared, Odd Pence
	// BoughtOut is what the common fund paid leavers for their share of
	// the group's things.
	BoughtOut Pence
	// RefundOwed is still to be paid back to leavers; Refunded was.
	RefundOwed, Refunded Pence
	People               map[string]PersonMoney
	// Unconfirmed are the payments waiting for the treasurer, oldest first.
	Unconfirmed []Entry
	// Owing are the refunds owed and not yet paid back, oldest first.
	Owing []Entry
}

// Clone is a copy of the statement that shares nothing with it.
func (s Statement) Clone() Statement {
	s.People = maps.Clone(s.People)
	s.Unconfirmed = slices.Clone(s.Unconfirmed)
	s.Owing = slices.Clone(s.Owing)
	return s
}

// Pot is what the group holds now: payments in, less spends and refunds
// paid out.
func (s Statement) Pot() Pence { return s.Paid + s.Sales - s.Spent - s.Refunded }

// Short is how far the pot is below zero: a payment it counted was
// reversed after money was spent from it.
func (s Statement) Short() Pence { return max(-s.Pot(), 0) }

// Fund is the common fund: the group's money that is nobody's account.
func (s Statement) Fund() Pence { return s.Fees + s.Moved + s.Sales - s.FundShared - s.Odd }

// Spendable is what may be spent now: the pot less what is owed back.
func (s Statement) Spendable() Pence { return s.Pot() - s.RefundOwed }

// Accounts is the sum of the members' (and former members') accounts.
func (s Statement) Accounts() Pence {
	var sum Pence
	for _, m := range s.People {
		sum += m.Balance()
	}
	return sum
}

// EntryStatus is where an entry stands.
type EntryStatus string

// The statuses an entry can have.
const (
	StatusRecorded  EntryStatus = "recorded"
	StatusWaiting   EntryStatus = "waiting"
	StatusConfirmed EntryStatus = "confirmed"
	StatusReversed  EntryStatus = "reversed"
)

// Statuses says of each entry where it stands: a payment waits until it
// is confirmed; any entry a reversal refers to is reversed, whether the
// reversal came before or after a confirmation, and so are the shares of a
// reversed spend; the rest are recorded.
func Statuses(entries []Entry) map[string]EntryStatus {
	out := make(map[string]EntryStatus, len(entries))
	for _, e := range entries {
		if out[e.ID] == "" {
			out[e.ID] = StatusRecorded
			if e.Kind == EntryPayment {
				out[e.ID] = StatusWaiting
			}
		}
		switch {
		case e.Kind == EntryReversal:
			out[e.Refers] = StatusReversed
		case e.Kind == EntryConfirm && out[e.Refers] != StatusReversed:
			out[e.Refers] = StatusConfirmed
		}
	}
	for _, e := range entries {
		if (e.Kind == EntryShare || e.Kind == EntryRefund) && out[e.Refers] == StatusReversed {
			out[e.ID] = StatusReversed
		}
	}
	return out
}

// Tally works out the statement from the entries.
func Tally(entries []Entry) Statement {
	status := Statuses(entries)
	s := Statement{People: map[string]PersonMoney{}}
	owed := map[string]Entry{}
	var shares Pence
	for _, e := range entries {
		if status[e.ID] == StatusReversed {
			continue
		}
		p := s.People[e.PersonID]
		switch e.Kind {
		case EntryPledge:
			p.Pledged += e.Amount
			s.Pledged += e.Amount
		case EntryPayment:
			if status[e.ID] == StatusConfirmed {
				p.Paid += e.Amount
				s.Paid += e.Amount
			} else {
				p.Pending += e.Amount
				s.Pending += e.Amount
				s.Unconfirmed = append(s.Unconfirmed, e)
			}
		case EntryFee:
			p.Fees += e.Amount
			s.Fees += e.Amount
		case EntrySpend:
			s.Spent += e.Amount
		case EntryShare:
			p.Shares += e.Amount
			shares += e.Amount
		case EntryRefundOwed:
			p.RefundOwed += e.Amount
			s.RefundOwed += e.Amount
			owed[e.ID] = e
		case EntryRefund:
			s.Refunded += e.Amount
			if o, ok := owed[e.Refers]; ok {
				// Paid back what was owed: out of the pot, off what is owed.
				p.RefundOwed -= e.Amount
				s.RefundOwed -= e.Amount
				delete(owed, o.ID)
			}
			p.Refunded += e.Amount
		case EntryMove:
			p.Moved += e.Amount
			s.Moved += e.Amount
		case EntryHold:
			p.Held += e.Amount
		case EntrySale:
			s.Sales += e.Amount
		case EntryFundShare:
			p.FromFund += e.Amount
			s.FundShared += e.Amount
		case EntryBuyOut:
			p.BoughtOut += e.Amount
			s.BoughtOut += e.Amount
		default:
			continue
		}
		if e.PersonID != "" {
			s.People[e.PersonID] = p
		}
	}
	s.Odd = s.Spent + s.BoughtOut - shares
	for _, e := range entries {
		if _, ok := owed[e.ID]; ok {
			s.Owing = append(s.Owing, e)
		}
	}
	sort.SliceStable(s.Unconfirmed, func(i, j int) bool { return s.Unconfirmed[i].At.Before(s.Unconfirmed[j].At) })
	return s
}
