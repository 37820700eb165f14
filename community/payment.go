package community

import (
	"slices"
	"unicode/utf8"
)

// PaymentMethods are the ways members say they paid.
func PaymentMethods() []string { return []string{"bank_transfer", "cash", "card", "other"} }

// Payment is money a member says they paid into the pot.
type Payment struct {
	Amount Pence
	Method string
	Note   string
}

// Validate checks the payment; the amount is read by ParsePence first.
func (p Payment) Validate() error {
	var f fieldErrors
	if p.Amount <= 0 || p.Amount > MaxPence {
		f.add("amount", "error.money.too_large")
	}
	if !slices.Contains(PaymentMethods(), p.Method) {
		f.add("method", "error.payment.method")
	}
	if utf8.RuneCountInString(p.Note) > MaxNote {
		f.add("note", "error.payment.note")
	} else {
		f.hidden("note", p.Note, true)
	}
	return f.err()
}
