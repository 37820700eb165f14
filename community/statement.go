package community

// Line is one entry as a statement shows it: its number in the group's
// ledger, what it did to the money (in positive, out negative, 0 for what
// moves none), and the balance after it.
type Line struct {
	Entry   Entry
	Number  int
	Signed  Pence
	Balance Pence
	Status  EntryStatus
}

// PotLines are the group's ledger as it moves the pot: payments in from
// their confirmation and what things sold for, spends and refunds out, and each correction the
// negative of what it cancels; pledges and waiting payments at 0. The last
// balance is what is in the pot. Confirmations are left out: they show as
// their payment's amount.
func PotLines(entries []Entry) []Line {
	status := Statuses(entries)
	confirmed, kinds, amounts := confirmedEver(entries)
	var out []Line
	var balance Pence
	for i, e := range entries {
		var signed Pence
		switch e.Kind {
		case EntryConfirm:
			continue
		case EntryPayment:
			if confirmed[e.ID] {
				signed = e.Amount
			}
		case EntrySpend, EntryRefund:
			signed = -e.Amount
		case EntrySale:
			signed = e.Amount
		case EntryReversal:
			switch kinds[e.Refers] {
			case EntryPayment:
				if confirmed[e.Refers] {
					signed = -amounts[e.Refers]
				}
			case EntrySale:
				signed = -amounts[e.Refers]
			case EntrySpend, EntryRefund:
				signed = amounts[e.Refers]
			}
		}
		balance += signed
		out = append(out, Line{Entry: e, Number: i + 1, Signed: signed, Balance: balance, Status: status[e.ID]})
	}
	return out
}

// AccountLines are one member's entries as they move their account: what
// they paid in, less fees, shares and what went back to them or stayed in
// the pot. Entries a correction cancelled count nothing and say so. The
// last balance is their account.
func AccountLines(entries []Entry, personID string) []Line {
	status := Statuses(entries)
	var out []Line
	var balance Pence
	for i, e := range entries {
		if e.PersonID != personID || e.Kind == EntryConfirm || e.Kind == EntryReversal {
			continue
		}
		var signed Pence
		if status[e.ID] != StatusReversed {
			switch e.Kind {
			case EntryPayment:
				if status[e.ID] == StatusConfirmed {
					signed = e.Amount
				}
			case EntryFee, EntryShare, EntryRefundOwed, EntryMove:
				signed = -e.Amount
			case EntryBuyOut, EntryFundShare:
				signed = e.Amount
			case EntryRefund:
				if !refersTo(entries, e.Refers, EntryRefundOwed) {
					signed = -e.Amount // paid back at once, before refunds were first owed
				}
			}
		}
		balance += signed
		out = append(out, Line{Entry: e, Number: i + 1, Signed: signed, Balance: balance, Status: status[e.ID]})
	}
	return out
}

// confirmedEver says which payments were confirmed at some point, and the
// kind and amount of every entry, for the corrections that refer to them.
func confirmedEver(entries []Entry) (map[string]bool, map[string]EntryKind, map[string]Pence) {
	confirmed := map[string]bool{}
	kinds := make(map[string]EntryKind, len(entries))
	amounts := make(map[string]Pence, len(entries))
	for _, e := range entries {
		kinds[e.ID], amounts[e.ID] = e.Kind, e.Amount
		if e.Kind == EntryConfirm {
			confirmed[e.Refers] = true
		}
	}
	return confirmed, kinds, amounts
}

func refersTo(entries []Entry, id string, kind EntryKind) bool {
	for _, e := range entries {
		if e.ID == id {
			return e.Kind == kind
		}
	}
	return false
}
