package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/sitetest"
)

// ledgerFigures is the ledger benchmark's JSON line, exactly these keys.
type ledgerFigures struct {
	Clients        int     `json:"clients"`
	Payments       int     `json:"payments"`
	Recorded       int     `json:"recorded"`
	Duplicates     int     `json:"duplicates"`
	Lost           int     `json:"lost"`
	BalancePence   int64   `json:"balance_pence"`
	ExpectedPence  int64   `json:"expected_pence"`
	PerSecond      float64 `json:"per_second"`
	GroupPageP95MS float64 `json:"group_page_p95_ms"`
	// GroupPageBytes is the size of the treasurer's group page: it must not
	// grow with the ledger.
	GroupPageBytes int `json:"group_page_bytes"`
}

func benchLedger(ctx context.Context, args []string, out io.Writer) error {
	f, err := measureLedger(ctx, args, out)
	if err == nil && (f.Lost > 0 || f.Duplicates > 0 || f.BalancePence != f.ExpectedPence) {
		err = fmt.Errorf("the ledger lost %d and doubled %d payments", f.Lost, f.Duplicates)
	}
	return err
}

// measureLedger starts the real site, has clients members of one group
// record payments at once over HTTP (each from its own showing of the
// payment form, sent twice with that form's key, as a retry would), has
// the treasurer confirm them all from the group page, and then reads the
// group page and the ledger CSV back.
func measureLedger(ctx context.Context, args []string, out io.Writer) (ledgerFigures, error) {
	fs := flag.NewFlagSet("ledger", flag.ContinueOnError)
	clients := fs.Int("clients", 200, "members of the group paying at once, the treasurer among them (the demo has 200 members)")
	payments := fs.Int("payments", 1000, "payments recorded in all")
	views := fs.Int("views", 50, "times the group page is read")
	if err := fs.Parse(args); err != nil {
		return ledgerFigures{}, err
	}
	if *clients < 1 || *payments < 1 || *views < 1 {
		return ledgerFigures{}, fmt.Errorf("ledger: need at least one client, payment and view")
	}
	site, err := startSite(ctx)
	if err != nil {
		return ledgerFigures{}, err
	}
	defer site.Stop()
	ids, err := site.demoMembers()
	if err != nil {
		return ledgerFigures{}, err
	}
	if *clients > len(ids) {
		return ledgerFigures{}, fmt.Errorf("ledger: at most %d clients, one demo member each", len(ids))
	}
	treasurer, group, err := startBenchGroup(site, ids[0], *clients)
	if err != nil {
		return ledgerFigures{}, err
	}
	// The treasurer is the first of the members paying.
	members := []*sitetest.Client{treasurer}
	for _, id := range ids[1:*clients] {
		m, err := site.signIn(id)
		if err != nil {
			return ledgerFigures{}, err
		}
		members = append(members, m)
		if page, err := m.Submit(group, group+"/join", url.Values{}); err != nil || page.Status != http.StatusSeeOther {
			return ledgerFigures{}, fmt.Errorf("joining: %d %v", page.Status, err)
		}
	}
	f := ledgerFigures{Clients: *clients, Payments: *payments}
	start := time.Now()
	keys, err := paymentKeys(members, group, *payments)
	if err != nil {
		return f, err
	}
	fmt.Fprintf(out, "forms: %d members opened the group page %d times for their payment forms in %.1f s\n", *clients, *payments, time.Since(start).Seconds())
	took, err := payAll(members, group, keys, &f.ExpectedPence)
	if err != nil {
		return f, err
	}
	f.PerSecond = round(float64(*payments)/took.Seconds(), 1)
	fmt.Fprintf(out, "pay: %d payments from %d members, each sent twice with its key, in %.1f s\n", *payments, *clients, took.Seconds())
	start = time.Now()
	if err := confirmAll(treasurer, group); err != nil {
		return f, err
	}
	fmt.Fprintf(out, "confirm: the treasurer confirmed them in %.1f s\n", time.Since(start).Seconds())
	var pages []time.Duration
	for range *views {
		start := time.Now()
		page, err := treasurer.Get(group)
		if err != nil || page.Status != http.StatusOK {
			return f, fmt.Errorf("group page: %d %v", page.Status, err)
		}
		pages = append(pages, time.Since(start))
		f.GroupPageBytes = len(page.Body)
	}
	f.GroupPageP95MS = percentile(pages, 95)
	if err := countLedger(treasurer, group, *payments, &f); err != nil {
		return f, err
	}
	fmt.Fprintf(out, "ledger: %d payments recorded, %d doubled, %d lost; balance %d pence, expected %d; group page p95 %.1f ms\n",
		f.Recorded, f.Duplicates, f.Lost, f.BalancePence, f.ExpectedPence, f.GroupPageP95MS)
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
	return f, nil
}

