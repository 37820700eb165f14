package handlers_test

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// marked is a member's words as the timeline shows them in its
// sentences: marked as theirs.
func marked(words string) string { return `<bdi class="theirs">` + words + `</bdi>` }

// startOpenGroup starts an open group as the first plain-English demo
// member and returns their browser and the group's path.
func startOpenGroup(t *testing.T, site *testSite) (*browser, string) {
	t.Helper()
	return startGroupWith(t, site, nil)
}

// startGroupWith is startOpenGroup with rules of its own, such as another
// leaver rule, set over the form's.
func startGroupWith(t *testing.T, site *testSite, values url.Values) (*browser, string) {
	t.Helper()
	form := groupFormFor("")
	form.Set("open", "open")
	form.Set("max_size", "10")
	for name, v := range values {
		form[name] = v
	}
	for _, p := range site.visible() {
		if p.Display.EasyRead {
			continue
		}
		b := site.browser(t)
		b.signInAs(p)
		resp := b.submit("/groups/new", "/groups/new", form)
		if resp.Status != http.StatusSeeOther {
			t.Fatalf("starting a group: %d\n%s", resp.Status, resp.Body)
		}
		return b, strings.TrimSuffix(resp.Location, "?done=started")
	}
	t.Fatal("no plain-English demo member")
	return nil, ""
}

// joinAs signs in a plain-English member who is not the organiser and joins.
func joinAs(t *testing.T, site *testSite, path string, skip int) (*browser, community.Person) {
	t.Helper()
	return joinWith(t, site, path, skip, url.Values{})
}

