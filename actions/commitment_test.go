package actions_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestAGroupSavingUpAgreesTheCourse: ten neighbours pledge £5 a week for
// ten weeks; with £100 in the pot they agree the £500 course, which the
// page says today's pledges reach in eight weeks; it is payable only once
// the pot has it; a spend beyond pot and pledges is refused with the
// figures; a spend not paid by its date lapses, and what a leaver had held
// back for it goes back to them.
func TestAGroupSavingUpAgreesTheCourse(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr := person(t, "Tia Treasurer")
	var others []community.Person
	for range 9 {
		others = append(others, person(t, "Nia Neighbour"))
	}
	g := aGroup(t, tr, others...)
	for _, p := range append([]community.Person{tr}, others...) {
		paid(t, g, tr, p, 1000)
	}
	// £100 in, £400 still pledged: £600 is more than the group can agree.
	_, err := rig.acts.Propose(ctx, actions.As(tr), g.ID, key(tr, "propose"), community.Proposal{Amount: 60000, To: "College", For: "The course"})
	if fe := community.FieldErrors(err); len(fe) != 1 || fe[0].Key != "error.proposal.more_than_agreeable" ||
		!slices.Equal(fe[0].Args, []string{"£600", "£100", "£400", "£500"}) {
		t.Fatalf("a £600 spend with £100 in the pot and £400 pledged: %v %+v", err, fe)
	}
	p, err := rig.acts.Propose(ctx, actions.As(tr), g.ID, key(tr, "propose"), community.Proposal{Amount: 50000, To: "College", For: "The course"})
	if err != nil {
		t.Fatal(err)
	}
	today := community.Day(rig.clock.Now())
	if !p.Reach.Equal(today.AddDate(0, 0, 56)) || !p.ClosesAt.Equal(rig.clock.Now().Truncate(time.Millisecond).Add(community.VoteOpenFor)) {
		t.Errorf("the course: reached %s, vote closes %s", p.Reach, p.ClosesAt)
	}
	if yes, _ := p.Tally(); yes != 1 {
		t.Errorf("the proposer's own vote: %d yes, want 1", yes)
	}
	for _, v := range others[:5] {
		if p, err = rig.acts.Vote(ctx, actions.As(v), g.ID, key(v, "vote"), p.ID, "yes"); err != nil {
			t.Fatal(err)
		}
	}
	if p.Status != community.ProposalApproved {
		t.Fatalf("six of ten said yes: %s", p.Status)
	}
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); community.KindOf(err) != community.KindConflict {
		t.Errorf("paying £500 from a £100 pot: %v, want refused", err)
	}
	// A neighbour leaves: their £50 share is held back, £0 of their £10 is
	// theirs to take now; the course lapses unpaid, and the £10 comes back.
	leaver := others[8]
	if _, err := rig.acts.Leave(ctx, actions.As(leaver), g.ID, key(leaver, "leave"), 0); err != nil {
		t.Fatal(err)
	}
	money := func() community.Statement {
		entries, _ := rig.store.Entries(ctx, g.ID)
		return community.Tally(entries)
	}
	if m := money().People[leaver.ID]; m.Held != 1000 || m.RefundOwed != 0 {
		t.Errorf("after leaving: held %s, owed back %s; want £10 held and nothing owed yet", m.Held.Pounds(), m.RefundOwed.Pounds())
	}
	rig.clock.Set(p.PayBy.Add(time.Hour))
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); community.KeyOf(err) != "error.proposal.lapsed" {
		t.Errorf("paying after the pay-by date: %v, want lapsed", err)
	}
	if got, _ := rig.store.Proposal(ctx, g.ID, p.ID); got.Status != community.ProposalLapsed {
		t.Errorf("after the pay-by date the course is %s", got.Status)
	}
	if m := money().People[leaver.ID]; m.RefundOwed != 1000 {
		t.Errorf("after the course lapsed, owed back to the leaver: %s, want £10", m.RefundOwed.Pounds())
	}
	if st := money(); st.Accounts()+st.Fund()+st.RefundOwed != st.Pot() {
		t.Error("the accounts do not add up to the pot")
	}
}

// TestCorrectionsKeepEverythingConsistent: reversing a paid spend cancels
// its shares and puts it back to agreed and waiting to be paid, and it can
// be paid again; a correction needs a reason.
func TestCorrectionsKeepEverythingConsistent(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	paid(t, g, tr, tr, 5000)
	paid(t, g, tr, m, 5000)
	p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 5000, To: "Gym shop", For: "Weights"})
	if err != nil {
		t.Fatal(err)
	}
	if p, err = rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil || p.Status != community.ProposalApproved {
		t.Fatalf("voting: %v %s", err, p.Status)
	}
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
		t.Fatal(err)
	}
	entries, _ := rig.store.Entries(ctx, g.ID)
	var spend community.Entry
	for _, e := range entries {
		if e.Kind == community.EntrySpend {
			spend = e
		}
	}
	if _, err := rig.acts.Reverse(ctx, actions.As(tr), g.ID, key(tr, "reverse"), spend.ID, " "); community.KindOf(err) != community.KindInvalid {
		t.Errorf("a correction without a reason: %v", err)
	}
	if _, err := rig.acts.Reverse(ctx, actions.As(tr), g.ID, key(tr, "reverse"), spend.ID, "Paid twice by mistake"); err != nil {
		t.Fatal(err)
	}
	entries, _ = rig.store.Entries(ctx, g.ID)
	st := community.Tally(entries)
	if st.Spent != 0 || st.People[m.ID].Shares != 0 || st.People[tr.ID].Shares != 0 || st.Pot() != 10000 {
		t.Errorf("after reversing the spend: spent %s, shares %s and %s, pot %s", st.Spent.Pounds(),
			st.People[m.ID].Shares.Pounds(), st.People[tr.ID].Shares.Pounds(), st.Pot().Pounds())
	}
	if got, _ := rig.store.Proposal(ctx, g.ID, p.ID); got.Status != community.ProposalApproved {
		t.Errorf("after reversing its spend, the proposal is %s, want agreed and waiting to be paid", got.Status)
	}
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
		t.Fatalf("paying it again: %v", err)
	}
	entries, _ = rig.store.Entries(ctx, g.ID)
	if st := community.Tally(entries); st.Spent != 5000 || st.People[m.ID].Shares != 2500 || st.Accounts()+st.Fund() != st.Pot() {
		t.Errorf("paid again: spent %s, a share %s", st.Spent.Pounds(), st.People[m.ID].Shares.Pounds())
	}
}

