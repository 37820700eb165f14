package main

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
)

// ledgerNotes reads every group's ledger CSV, as its treasurer downloads
// it, and counts how often each payment note is in it.
func (b *loadBench) ledgerNotes() (map[string]int, error) {
	seen := map[string]int{}
	for g, group := range b.groups {
		page, err := b.clients[g].get(group + "/ledger.csv")
		if err != nil || page.Status != http.StatusOK {
			return nil, fmt.Errorf("ledger CSV of %s: %d %v", group, page.Status, err)
		}
		rows, err := csv.NewReader(strings.NewReader(page.Body)).ReadAll()
		if err != nil || len(rows) == 0 {
			return nil, fmt.Errorf("ledger CSV of %s: %v", group, err)
		}
		what, note := -1, -1
		for i, name := range rows[0] {
			switch name {
			case "what":
				what = i
			case "note":
				note = i
			}
		}
		if what < 0 || note < 0 {
			return nil, fmt.Errorf("ledger CSV of %s has no what or note column: %v", group, rows[0])
		}
		for _, r := range rows[1:] {
			if r[what] == "Payment" {
				seen[r[note]]++
			}
		}
	}
	return seen, nil
}

// paymentCount is what became of payments 0..n-1 named by note: acked
// says which were acknowledged.
type paymentCount struct {
	Recorded, Duplicates, Lost int
}

func countPayments(seen map[string]int, acked []bool, note func(int) string) paymentCount {
	var pc paymentCount
	for j, ack := range acked {
		n := seen[note(j)]
		if n > 0 {
			pc.Recorded++
		}
		pc.Duplicates += max(n-1, 0)
		if ack && n == 0 {
			pc.Lost++
		}
	}
	return pc
}
