package community

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// sim plays a group's money the way the site records it, entry by entry,
// and keeps beside it a plain reference: each account, the common fund,
// what is owed to leavers and the pot, changed by hand at every step. The
// property test holds Tally to the reference after every operation.
type sim struct {
	rng       *rand.Rand
	rules     PotRules
	entries   []Entry
	members   []string // voting members now
	former    []string
	joined    map[string]time.Time
	payments  []Entry // confirmed or waiting, not reversed
	approved  []Proposal
	spends    []Entry             // paid, not reversed
	owed      []Entry             // refunds owed, not paid back
	holds     map[string][]string // proposal id → leavers whose share is held
	now       time.Time
	n         int
	ref       reference
	ops       int
	refundsOf map[string]Pence // what each leaver was finally owed
}

type reference struct {
	balance         map[string]Pence
	fund, owed, pot Pence
}

func newSim(seed uint64) *sim {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	rules := PotRules{Contribution: 500, Every: EveryWeek, Times: 10, JoiningFee: Pence(rng.IntN(3)) * 100,
		LateFee: Pence(rng.IntN(3)) * 150, Leaver: []LeaverRule{RefundUnspent, StaysInPot, BuyOut}[rng.IntN(3)]}
	return &sim{rng: rng, rules: rules, joined: map[string]time.Time{}, holds: map[string][]string{},
		now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), ref: reference{balance: map[string]Pence{}}, refundsOf: map[string]Pence{}}
}

func (s *sim) add(e Entry) Entry {
	s.n++
	s.now = s.now.Add(time.Minute)
	e.ID, e.At = fmt.Sprintf("g/%d", s.n), s.now
	s.entries = append(s.entries, e)
	return e
}

func (s *sim) join() {
	id := fmt.Sprintf("p%d", len(s.joined)+1)
	s.joined[id] = s.now
	s.members = append(s.members, id)
	s.add(Entry{Kind: EntryPledge, PersonID: id, Amount: s.rules.Total() + s.rules.JoiningFee})
	fees := s.rules.JoiningFee
	if len(s.spends) > 0 {
		fees += s.rules.LateFee
	}
	if fees > 0 {
		s.add(Entry{Kind: EntryFee, PersonID: id, Amount: fees})
		s.ref.balance[id] -= fees
		s.ref.fund += fees
	}
}

func (s *sim) pay() {
	if len(s.members) == 0 {
		return
	}
	id := s.members[s.rng.IntN(len(s.members))]
	s.payments = append(s.payments, s.add(Entry{Kind: EntryPayment, PersonID: id, Amount: Pence(1 + s.rng.IntN(3000))}))
}

func (s *sim) confirm() {
	status := Statuses(s.entries)
	for _, p := range s.payments {
		if status[p.ID] == StatusWaiting {
			s.add(Entry{Kind: EntryConfirm, PersonID: p.PersonID, Amount: p.Amount, Refers: p.ID})
			s.ref.balance[p.PersonID] += p.Amount
			s.ref.pot += p.Amount
			return
		}
	}
}

// reversePayment is the treasurer correcting a payment: one that never
// arrived, confirmed or not.
func (s *sim) reversePayment() {
	if len(s.payments) == 0 {
		return
	}
	i := s.rng.IntN(len(s.payments))
	p := s.payments[i]
	if Statuses(s.entries)[p.ID] == StatusConfirmed {
		s.ref.balance[p.PersonID] -= p.Amount
		s.ref.pot -= p.Amount
	}
	s.add(Entry{Kind: EntryReversal, PersonID: p.PersonID, Amount: p.Amount, Refers: p.ID})
	s.payments = slices.Delete(s.payments, i, i+1)
}

// approve agrees a spend of some of what may be spent, with the voters
// now fixed on it.
func (s *sim) approve() {
	free := s.ref.pot - s.ref.owed
	for _, a := range s.approved {
		free -= a.Amount
	}
	if free <= 0 || len(s.members) == 0 {
		return
	}
	s.n++
	s.approved = append(s.approved, Proposal{ID: fmt.Sprintf("prop%d", s.n), Amount: Pence(1 + s.rng.IntN(int(free))),
		Status: ProposalApproved, Voters: len(s.members)})
}