// startBenchGroup signs in the treasurer and starts an open group.
func startBenchGroup(site *benchSite, id string, size int) (*sitetest.Client, string, error) {
	treasurer, err := site.signIn(id)
	if err != nil {
		return nil, "", err
	}
	// The treasurer sends the whole form to start the group, and reads the
	// plain group page with every payment to confirm on it: a demo member
	// may have chosen Easy Read, which asks a part at a time and whose
	// group page starts with buttons instead.
	if page, err := treasurer.Post("/settings/display", url.Values{"easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}}); err != nil || page.Status != http.StatusSeeOther {
		return nil, "", fmt.Errorf("plain pages for the treasurer: %d %v", page.Status, err)
	}
	page, err := treasurer.Submit("/groups/new", "/groups/new", url.Values{
		"name": {"Bench buyers"}, "purpose": {"Buying together."}, "easy_summary": {"We buy together."},
		"interests": {"swimming"}, "district": {"OX4"}, "open": {"open"}, "max_size": {strconv.Itoa(max(size, 2))},
		"contribution": {"5"}, "every": {"week"}, "times": {"10"}, "leaver": {"refund_unspent"}, "votes": {"majority"},
	})
	if err != nil || page.Status != http.StatusSeeOther {
		return nil, "", fmt.Errorf("starting the group: %d %v", page.Status, err)
	}
	return treasurer, strings.TrimSuffix(page.Location, "?done=started"), nil
}

// paymentKeys has each member open the group page once for each payment
// they will make, as a browser shows the form before each press, and keeps
// the key the server signed for that showing of the payment form: keys[i]
// is payment i's, for the member members[i%len(members)]. The pages are
// read before the clock starts, so that the figures are the payments'.
func paymentKeys(members []*sitetest.Client, group string, payments int) ([]string, error) {
	keys := make([]string, payments)
	var wg sync.WaitGroup
	errs := make(chan error, len(members))
	for c, m := range members {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; i < payments; i += len(members) {
				page, err := m.Get(group + "/pay")
				if err != nil || page.Status != http.StatusOK {
					errs <- fmt.Errorf("the group page for payment %d: %d %v", i, page.Status, err)
					return
				}
				if keys[i] = sitetest.FormKey(page.Body, group+"/payments"); keys[i] == "" {
					errs <- fmt.Errorf("the group page for payment %d has no payment form with a key", i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return keys, <-errs
}

// benchNote names payment i in the ledger: the CSV names entries by their
// number, not by the key they were recorded with, so the note tells the
// payments apart.
func benchNote(i int) string { return fmt.Sprintf("bench-%d", i) }

// payAll has every member record their share of the payments, all at
// once, each payment sent twice with its own form's key: the second is a
// retry and must change nothing.
func payAll(members []*sitetest.Client, group string, keys []string, expected *int64) (time.Duration, error) {
	var wg sync.WaitGroup
	errs := make(chan error, len(members))
	for i := range keys {
		*expected += int64(100 + i%500)
	}
	start := time.Now()
	for c, m := range members {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; i < len(keys); i += len(members) {
				form := url.Values{"key": {keys[i]}, "amount": {fmt.Sprintf("%d.%02d", (100+i%500)/100, (100+i%500)%100)},
					"method": {"bank_transfer"}, "note": {benchNote(i)}}
				for range 2 {
					if page, err := m.Post(group+"/payments", form); err != nil || page.Status != http.StatusSeeOther {
						errs <- fmt.Errorf("payment %d: %d %v", i, page.Status, err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return time.Since(start), <-errs
}

// confirmAll confirms every waiting payment from the treasurer's group
// page, each with its own confirm form (and that form's key), a few at a
// time as a busy treasurer's browser tabs would; then reads the page again
// until nothing waits.
func confirmAll(treasurer *sitetest.Client, group string) error {
	// The page lists at most 20 payments to confirm; each round confirms
	// those and reloads, until none wait or a round makes no progress.
	last := ""
	for {
		page, err := treasurer.Get(group)
		if err != nil || page.Status != http.StatusOK {
			return fmt.Errorf("the treasurer's group page: %d %v", page.Status, err)
		}
		var forms []url.Values
		for _, f := range sitetest.Forms(page.Body) {
			if f.Action == group+"/payments/confirm" {
				forms = append(forms, f.Hidden)
			}
		}
		if len(forms) == 0 {
			return nil
		}
		if first := forms[0].Get("entry"); first == last {
			return fmt.Errorf("confirming made no progress: %d payments still wait", len(forms))
		} else {
			last = first
		}
		work := make(chan url.Values)
		errs := make(chan error, 4)
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for form := range work {
					if page, err := treasurer.Post(group+"/payments/confirm", form); err != nil || page.Status != http.StatusSeeOther {
						errs <- fmt.Errorf("confirming %s: %d %v", form.Get("entry"), page.Status, err)
						return
					}
				}
			}()
		}
		for _, form := range forms {
			select {
			case work <- form:
			case err := <-errs: // a tab failed: stop sending, let the rest finish
				close(work)
				wg.Wait()
				return err
			}
		}
		close(work)
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			return err
		}
	}
}

// countLedger reads the ledger CSV and counts what was recorded.
func countLedger(treasurer *sitetest.Client, group string, payments int, f *ledgerFigures) error {
	rows, err := ledgerRows(treasurer, group)
	if err != nil {
		return err
	}
	seen := map[string]int{}
	for _, r := range rows {
		if r["what"] != "Payment" {
			continue
		}
		f.Recorded++
		seen[r["note"]]++
		if r["status"] == "Confirmed" {
			pounds, _ := strconv.ParseFloat(r["amount"], 64)
			f.BalancePence += int64(pounds*100 + 0.5)
		}
	}
	for i := range payments {
		n := seen[benchNote(i)]
		if n == 0 {
			f.Lost++
		}
		f.Duplicates += max(n-1, 0)
	}
	return nil
}

// ledgerRows reads the group's ledger CSV, each row by its column names.
func ledgerRows(m *sitetest.Client, group string) ([]map[string]string, error) {
	page, err := m.Get(group + "/ledger.csv")
	if err != nil || page.Status != http.StatusOK {
		return nil, fmt.Errorf("ledger CSV: %d %v", page.Status, err)
	}
	rows, err := csv.NewReader(strings.NewReader(page.Body)).ReadAll()
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("ledger CSV: %v", err)
	}
	out := make([]map[string]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		row := map[string]string{}
		for i, name := range rows[0] {
			row[name] = r[i]
		}
		out = append(out, row)
	}
	return out, nil
}