// joinWith is joinAs sending the join form with values, such as watching.
func joinWith(t *testing.T, site *testSite, path string, skip int, values url.Values) (*browser, community.Person) {
	t.Helper()
	for _, p := range site.visible() {
		if p.Display.EasyRead {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		b := site.browser(t)
		b.signInAs(p)
		if resp := b.submit(path, path+"/join", values); resp.Status != http.StatusSeeOther {
			t.Fatalf("joining: %d", resp.Status)
		}
		return b, p
	}
	t.Fatal("not enough plain-English demo members")
	return nil, community.Person{}
}

func TestGroupMoney(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	member, person := joinAs(t, site, path, 1)
	entries := func() []community.Entry {
		all, err := site.Store.Entries(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		return all
	}
	if st := community.Tally(entries()); st.Pledged != 2*5000 {
		t.Fatalf("two members pledged £50 each, ledger says %s", st.Pledged.Pounds())
	}

	for _, bad := range []struct{ amount, message string }{
		{"£0", "A payment must be more than £0"}, {"-5", "A payment must be more than £0"},
		{"5.555", "A payment can only have whole pence"}, {"£1,000,000,000", "A payment must be £100,000 or less"},
		{"five pounds", "Enter the payment as a number of pounds, like 5 or 5.50"}, {"", "Enter how much you paid"},
	} {
		resp := member.submit(path, path+"/payments", url.Values{"amount": {bad.amount}, "method": {"cash"}})
		if resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, bad.message) ||
			!strings.Contains(resp.Body, `value="`+bad.amount+`"`) {
			t.Errorf("paying %q: status %d; want a clear message and the amount kept", bad.amount, resp.Status)
		}
	}
	if n := len(entries()); n != 2 {
		t.Fatalf("bad amounts changed the ledger: %d entries", n)
	}

	// The same payment form sent twice, with its one key: a retry.
	pay := member.form(path, path+"/payments", nil, url.Values{"amount": {"£5"}, "method": {"bank_transfer"}, "note": {"week 1"}})
	key := pay.Get("key")
	for range 2 {
		if resp := member.post(path+"/payments", pay); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying: %d\n%s", resp.Status, resp.Body)
		}
	}
	st := community.Tally(entries())
	if st.Pending != 500 || len(st.Unconfirmed) != 1 {
		t.Fatalf("the same payment sent twice: waiting %s in %d payments", st.Pending.Pounds(), len(st.Unconfirmed))
	}
	payment := st.Unconfirmed[0].ID
	// An entry's id is the group's and a hash of its key, never the key.
	if !regexp.MustCompile(`^`+id+`/[0-9a-f]{24}$`).MatchString(payment) || strings.Contains(payment, strings.SplitN(key, ".", 2)[0]) {
		t.Errorf("the payment's id %q is not the group's id and 24 hex digits", payment)
	}

	// Another member's key, and keys never made by the site, are refused
	// with the form shown again, and the ledger does not change.
	for name, forged := range map[string]string{"another member's": key, "a made-up": "made-up", "a missing": ""} {
		before := len(entries())
		try := url.Values{"key": {forged}, "amount": {"£500"}, "method": {"cash"}}
		if resp := treasurer.post(path+"/payments", try); resp.Status != http.StatusBadRequest ||
			!strings.Contains(resp.Body, outOfDate) || !strings.Contains(resp.Body, `value="£500"`) {
			t.Errorf("paying with %s key: %d; want the form back, out of date, with the amount kept", name, resp.Status)
		}
		if len(entries()) != before {
			t.Errorf("a payment with %s key changed the ledger", name)
		}
	}
	// Only the treasurer is shown the form to confirm; the member's own
	// post is refused for who they are.
	if _, has := member.hasForm(path, path+"/payments/confirm"); has {
		t.Error("a member is offered the form to confirm payments")
	}
	if resp := member.post(path+"/payments/confirm", url.Values{"entry": {payment}}); resp.Status != http.StatusForbidden {
		t.Errorf("a member confirming their own payment: %d", resp.Status)
	}
	// The treasurer's confirm button pressed twice at once.
	confirm := treasurer.form(path, path+"/payments/confirm", url.Values{"entry": {payment}}, nil)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if resp := treasurer.post(path+"/payments/confirm", confirm); resp.Status != http.StatusSeeOther {
				t.Errorf("confirming: %d", resp.Status)
			}
		}()
	}
	wg.Wait()
	st = community.Tally(entries())
	if st.Paid != 500 || st.Pending != 0 || st.Pot() != 500 || len(entries()) != 4 {
		t.Fatalf("after two confirmations at once: paid %s, waiting %s, %d entries", st.Paid.Pounds(), st.Pending.Pounds(), len(entries()))
	}
	page := member.get(path).Body
	for _, want := range []string{"Who has paid what", person.Name, "£50", "£45", "Left in the pot"} {
		if !strings.Contains(page, want) {
			t.Errorf("the group page does not show %q", want)
		}
	}

	t.Run("only the treasurer records for someone else, and corrects with a reversal", func(t *testing.T) {
		before := len(entries())
		treasurerID := site.visible()[0].ID
		for _, p := range site.visible() {
			if !p.Display.EasyRead {
				treasurerID = p.ID
				break
			}
		}
		forOther := url.Values{"amount": {"3"}, "method": {"cash"}, "person": {treasurerID}}
		if resp := member.submit(path, path+"/payments", forOther); resp.Status != http.StatusForbidden ||
			!strings.Contains(resp.Body, "Only the treasurer can record a payment for someone else") {
			t.Errorf("a member recording a payment for the treasurer: %d", resp.Status)
		}
		if len(entries()) != before {
			t.Fatal("the refused payment changed the ledger")
		}
		forOther.Set("person", person.ID)
		if resp := treasurer.submit(path, path+"/payments", forOther); resp.Status != http.StatusSeeOther {
			t.Fatalf("the treasurer recording cash from a member: %d", resp.Status)
		}
		// Money handed to the treasurer is confirmed by their record of it.
		st := community.Tally(entries())
		if st.People[person.ID].Pending != 0 || st.People[person.ID].Paid != 800 {
			t.Fatalf("the member's payments after the treasurer recorded £3 cash: paid %s, waiting %s",
				st.People[person.ID].Paid.Pounds(), st.People[person.ID].Pending.Pounds())
		}
		if page := member.get(path).Body; !strings.Contains(page, "£3 from "+marked(person.Name)+" was recorded by the treasurer.") {
			t.Error("the timeline does not say the treasurer recorded the £3")
		}
		var id string
		for _, e := range entries() {
			if e.Kind == community.EntryPayment && e.Amount == 300 {
				id = e.ID
			}
		}
		// The treasurer confirms the correction, with a reason, on its own page.
		reverse := treasurer.form(path+"/entries/reverse?entry="+id, path+"/entries/reverse", nil, url.Values{"reason": {"Counted twice"}})
		for range 2 {
			if resp := treasurer.post(path+"/entries/reverse", reverse); resp.Status != http.StatusSeeOther {
				t.Fatalf("reversing: %d", resp.Status)
			}
		}
		if _, has := member.hasForm(path, path+"/entries/reverse"); has {
			t.Error("a member is offered the form to reverse entries")
		}
		if resp := member.post(path+"/entries/reverse", url.Values{"entry": {id}}); resp.Status != http.StatusForbidden {
			t.Errorf("a member reversing an entry: %d", resp.Status)
		}
		after := entries()
		if st := community.Tally(after); st.People[person.ID].Paid != 500 || len(after) != before+3 {
			t.Errorf("after reversing twice: paid %s, %d new entries (want the payment, its confirmation and one reversal)",
				st.People[person.ID].Paid.Pounds(), len(after)-before)
		}
	})
	t.Run("statement CSV has my rows with a running total", func(t *testing.T) {
		resp := member.get(path + "/statement.csv")
		if resp.Status != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("statement: %d %s", resp.Status, resp.Header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(resp.Body)).ReadAll()
		// The pledge, the confirmed payment, and the cash payment the
		// treasurer recorded and then cancelled.
		// Columns: entry, date, what, amount, balance, how, note, for, status.
		if err != nil || len(rows) != 4 || rows[3][8] != "Cancelled" || rows[3][3] != "0.00" || rows[3][4] != "5.00" {
			t.Fatalf("statement rows %v %v", rows, err)
		}
		if got := rows[2]; got[2] != "Payment" || got[3] != "5.00" || got[8] != "Confirmed" || got[4] != "5.00" || got[6] != "week 1" || got[5] != "Bank transfer" {
			t.Errorf("payment row %v", got)
		}
		// Each row names its entry by its number in the group's ledger,
		// never by its id, and is dated in ISO 8601 in London.
		all := entries()
		for _, row := range rows[1:] {
			n, err := strconv.Atoi(row[0])
			if err != nil || n < 1 || n > len(all) {
				t.Errorf("row %v: the entry is not a number in the ledger", row)
				continue
			}
			e := all[n-1]
			if e.PersonID != person.ID || row[1] != community.InLondon(e.At).Format(time.RFC3339) {
				t.Errorf("row %v is not entry %d of the ledger (%s on %s in London)", row, n, e.Kind, community.InLondon(e.At).Format(time.RFC3339))
			}
		}
	})
	t.Run("the printable statement and the timeline", func(t *testing.T) {
		page := member.get(path + "/statement").Body
		for _, want := range []string{"Statement for", "Payment: week 1", "£5", "Confirmed", "In all I have paid £5"} {
			if !strings.Contains(page, want) {
				t.Errorf("the statement page does not say %q", want)
			}
		}
		group := member.get(path).Body
		for _, want := range []string{"What has happened", marked(person.Name) + " joined.", "confirmed £5 from " + marked(person.Name)} {
			if !strings.Contains(group, want) {
				t.Errorf("the timeline does not say %q", want)
			}
		}
	})
	t.Run("the board takes announcements and sessions", func(t *testing.T) {
		if resp := member.submit(path, path+"/board", url.Values{"text": {"Bring a towel"}, "on": {"2001-01-01"}}); resp.Status != http.StatusBadRequest ||
			!strings.Contains(resp.Body, "today or later") || !strings.Contains(resp.Body, `value="Bring a towel"`) {
			t.Errorf("a session in the past: %d", resp.Status)
		}
		if resp := member.submit(path, path+"/board", url.Values{"text": {"Pool closed on Friday"}}); resp.Status != http.StatusSeeOther {
			t.Errorf("an announcement: %d", resp.Status)
		}
		if resp := member.submit(path, path+"/board", url.Values{"text": {"First lesson"}, "on": {"2099-03-04"}}); resp.Status != http.StatusSeeOther {
			t.Errorf("a session: %d", resp.Status)
		}
		page := treasurer.get(path).Body
		if !strings.Contains(page, "Pool closed on Friday") || !strings.Contains(page, "Wednesday 4 March 2099") {
			t.Error("the board does not show the announcement and the session")
		}
	})
	t.Run("only members see the ledger", func(t *testing.T) {
		outsider := site.browser(t)
		outsider.signInAs(site.visible()[len(site.visible())-1])
		for _, p := range []string{"/ledger.csv", "/statement.csv", "/statement"} {
			if resp := outsider.get(path + p); resp.Status != http.StatusForbidden {
				t.Errorf("%s for a non-member: %d", p, resp.Status)
			}
		}
		if page := outsider.get(path).Body; strings.Contains(page, "Who has paid what") || strings.Contains(page, "Pool closed") {
			t.Error("a non-member sees who paid what, or the board")
		}
		if resp := outsider.post(path+"/payments", url.Values{"key": {"x"}, "amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusForbidden {
			t.Errorf("a non-member recording a payment: %d", resp.Status)
		}
	})
}

