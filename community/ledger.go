package community

import (
	"sort"
	"time"
)

// EntryKind is what a ledger entry records.
type EntryKind string

// The kinds of entry. Entries are only ever added: a correction is a new
// reversal entry, never an edit, and every balance is a sum of entries.
const (
	// EntryPledge is what a member promises to put in over the plan.
	EntryPledge EntryKind = "pledge"
	// EntryPayment is a member saying "I paid"; it counts once the
	// treasurer confirms it.
	EntryPayment EntryKind = "payment"
	// EntryConfirm is the treasurer confirming the payment in Refers.
	EntryConfirm EntryKind = "confirm"
	// EntrySpend is money paid out of the pot.
	EntrySpend EntryKind = "spend"
	// EntryRefund is money given back to a member.
	EntryRefund EntryKind = "refund"
	// EntryFee is a joining or late fee paid into the pot.
	EntryFee EntryKind = "fee"
	// EntryReversal cancels the entry in Refers.
	EntryReversal EntryKind = "reversal"
)

// Entry is one line of a group's ledger, in whole pence.
type Entry struct {
	// ID is the group and the idempotency key together, so the same key
	// can only ever record one entry in a group.
	ID      string
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

// PersonMoney is one member's money in a group.
type PersonMoney struct {
	Pledged, Paid, Pending, Refunded Pence
}

// Owed is what the member pledged and has not paid yet.
func (m PersonMoney) Owed() Pence { return max(m.Pledged-m.Paid, 0) }

// Statement is a group's money, worked out from its entries.
type Statement struct {
	Pledged, Paid, Pending, Fees, Spent, Refunded Pence
	People                                        map[string]PersonMoney
	// Unconfirmed are the payments waiting for the treasurer, oldest first.
	Unconfirmed []Entry
}

// Left is what is in the pot now.
func (s Statement) Left() Pence { return s.Paid + s.Fees - s.Spent - s.Refunded }

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
// reversal came before or after a confirmation; the rest are recorded.
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
	return out
}

// Tally works out the statement from the entries.
func Tally(entries []Entry) Statement {
	status := Statuses(entries)
	s := Statement{People: map[string]PersonMoney{}}
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
			s.Fees += e.Amount
		case EntrySpend:
			s.Spent += e.Amount
		case EntryRefund:
			p.Refunded += e.Amount
			s.Refunded += e.Amount
		default:
			continue
		}
		if e.PersonID != "" {
			s.People[e.PersonID] = p
		}
	}
	sort.SliceStable(s.Unconfirmed, func(i, j int) bool { return s.Unconfirmed[i].At.Before(s.Unconfirmed[j].At) })
	return s
}