// TestSharesInProportion: a group whose rules share spends in proportion to
// what each paid in charges £15 and £5 of a £20 spend to members who paid
// £30 and £10.
func TestSharesInProportion(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g, err := rig.acts.StartGroup(ctx, actions.As(tr), key(tr, "group-new"), community.Group{
		Name: "Gym fund", Purpose: "Kit.", EasySummary: "Kit.", Interests: []string{"gym"}, District: "OX4", Open: true, MaxSize: 4,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10, Leaver: community.RefundUnspent,
			Votes: community.VotesMajority, Split: community.SplitPaidIn}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g, err = rig.acts.Join(ctx, actions.As(m), g.ID, key(m, "join"), false); err != nil {
		t.Fatal(err)
	}
	paid(t, g, tr, tr, 3000)
	paid(t, g, tr, m, 1000)
	p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 2000, To: "Shop", For: "Mats"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
		t.Fatal(err)
	}
	entries, _ := rig.store.Entries(ctx, g.ID)
	st := community.Tally(entries)
	if st.People[tr.ID].Shares != 1500 || st.People[m.ID].Shares != 500 {
		t.Errorf("shares %s and %s, want £15 and £5", st.People[tr.ID].Shares.Pounds(), st.People[m.ID].Shares.Pounds())
	}
}

// TestMoreTimeToPay: an agreed spend would lapse at its pay-by date; the
// group votes it more time, and it stays payable until the new date.
func TestMoreTimeToPay(t *testing.T) {
	ctx := context.Background()
	start := rig.clock.Now()
	defer rig.clock.Set(start)
	tr, m := person(t, "Tia Treasurer"), person(t, "Mo Member")
	g := aGroup(t, tr, m)
	paid(t, g, tr, m, 5000)
	p, err := rig.acts.Propose(ctx, actions.As(m), g.ID, key(m, "propose"), community.Proposal{Amount: 2000, To: "Pool", For: "Lessons"})
	if err != nil {
		t.Fatal(err)
	}
	if p, err = rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), p.ID, "yes"); err != nil || p.Status != community.ProposalApproved {
		t.Fatalf("agreeing the spend: %v", err)
	}
	if _, err := rig.acts.ProposeMoreTime(ctx, actions.As(m), g.ID, key(m, "more-time"), p.ID, p.PayBy.AddDate(0, 0, -1)); community.KindOf(err) != community.KindInvalid {
		t.Errorf("more time that is less: %v", err)
	}
	later := p.PayBy.AddDate(0, 0, 30)
	more, err := rig.acts.ProposeMoreTime(ctx, actions.As(m), g.ID, key(m, "more-time"), p.ID, later)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.ProposeMoreTime(ctx, actions.As(tr), g.ID, key(tr, "more-time"), p.ID, later); community.KindOf(err) != community.KindConflict {
		t.Errorf("a second vote for more time while one is open: %v", err)
	}
	if _, err := rig.acts.Vote(ctx, actions.As(tr), g.ID, key(tr, "vote"), more.ID, "yes"); err != nil {
		t.Fatal(err)
	}
	rig.clock.Set(p.PayBy.Add(24 * time.Hour))
	if _, err := rig.acts.RecordPaid(ctx, actions.As(tr), g.ID, key(tr, "paid"), p.ID); err != nil {
		t.Errorf("paying after the old pay-by date, with more time agreed: %v", err)
	}
	if got, _ := rig.store.Proposal(ctx, g.ID, more.ID); got.Status != community.ProposalPaid {
		t.Errorf("the vote for more time is %s once applied", got.Status)
	}
}

// TestAPaymentConfirmedAfterLeavingIsTheLeavers: a member leaves with a
// payment still waiting; when the treasurer confirms it, it counts in their
// account and is owed back to them, as their leaving would have done.
func TestAPaymentConfirmedAfterLeavingIsTheLeavers(t *testing.T) {
	ctx := context.Background()
	tr, m := person(t, "Tia Treasurer"), person(t, "Jo Leaver")
	g := aGroup(t, tr, m)
	paid(t, g, tr, m, 1000)
	waiting, err := rig.acts.Pay(ctx, actions.As(m), g.ID, key(m, "pay"), "", community.Payment{Amount: 500, Method: "cash"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Leave(ctx, actions.As(m), g.ID, key(m, "leave"), 0); err != nil {
		t.Fatal(err)
	}
	for range 2 { // confirming twice settles once
		if _, err := rig.acts.Confirm(ctx, actions.As(tr), g.ID, key(tr, "confirm"), waiting.ID); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := rig.store.Entries(ctx, g.ID)
	st := community.Tally(entries)
	if got := st.People[m.ID]; got.RefundOwed != 1500 || got.Balance() != 0 {
		t.Errorf("after the late confirmation: owed back %s, account %s; want £15 owed and nothing left", got.RefundOwed.Pounds(), got.Balance().Pounds())
	}
}
