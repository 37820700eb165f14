package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// propose: a member proposes more than the pot and the pledges can
// cover, is told why in figures, then proposes a spend within the pot.
func (s *story) propose(t *testing.T) {
	p := s.cast.joiners[0]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	paidIn := s.paid[0] + s.paid[1] + s.paid[2]
	most := 4 * s.pledge // all four pledges: what is in the pot and what is still to pay
	tooMuch := most + 100
	fill(t, ctx, "spend_amount", strings.TrimPrefix(tooMuch.Pounds(), "£"), "spend_to", s.to, "spend_for", s.what,
		"spend_quote", "£3 a session each for a group of four")
	if status := pressForm(t, ctx, s.path+"/proposals"); status != 400 {
		t.Fatalf("propose more than is left: status %d, want 400", status)
	}
	summary := readErrorSummary(t, ctx)
	if !summary.Visible || !slices.Equal(summary.Links, []string{"#spend_amount"}) ||
		!strings.Contains(summary.Messages["spend_amount-error"], fmt.Sprintf("This spend is %s. The pot has %s free and members have %s more to pay of their pledges, so the group can agree up to %s.",
			tooMuch.Pounds(), paidIn.Pounds(), (most-paidIn).Pounds(), most.Pounds())) {
		t.Errorf("proposing more than is left: summary %+v; want a visible summary linking to #spend_amount and the reason beside it", summary)
	}
	if v := eval[string](t, ctx, `document.getElementById('spend_for').value`); v != s.what {
		t.Errorf("the form came back with %q for what it is for, want what was typed: %q", v, s.what)
	}
	fill(t, ctx, "spend_amount", strings.TrimPrefix(s.spend.Pounds(), "£"))
	if status := pressForm(t, ctx, s.path+"/proposals"); status != 200 {
		t.Fatalf("propose %s: status %d; main says: %s", s.spend.Pounds(), status, mainText(t, ctx))
	}
	wantPath(t, ctx, s.path+"?done=proposed")
	wantNotice(t, ctx, "Your proposal is up for a vote.")
	card := s.card(t, ctx)
	if card.Heading != fmt.Sprintf("Spend %s with %s", s.spend.Pounds(), s.to) || card.Status != "Open for votes" {
		t.Errorf("the proposal shows %+v", card)
	}
	for _, line := range []string{"For: " + s.what, "Proposed by " + p.Name, "1 yes, 0 no; 3 yes votes needed; 4 members vote"} {
		if !slices.Contains(card.Lines, line) {
			t.Errorf("the proposal %q does not say %q", card.Lines, line)
		}
	}
}

// card is the story's one proposal on the page the tab shows.
func (s *story) card(t *testing.T, ctx context.Context) proposalView {
	t.Helper()
	g := readGroup(t, ctx)
	if len(g.Proposals) != 1 {
		t.Fatalf("%d proposals on the page, want 1: %+v", len(g.Proposals), g.Proposals)
	}
	return g.Proposals[0]
}

// vote: members vote yes in turn; the third yes of four voters approves.
func (s *story) vote(t *testing.T) {
	voters := append(slices.Clone(s.cast.joiners), s.cast.starter)
	for n, p := range voters {
		ctx := s.tab(t, p)
		open(t, ctx, s.path, 200)
		if card := s.card(t, ctx); card.Status != "Open for votes" {
			t.Fatalf("before %s votes, the proposal is %q", p.Name, card.Status)
		}
		if status := clickNamed(t, ctx, "button", "Vote yes: "+s.what); status != 200 {
			t.Fatalf("%s votes yes: status %d", p.Name, status)
		}
		wantPath(t, ctx, s.path+"?done=voted")
		wantNotice(t, ctx, "Your vote is recorded. You can change it until the vote closes.")
		card := s.card(t, ctx)
		if want := fmt.Sprintf("%d yes, 0 no; 3 yes votes needed; 4 members vote", n+1); !slices.Contains(card.Lines, want) {
			t.Errorf("after %d yes votes the proposal says %q, want %q", n+1, card.Lines, want)
		}
		if n+1 < 3 {
			if card.Status != "Open for votes" || !slices.Contains(card.Lines, "You voted yes.") {
				t.Errorf("after %d of 3 yes votes: %+v; want still open, and \"You voted yes.\"", n+1, card)
			}
			continue
		}
		// A member can no longer vote; they may only ask for more time to pay.
		if card.Status != "Approved, waiting to be paid" || !slices.Equal(card.Buttons, []string{"Put more time to a vote: " + s.what}) {
			t.Errorf("after 3 of 3 yes votes: %+v; want approved, with only the button to ask for more time", card)
		}
		if want := "The group approved: " + s.what + "."; !slices.Contains(readGroup(t, ctx).Timeline, want) {
			t.Errorf("the timeline does not say %q", want)
		}
		return
	}
	t.Fatalf("all %d voters said yes and the proposal is not approved", len(voters))
}