// TestLedgerCSVCannotRunFormulas: what members type into notes comes out
// of the CSV as text a spreadsheet will not run, and the ledger's running
// balance ends on what the group page says is in the pot.
func TestLedgerCSVCannotRunFormulas(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	treasurer, path := startOpenGroup(t, site)
	id := strings.TrimPrefix(path, "/groups/")
	for _, note := range []string{`=HYPERLINK("http://evil.example","win")`, "+1+1", "@SUM(A1)", "-2+3"} {
		if resp := treasurer.submit(path, path+"/payments", url.Values{"amount": {"1"}, "method": {"cash"}, "note": {note}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("paying with the note %q: %d", note, resp.Status)
		}
	}
	entries, _ := site.Store.Entries(t.Context(), id)
	for _, e := range community.Tally(entries).Unconfirmed {
		if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {e.ID}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("confirming: %d", resp.Status)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(treasurer.get(path + "/ledger.csv").Body)).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("ledger.csv: %v, %d rows", err, len(rows))
	}
	for _, row := range rows[1:] {
		for i, cell := range row {
			if i == 4 || i == 5 { // the signed amount and the balance, written by the site
				continue
			}
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("ledger.csv cell %q would run as a formula", cell)
			}
		}
	}
	last := rows[len(rows)-1][5]
	if page := treasurer.get(path).Body; last != "4.00" || !strings.Contains(page, "Left in the pot</dt><dd>£4</dd>") {
		t.Errorf("the ledger ends on %s; want £4, as the group page says", last)
	}
}