// lapse is an agreed spend withdrawn or lapsed: the shares held back for
// it go back to the leavers who held them.
func (s *sim) lapse() {
	if len(s.approved) == 0 {
		return
	}
	i := s.rng.IntN(len(s.approved))
	p := s.approved[i]
	s.approved = slices.Delete(s.approved, i, i+1)
	for _, id := range s.holds[p.ID] {
		s.settle(id)
	}
}

// paid records an agreed spend paid: shared equally among the voting
// members and the leavers who held a share back; the odd pence from the
// common fund.
func (s *sim) paid() {
	if len(s.approved) == 0 {
		return
	}
	i := s.rng.IntN(len(s.approved))
	p := s.approved[i]
	if p.Amount > s.ref.pot-s.ref.owed {
		return
	}
	s.approved = slices.Delete(s.approved, i, i+1)
	spend := s.add(Entry{Kind: EntrySpend, Amount: p.Amount, Refers: p.ID})
	s.spends = append(s.spends, spend)
	s.ref.pot -= p.Amount
	people := slices.Concat(s.members, s.holds[p.ID])
	shares := Shares(p.Amount, people, false, nil)
	var charged Pence
	for _, id := range people {
		if shares[id] > 0 {
			s.add(Entry{Kind: EntryShare, PersonID: id, Amount: shares[id], Refers: spend.ID})
			s.ref.balance[id] -= shares[id]
			charged += shares[id]
		}
	}
	s.ref.fund -= p.Amount - charged
	for _, id := range s.holds[p.ID] {
		s.settle(id)
	}
}

// reverseSpend undoes a paid spend, its shares with it.
func (s *sim) reverseSpend() {
	if len(s.spends) == 0 {
		return
	}
	i := s.rng.IntN(len(s.spends))
	spend := s.spends[i]
	s.spends = slices.Delete(s.spends, i, i+1)
	var charged Pence
	for _, e := range s.entries {
		if e.Kind == EntryShare && e.Refers == spend.ID {
			s.ref.balance[e.PersonID] += e.Amount
			charged += e.Amount
		}
	}
	s.ref.pot += spend.Amount
	s.ref.fund += spend.Amount - charged
	s.add(Entry{Kind: EntryReversal, Amount: spend.Amount, Refers: spend.ID})
}

func (s *sim) leave() {
	if len(s.members) == 0 {
		return
	}
	i := s.rng.IntN(len(s.members))
	id := s.members[i]
	var held Pence
	for _, p := range s.approved {
		if share := HeldShare(p); share > 0 {
			s.add(Entry{Kind: EntryHold, PersonID: id, Amount: share, Refers: p.ID})
			s.holds[p.ID] = append(s.holds[p.ID], id)
			held += share
		}
	}
	s.members = slices.Delete(s.members, i, i+1)
	s.former = append(s.former, id)
	s.settleWith(id, held)
}

// settle settles a leaver once a spend they held a share of is paid or
// lapses, keeping back what is held for the others still agreed.
func (s *sim) settle(id string) {
	var held Pence
	for _, p := range s.approved {
		if slices.Contains(s.holds[p.ID], id) {
			held += HeldShare(p)
		}
	}
	s.settleWith(id, held)
}

func (s *sim) settleWith(id string, held Pence) {
	l := LeavingOf(s.rules.Leaver, Tally(s.entries).People[id], held)
	switch {
	case l.Refund > 0:
		s.owed = append(s.owed, s.add(Entry{Kind: EntryRefundOwed, PersonID: id, Amount: l.Refund}))
		s.ref.balance[id] -= l.Refund
		s.ref.owed += l.Refund
		s.refundsOf[id] += l.Refund
	case l.Moved > 0:
		s.add(Entry{Kind: EntryMove, PersonID: id, Amount: l.Moved})
		s.ref.balance[id] -= l.Moved
		s.ref.fund += l.Moved
	}
}

