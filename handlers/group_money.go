package handlers

import (
	"cmp"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/locale"
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
	// Commitments are what the money is promised to, and what is free.
	Commitments community.Commitments
	Rows        []moneyRow
	Waiting     []waitingPayment
	// WaitingTotal is what the payments listed add up to; MoreWaiting is
	// how many more wait than are listed.
	WaitingTotal community.Pence
	MoreWaiting  int
	Payment      paymentForm
	Methods      []string
	// Payers are the members other than the treasurer, for the choice of
	// whose payment it is.
	Payers []payerOption
	// Recent are the newest entries, which the treasurer can reverse.
	Recent []recentEntry
	// PayBack are the refunds owed to people who left, for the treasurer
	// to pay, by name; FormerOwe are former members who owe the group.
	PayBack   []payBack
	FormerOwe []payBack
}

// payBack is money owed between the group and someone who left.
type payBack struct {
	ID, Name string
	Amount   community.Pence
}

// recentEntry is an entry the treasurer may correct with a reversal.
type recentEntry struct {
	community.Entry
	Name     string
	Reversed bool
}

// mostRecent bounds the entries offered for correction, and mostWaiting
// the payments listed to confirm (the oldest first), so the page stays the
// same size however long the ledger grows.
const (
	mostRecent  = 20
	mostWaiting = 20
)

// moneyRow is one member's line of the table of who paid what, its
// figures written out once here: forty members' rows of five figures each,
// each figure looked up and written by the template through reflection,
// were a third of a big group's page.
type moneyRow struct {
	Name                                  string
	Pledged, Paid, Pending, Owed, Balance string
	// Owes is what the member owes the pot, in words ("owes £5.00"), when
	// they owe; Balance is shown otherwise.
	Owes string
}

func moneyRowOf(l *locale.Localizer, name string, m community.PersonMoney) moneyRow {
	r := moneyRow{Name: name, Pledged: m.Pledged.Pounds(), Paid: m.Paid.Pounds(), Pending: m.Pending.Pounds(), Owed: m.Owed().Pounds(), Balance: m.Balance().Pounds()}
	if owes := m.Owes(); owes > 0 {
		r.Owes = l.T("money.owes", owes.Pounds())
	}
	return r
}

// payerOption is a member the treasurer may record a payment for, in the
// payment form's choice of whose it is.
type payerOption struct {
	ID, Name string
	Chosen   bool
}

type waitingPayment struct {
	ID, Name, Method, Note string
	Amount                 community.Pence
}

// moneyOf works out the pot for the group page. The treasurer sees who
// left by name, so that they can pay them back; the others see former.
// st is the entries tallied.
func moneyOf(l *locale.Localizer, g community.Group, entries []community.Entry, st community.Statement, form paymentForm, me string, treasurer bool) *groupMoney {
	former := l.T("timeline.former_member")
	m := &groupMoney{Statement: st, Payment: form, Methods: community.PaymentMethods()}
	for _, member := range g.Members {
		m.Rows = append(m.Rows, moneyRowOf(l, cmp.Or(member.Name, former), st.People[member.PersonID]))
		if treasurer && member.PersonID != me {
			m.Payers = append(m.Payers, payerOption{ID: member.PersonID, Name: member.Name, Chosen: member.PersonID == form.Person})
		}
	}
	name := memberNames(g, former)
	if treasurer {
		name = everyoneNamed(g, former)
	}
	for _, e := range st.Owing {
		m.PayBack = append(m.PayBack, payBack{ID: e.ID, Name: name(e.PersonID), Amount: e.Amount})
	}
	for _, f := range formerOnce(g) {
		if owes := st.People[f.PersonID].Owes(); owes > 0 {
			m.FormerOwe = append(m.FormerOwe, payBack{Name: name(f.PersonID), Amount: owes})
		}
	}
	m.MoreWaiting = max(len(st.Unconfirmed)-mostWaiting, 0)
	for _, e := range st.Unconfirmed[:min(len(st.Unconfirmed), mostWaiting)] {
		m.Waiting = append(m.Waiting, waitingPayment{ID: e.ID, Name: name(e.PersonID), Method: e.Method, Note: e.Note, Amount: e.Amount})
		m.WaitingTotal += e.Amount
	}
	status := community.Statuses(entries)
	for i := len(entries) - 1; i >= 0 && len(m.Recent) < mostRecent; i-- {
		e := entries[i]
		if e.Kind == community.EntryPayment || e.Kind == community.EntrySpend || e.Kind == community.EntryRefund {
			m.Recent = append(m.Recent, recentEntry{Entry: e, Name: name(e.PersonID), Reversed: status[e.ID] == community.StatusReversed})
		}
	}
	return m
}

// everyoneNamed names members and former members by their membership, for
// the treasurer; anyone else (the pot itself) gets former.
func everyoneNamed(g community.Group, former string) func(id string) string {
	names := map[string]string{}
	for _, m := range slices.Concat(g.Former, g.Users, g.Members) {
		names[m.PersonID] = m.Name
	}
	return func(id string) string {
		if n := names[id]; n != "" || id == "" {
			return n
		}
		return former // left the site, or the group when only the treasurer may know
	}
}

// formerOnce lists each former member who is not a member again, once.
func formerOnce(g community.Group) []community.Membership {
	var out []community.Membership
	for _, f := range g.Former {
		if _, back := g.Member(f.PersonID); !back && !slices.ContainsFunc(out, func(m community.Membership) bool { return m.PersonID == f.PersonID }) {
			out = append(out, f)
		}
	}
	return out
}
