package handlers

import (
	"github.com/clubtogether/clubtogether/community"
)

// paymentForm is the "I paid" form as typed.
type paymentForm struct {
	Amount, Method, Note string
	// Person is whose payment it is, when the treasurer records one for
	// someone else.
	Person string
}

func newPaymentForm() paymentForm {
	return paymentForm{Method: community.PaymentMethods()[0]}
}

// groupMoney is what members see of the pot.
type groupMoney struct {
	Statement community.Statement
	Rows      []moneyRow
	Waiting   []waitingPayment
	Payment   paymentForm
	Methods   []string
	Members   []community.Membership
	// Recent are the newest entries, which the treasurer can reverse.
	Recent []recentEntry
}

// recentEntry is an entry the treasurer may correct with a reversal.
type recentEntry struct {
	community.Entry
	Name     string
	Reversed bool
}

// mostRecent bounds the entries offered for correction.
const mostRecent = 20

type moneyRow struct {
	Name  string
	Money community.PersonMoney
}

type waitingPayment struct {
	ID, Name, Method, Note string
	Amount                 community.Pence
}

// moneyOf works out the pot for the group page.
func moneyOf(g community.Group, entries []community.Entry, form paymentForm, former string) *groupMoney {
	st := community.Tally(entries)
	m := &groupMoney{Statement: st, Payment: form, Methods: community.PaymentMethods(), Members: g.Members}
	for _, member := range g.Members {
		m.Rows = append(m.Rows, moneyRow{Name: member.Name, Money: st.People[member.PersonID]})
	}
	name := memberNames(g, former)
	for _, e := range st.Unconfirmed {
		m.Waiting = append(m.Waiting, waitingPayment{ID: e.ID, Name: name(e.PersonID), Method: e.Method, Note: e.Note, Amount: e.Amount})
	}
	status := community.Statuses(entries)
	for i := len(entries) - 1; i >= 0 && len(m.Recent) < mostRecent; i-- {
		e := entries[i]
		if e.Kind == community.EntryPayment || e.Kind == community.EntrySpend || e.Kind == community.EntryRefund || e.Kind == community.EntryFee {
			m.Recent = append(m.Recent, recentEntry{Entry: e, Name: name(e.PersonID), Reversed: status[e.ID] == community.StatusReversed})
		}
	}
	return m
}