// payBack is the treasurer paying back what is owed, when the pot has it.
func (s *sim) payBack() {
	if len(s.owed) == 0 || s.owed[0].Amount > s.ref.pot {
		return
	}
	o := s.owed[0]
	s.owed = s.owed[1:]
	s.add(Entry{Kind: EntryRefund, PersonID: o.PersonID, Amount: o.Amount, Refers: o.ID})
	s.ref.pot -= o.Amount
	s.ref.owed -= o.Amount
}

// sale is a thing the group owned sold: the money into the pot, in the
// common fund.
func (s *sim) sale() {
	amount := Pence(1 + s.rng.IntN(5000))
	s.add(Entry{Kind: EntrySale, Amount: amount, Refers: "thing"})
	s.ref.pot += amount
	s.ref.fund += amount
}

// buyOut is the group agreeing a value for a leaver's share of what it
// owns: from the common fund into the leaver's account, and owed back to
// them.
func (s *sim) buyOut() {
	if len(s.former) == 0 {
		return
	}
	id := s.former[s.rng.IntN(len(s.former))]
	value := Pence(1 + s.rng.IntN(5000))
	b := s.add(Entry{Kind: EntryBuyOut, PersonID: id, Amount: value, Refers: "vote"})
	s.ref.balance[id] += value
	s.ref.fund -= value
	s.owed = append(s.owed, s.add(Entry{Kind: EntryRefundOwed, PersonID: id, Amount: value, Refers: b.ID}))
	s.ref.balance[id] -= value
	s.ref.owed += value
	s.refundsOf[id] += value
}

// shareOut is the wind-up sharing the common fund out equally among the
// members, into their accounts.
func (s *sim) shareOut() {
	if len(s.members) == 0 {
		return
	}
	parts := EqualParts(s.ref.fund, len(s.members))
	for i, id := range s.members {
		if parts[i] != 0 {
			s.add(Entry{Kind: EntryFundShare, PersonID: id, Amount: parts[i]})
			s.ref.balance[id] += parts[i]
			s.ref.fund -= parts[i]
		}
	}
}

func (s *sim) step() {
	s.ops++
	switch r := s.rng.IntN(110); {
	case r < 12:
		s.join()
	case r < 40:
		s.pay()
	case r < 60:
		s.confirm()
	case r < 64:
		s.reversePayment()
	case r < 72:
		s.approve()
	case r < 75:
		s.lapse()
	case r < 83:
		s.paid()
	case r < 85:
		s.reverseSpend()
	case r < 93:
		s.leave()
	case r < 100:
		s.payBack()
	case r < 103:
		s.sale()
	case r < 107:
		s.buyOut()
	default:
		s.shareOut()
	}
}

// check holds Tally to the reference: every account, the fund, what is
// owed and the pot, and that accounts and fund and what is owed make the
// pot.
func (s *sim) check(t *testing.T, where string) bool {
	t.Helper()
	st := Tally(s.entries)
	ok := true
	for id, want := range s.ref.balance {
		if got := st.People[id].Balance(); got != want {
			t.Errorf("%s: %s's account is %d, reference %d", where, id, got, want)
			ok = false
		}
	}
	if st.Fund() != s.ref.fund || st.RefundOwed != s.ref.owed || st.Pot() != s.ref.pot {
		t.Errorf("%s: fund %d owed %d pot %d, reference %d %d %d", where, st.Fund(), st.RefundOwed, st.Pot(),
			s.ref.fund, s.ref.owed, s.ref.pot)
		ok = false
	}
	if st.Accounts()+st.Fund()+st.RefundOwed != st.Pot() {
		t.Errorf("%s: accounts %d + fund %d + owed %d is not the pot %d", where, st.Accounts(), st.Fund(), st.RefundOwed, st.Pot())
		ok = false
	}
	return ok
}

