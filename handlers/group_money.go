package handlers

import (
	"crypto/rand"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// paymentMethods are the ways members say they paid.
func paymentMethods() []string { return []string{"bank_transfer", "cash", "card", "other"} }

// paymentForm is the "I paid" form as typed. Key is the idempotency key,
// made when the form is shown, so sending the form twice records once.
type paymentForm struct {
	Key, Amount, Method, Note string
	// Person is whose payment it is, when the treasurer records one for
	// someone else.
	Person string
}

func newPaymentForm() paymentForm {
	return paymentForm{Key: rand.Text(), Method: paymentMethods()[0]}
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
	m := &groupMoney{Statement: st, Payment: form, Methods: paymentMethods(), Members: g.Members}
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

// pledge records what a member promises under the pot's rules, once for
// each time they join: the contributions, the joining fee, and the late
// fee when the group has already bought something.
func (s *Server) pledge(c *gin.Context, g community.Group, personID string) error {
	m, in := g.Member(personID)
	if !in {
		return nil
	}
	amount := g.Rules.Total() + g.Rules.JoiningFee
	if g.Rules.LateFee > 0 {
		entries, err := s.Store.Entries(c.Request.Context(), g.ID)
		if err != nil {
			return err
		}
		if community.Tally(entries).Spent > 0 {
			amount += g.Rules.LateFee
		}
	}
	if amount <= 0 {
		return nil
	}
	_, _, err := s.Store.Record(c.Request.Context(), community.Entry{
		GroupID: g.ID, Key: pledgeKey(m), Kind: community.EntryPledge, PersonID: personID,
		RecordedBy: personID, Amount: amount,
	})
	return err
}

// pledgeKey names a membership's pledge; someone who leaves and joins
// again pledges afresh.
func pledgeKey(m community.Membership) string {
	return "pledge-" + m.PersonID + "-" + strconv.FormatInt(m.JoinedAt.UnixMilli(), 10)
}

// groupPay records "I paid": a member's payment, waiting for the treasurer.
func (s *Server) groupPay(c *gin.Context) {
	me := current(c).me
	g, ok := s.memberGroup(c)
	if !ok {
		return
	}
	form := paymentForm{Key: c.PostForm("key"), Amount: c.PostForm("amount"), Method: c.PostForm("method"),
		Note: tidy(c.PostForm("note")), Person: c.PostForm("person")}
	// Only the treasurer records a payment for someone else (money handed
	// to them in cash, say); anyone else records their own.
	payer := me.ID
	if form.Person != "" && form.Person != me.ID {
		if !g.IsTreasurer(me.ID) {
			s.fail(c, community.Forbidden("error.payment.for_someone_else"))
			return
		}
		if _, in := g.Member(form.Person); !in {
			s.fail(c, community.NotFound("error.payment.not_a_member"))
			return
		}
		payer = form.Person
	}
	var problems []community.FieldError
	amount, key := community.ParsePence(form.Amount)
	if key != "" {
		problems = append(problems, community.FieldError{Field: "amount", Key: key})
	}
	if !slices.Contains(paymentMethods(), form.Method) {
		problems = append(problems, community.FieldError{Field: "method", Key: "error.payment.method"})
	}
	if utf8.RuneCountInString(form.Note) > community.MaxNote {
		problems = append(problems, community.FieldError{Field: "note", Key: "error.payment.note"})
	}
	if strings.TrimSpace(form.Key) == "" || len(form.Key) > 64 {
		problems = append(problems, community.FieldError{Field: "amount", Key: "error.payment.key"})
		form.Key = rand.Text()
	}
	if len(problems) > 0 {
		s.showGroup(c, g, http.StatusBadRequest, groupForms{Payment: form}, summaryWith(problems, nil)...)
		return
	}
	_, _, err := s.Store.Record(c.Request.Context(), community.Entry{
		GroupID: g.ID, Key: form.Key, Kind: community.EntryPayment, PersonID: payer, RecordedBy: me.ID,
		Amount: amount, Method: form.Method, Note: form.Note,
	})
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=paid#money")
}

// groupConfirm is the treasurer confirming a payment arrived. Confirming
// twice, or two at once, records one confirmation.
func (s *Server) groupConfirm(c *gin.Context) {
	me := current(c).me
	g, ok := s.treasurerGroup(c)
	if !ok {
		return
	}
	payment, ok := s.postedEntry(c, g, community.EntryPayment)
	if !ok {
		return
	}
	if _, _, err := s.Store.Record(c.Request.Context(), community.Entry{
		GroupID: g.ID, Key: "confirm-" + keyOf(g, payment), Kind: community.EntryConfirm,
		PersonID: payment.PersonID, RecordedBy: me.ID, Amount: payment.Amount, Refers: payment.ID,
	}); err != nil {
		s.fail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/groups/"+g.ID+"?done=confirmed#money")
}

// treasurerGroup loads the group in the path for its treasurer; anyone
// else gets "not allowed" and false.
func (s *Server) treasurerGroup(c *gin.Context) (community.Group, bool) {
	g, ok := s.memberGroup(c)
	if ok && !g.IsTreasurer(current(c).me.ID) {
		s.fail(c, community.Forbidden("error.group.treasurer_only"))
		return g, false
	}
	return g, ok
}

// memberGroup loads the group in the path for one of its members; anyone
// else gets "not allowed" and false.
func (s *Server) memberGroup(c *gin.Context) (community.Group, bool) {
	g, err := s.Store.Group(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return community.Group{}, false
	}
	if _, in := g.Member(current(c).me.ID); !in {
		s.fail(c, community.Forbidden("error.group.members_only"))
		return community.Group{}, false
	}
	return g, true
}