// recordPaid: the treasurer records the approved spend as paid.
func (s *story) recordPaid(t *testing.T) {
	ctx := s.tab(t, s.cast.starter)
	open(t, ctx, s.path, 200)
	if status := clickNamed(t, ctx, "button", "Record as paid: "+s.what); status != 200 {
		t.Fatalf("record as paid: status %d", status)
	}
	wantPath(t, ctx, s.path+"?done=spent")
	wantNotice(t, ctx, "The spend is recorded as paid.")
	if card := s.card(t, ctx); card.Status != "Approved and paid" || len(card.Buttons) != 0 {
		t.Errorf("after recording it paid: %+v", card)
	}
	g := readGroup(t, ctx)
	paidIn := s.paid[0] + s.paid[1] + s.paid[2]
	if g.Pot["Spent"] != s.spend.Pounds() || g.Pot["Left in the pot"] != (paidIn-s.spend).Pounds() {
		t.Errorf("after the spend, the pot shows %v; want %s spent, %s left", g.Pot, s.spend.Pounds(), (paidIn - s.spend).Pounds())
	}
	// The spend is shared equally by the four voting members: the starter,
	// who had paid nothing in, owes their share; the others' accounts
	// are what they paid less theirs.
	share := s.spend / 4
	if want := "Owes " + share.Pounds(); g.Table[s.cast.starter.Name][4] != want {
		t.Errorf("the starter's account reads %q, want %q", g.Table[s.cast.starter.Name][4], want)
	}
	for i, p := range s.cast.joiners {
		if want := (s.paid[i] - share).Pounds(); g.Table[p.Name][4] != want {
			t.Errorf("%s's account reads %q after the spend, want %s", p.Name, g.Table[p.Name][4], want)
		}
	}
	if want := fmt.Sprintf("%s was paid: %s: %s.", s.spend.Pounds(), s.to, s.what); !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
}

// refund is what the leaver gets back under "unspent money": what they
// put in, £8, less their share of the £12 spend, shared by four: £5.
func (s *story) refund() community.Pence { return 500 }