// TestMoneyAddsUp plays random sequences of joins, payments, confirmations,
// corrections, agreed spends paid or lapsing, spends reversed, leavers,
// buy-outs, refunds paid back, things sold and the fund shared out, and
// checks the accounts after every operation.
func TestMoneyAddsUp(t *testing.T) {
	const sequences, length = 400, 120
	ops := 0
	for seed := range uint64(sequences) {
		s := newSim(seed)
		for i := range length {
			s.step()
			if !s.check(t, fmt.Sprintf("sequence %d, operation %d", seed, i)) {
				t.FailNow()
			}
		}
		ops += s.ops
	}
	t.Logf("%d sequences, %d operations, every one checked against the reference", sequences, ops)
}

// TestRefundsDoNotDependOnWhoLeavesFirst: two members who paid the same
// under the same rule get the same back whichever of them leaves first,
// including money held back for a spend agreed and then paid or lapsed.
func TestRefundsDoNotDependOnWhoLeavesFirst(t *testing.T) {
	for seed := range uint64(300) {
		var got [2]map[string]Pence
		for order := range 2 {
			s := newSim(seed)
			for range 30 {
				s.step()
			}
			for s.join(); len(s.members) < 3; {
				s.join()
			}
			a, b := s.members[len(s.members)-1], s.members[len(s.members)-2]
			for _, id := range []string{a, b} {
				e := s.add(Entry{Kind: EntryPayment, PersonID: id, Amount: 5000})
				s.add(Entry{Kind: EntryConfirm, PersonID: id, Amount: 5000, Refers: e.ID})
				s.ref.balance[id] += 5000
				s.ref.pot += 5000
			}
			s.approve()
			first, second := a, b
			if order == 1 {
				first, second = b, a
			}
			for _, id := range []string{first, second} {
				s.members = slices.DeleteFunc(s.members, func(m string) bool { return m == id })
				s.members = append(s.members, id) // leave() takes a random member; make it this one
				s.rng = rand.New(rand.NewPCG(0, 0))
				leaveLast(s)
			}
			if seed%2 == 0 {
				for len(s.approved) > 0 {
					s.lapse()
				}
			} else {
				for len(s.approved) > 0 && s.approved[0].Amount <= s.ref.pot-s.ref.owed {
					s.paid()
				}
			}
			s.check(t, fmt.Sprintf("seed %d order %d", seed, order))
			got[order] = map[string]Pence{a: s.refundsOf[a], b: s.refundsOf[b]}
		}
		if fmt.Sprint(got[0]) != fmt.Sprint(got[1]) {
			t.Errorf("seed %d: refunds %v leaving one way, %v the other", seed, got[0], got[1])
		}
	}
}

// leaveLast makes the newest member leave.
func leaveLast(s *sim) {
	id := s.members[len(s.members)-1]
	var held Pence
	for _, p := range s.approved {
		if share := HeldShare(p); share > 0 {
			s.add(Entry{Kind: EntryHold, PersonID: id, Amount: share, Refers: p.ID})
			s.holds[p.ID] = append(s.holds[p.ID], id)
			held += share
		}
	}
	s.members = s.members[:len(s.members)-1]
	s.former = append(s.former, id)
	s.settleWith(id, held)
}

// TestStatementsAgreeWithTheAccounts: in every random sequence, the pot's
// lines end on what is in the pot, and each member's lines end on their
// account.
func TestStatementsAgreeWithTheAccounts(t *testing.T) {
	for seed := range uint64(200) {
		s := newSim(seed)
		for range 120 {
			s.step()
		}
		st := Tally(s.entries)
		if lines := PotLines(s.entries); len(lines) > 0 && lines[len(lines)-1].Balance != st.Pot() {
			t.Errorf("sequence %d: the pot's lines end on %d, the pot is %d", seed, lines[len(lines)-1].Balance, st.Pot())
		}
		for id, m := range st.People {
			lines := AccountLines(s.entries, id)
			if len(lines) > 0 && lines[len(lines)-1].Balance != m.Balance() {
				t.Errorf("sequence %d: %s's lines end on %d, their account is %d", seed, id, lines[len(lines)-1].Balance, m.Balance())
			}
		}
	}
}