// leave: the third member opens the leave page, sees in numbers what they
// paid and get back, and leaves.
func (s *story) leave(t *testing.T) {
	p := s.cast.joiners[2]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	if status := clickNamed(t, ctx, "a", "Leave this group"); status != 200 {
		t.Fatalf("open the leave page: status %d", status)
	}
	wantPath(t, ctx, s.path+"/leave")
	refund := s.refund()
	wantSaid(t, ctx, "Leave "+s.name, "If you leave, you get back your unspent money: what you put in, less your share of what the group bought.",
		"You put in "+s.paid[2].Pounds()+".", "Your share of what the group bought: "+(s.spend/4).Pounds()+".",
		"That leaves "+refund.Pounds()+" in your account.", "The treasurer will pay you back "+refund.Pounds()+".",
		"Your pledge of "+(s.pledge-s.paid[2]).Pounds()+" still to pay will be cancelled.")
	if status := clickNamed(t, ctx, "button", "Leave the group"); status != 200 {
		t.Fatalf("leave: status %d", status)
	}
	wantPath(t, ctx, "/groups?done=left")
	if !strings.HasPrefix(noticeText(t, ctx), "You have left the group.") {
		t.Errorf("after leaving, the notice says %q", noticeText(t, ctx))
	}
	if got := meListNames(t, ctx)["Groups you are in"]; slices.Contains(got, s.name) {
		t.Errorf("after leaving, /groups still lists %q among %q", s.name, got)
	}

	// The treasurer sees them gone, and the refund owed to them by name,
	// still in the pot until it is paid back.
	ctx = s.tab(t, s.cast.starter)
	open(t, ctx, s.path, 200)
	g := readGroup(t, ctx)
	if slices.ContainsFunc(g.Members, func(m string) bool { return strings.HasPrefix(m, p.Name) }) || len(g.Members) != 3 {
		t.Errorf("after %s left, the members are %q", p.Name, g.Members)
	}
	paidIn := s.paid[0] + s.paid[1] + s.paid[2]
	if g.Pot["Left in the pot"] != (paidIn-s.spend).Pounds() || g.Pot["Owed back, for the treasurer to pay"] != refund.Pounds() {
		t.Errorf("after %s left, the pot shows %v; want %s in it and %s owed back", p.Name, g.Pot, (paidIn - s.spend).Pounds(), refund.Pounds())
	}
	wantSaid(t, ctx, "Pay back "+refund.Pounds()+" to "+p.Name)
	if status := clickNamed(t, ctx, "button", fmt.Sprintf("I have paid it back: %s, %s", p.Name, refund.Pounds())); status != 200 {
		t.Fatalf("the treasurer records the refund paid back: status %d", status)
	}
	wantPath(t, ctx, s.path+"?done=paid_back")
	g = readGroup(t, ctx)
	if want := (paidIn - s.spend - refund).Pounds(); g.Pot["Left in the pot"] != want {
		t.Errorf("after the refund was paid back, %s is left in the pot, want %s", g.Pot["Left in the pot"], want)
	}
	if want := refund.Pounds() + " was paid back to " + p.Name + "."; !slices.Contains(g.Timeline, want) {
		t.Errorf("the timeline %q does not say %q", g.Timeline, want)
	}
}

// statement: the second member reads their printable statement, downloads
// it as CSV and checks its rows, and downloads the group's ledger.
func (s *story) statement(t *testing.T) {
	p := s.cast.joiners[1]
	ctx := s.tab(t, p)
	open(t, ctx, s.path, 200)
	links := eval[[]string](t, ctx, `[...document.querySelectorAll('main #money a')].map(a => a.textContent.trim() + ' ' + a.getAttribute('href'))`)
	for _, want := range []string{"My statement to print " + s.path + "/statement", "Download my statement (CSV) " + s.path + "/statement.csv",
		"Download the group's whole ledger (CSV) " + s.path + "/ledger.csv"} {
		if !slices.Contains(links, want) {
			t.Errorf("the pot's links %q lack %q", links, want)
		}
	}

	// The page to print: the payment, confirmed, and the share of what
	// the group bought, each with the balance of the account after it.
	if status := clickNamed(t, ctx, "a", "My statement to print"); status != 200 {
		t.Fatalf("open the statement: status %d", status)
	}
	wantPath(t, ctx, s.path+"/statement")
	share := s.spend / 4
	rows := eval[[][]string](t, ctx, `[...document.querySelectorAll('main table tbody tr')].map(tr => [...tr.cells].map(c => c.textContent.trim().replace(/\s+/g, ' ')))`)
	if len(rows) != 3 || !slices.Equal(rows[1][1:], []string{"Payment: Weeks 1 and 2", s.paid[1].Pounds(), "Confirmed", s.paid[1].Pounds()}) ||
		!strings.HasPrefix(rows[2][1], "Share of a spend: "+s.what+" from "+s.to+", agreed by 3 of 4 members on ") ||
		rows[2][2] != (-share).Pounds() || rows[2][4] != (s.paid[1]-share).Pounds() {
		t.Errorf("the statement's rows are %q; want the pledge, the payment of %s, confirmed, and the share of %s, leaving %s",
			rows, s.paid[1].Pounds(), share.Pounds(), (s.paid[1] - share).Pounds())
	}
	wantSaid(t, ctx, "Statement for "+s.name, "For "+p.Name+", for their care coordinator",
		"In all I have paid "+s.paid[1].Pounds()+", confirmed by the treasurer.",
		"My share of what the group bought: "+share.Pounds()+".", "In my account in the group: "+(s.paid[1]-share).Pounds()+".")

	// The statement CSV: the member's own rows, signed as they move the
	// account, with the balance after each.
	got, raw := fetchCSV(t, ctx, s.path+"/statement.csv")
	if got.Status != 200 || !strings.HasPrefix(got.Type, "text/csv") ||
		got.Disposition != fmt.Sprintf(`attachment; filename="statement-%s.csv"`, s.id) {
		t.Errorf("statement.csv: status %d, type %q, disposition %q; want 200, text/csv, an attachment", got.Status, got.Type, got.Disposition)
	}
	mine := csvRows(t, "statement.csv", raw, statementColumns)
	if len(mine) != 3 {
		t.Fatalf("statement.csv has %d rows, want the pledge, the payment and the share:\n%s", len(mine), got.Body)
	}
	want := []csvRow{
		{"what": "Pledge", "amount": "0.00", "balance": "0.00", "how": "", "note": "", "status": "Recorded"},
		{"what": "Payment", "amount": pence(s.paid[1]), "balance": pence(s.paid[1]), "how": "Bank transfer", "note": "Weeks 1 and 2", "status": "Confirmed"},
		{"what": "Share of a spend", "amount": "-" + pence(share), "balance": pence(s.paid[1] - share), "for": s.to + ": " + s.what, "status": "Recorded"},
	}
	for i, row := range mine {
		checkCSVRow(t, "statement.csv", i+1, row, want[i])
	}

	// The group's whole ledger, as it moves the pot: payments in, the spend
	// and the refund out, a running balance that ends on what the group
	// page says is in the pot.
	got, raw = fetchCSV(t, ctx, s.path+"/ledger.csv")
	if got.Status != 200 || got.Disposition != fmt.Sprintf(`attachment; filename="ledger-%s.csv"`, s.id) {
		t.Errorf("ledger.csv: status %d, disposition %q", got.Status, got.Disposition)
	}
	all := csvRows(t, "ledger.csv", raw, ledgerColumns)
	var payments, spends, refunds []csvRow
	for _, row := range all {
		switch row["what"] {
		case "Payment":
			payments = append(payments, row)
		case "Spend":
			spends = append(spends, row)
		case "Refund paid back":
			refunds = append(refunds, row)
		}
	}
	if len(payments) != 3 || len(spends) != 1 || len(refunds) != 1 {
		t.Fatalf("ledger.csv: %d payments, %d spends, %d refunds; want 3, 1, 1:\n%s", len(payments), len(spends), len(refunds), got.Body)
	}
	for i, row := range payments {
		by := s.cast.joiners[i].Name
		if i == 2 {
			by = "former member" // they left; only the treasurer's copy names them
		}
		checkCSVRow(t, "ledger.csv payment", i+1, row, csvRow{"amount": pence(s.paid[i]), "status": "Confirmed", "recorded by": by})
	}
	checkCSVRow(t, "ledger.csv spend", 1, spends[0], csvRow{"amount": "-" + pence(s.spend), "for": s.to + ": " + s.what, "recorded by": s.cast.starter.Name})
	checkCSVRow(t, "ledger.csv refund", 1, refunds[0], csvRow{"amount": "-" + pence(s.refund()), "person": "former member"})
	open(t, ctx, s.path, 200)
	if last := all[len(all)-1]["balance"]; "£"+strings.TrimSuffix(last, ".00") != readGroup(t, ctx).Pot["Left in the pot"] {
		t.Errorf("the ledger ends on a balance of %s; the group page says %s is left in the pot", last, readGroup(t, ctx).Pot["Left in the pot"])
	}
	for i, p := range s.cast.joiners[:2] {
		if payments[i]["person"] != p.Name {
			t.Errorf("ledger.csv payment %d is by %q, want %q", i+1, payments[i]["person"], p.Name)
		}
	}
}

// pence writes an amount as the CSV does: 5.00, 4.80.
func pence(p community.Pence) string { return fmt.Sprintf("%d.%02d", p/100, p%100) }

// checkCSVRow fails t for each column of want that row does not hold.
func checkCSVRow(t *testing.T, name string, n int, row, want csvRow) {
	t.Helper()
	for col, v := range want {
		if row[col] != v {
			t.Errorf("%s row %d: %s is %q, want %q (row %v)", name, n, col, row[col], v, row)
		}
	}
	if _, err := time.Parse(time.RFC3339, row["date"]); err != nil || row["entry"] == "" {
		t.Errorf("%s row %d: date %q, entry %q; want an ISO 8601 date and the entry's number", name, n, row["date"], row["entry"])
	}
}
