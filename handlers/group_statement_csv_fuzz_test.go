package handlers

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// FuzzGroupCSV writes a statement and a ledger whose notes, names and
// proposal words are fuzzed, as members may have written them. The file
// must read back with encoding/csv to a header and one row per line of the
// statement, every row the header's width, and each cell a member wrote
// as they wrote it, except that one starting with = + - @, a tab or a
// carriage return gets a ' in front (so a spreadsheet shows it rather than
// running it as a formula) and, as encoding/csv always does, a carriage
// return before a line break is dropped.
func FuzzGroupCSV(f *testing.F) {
	words, _ := fuzzSite(f)
	f.Add("Week 1", "Ann", "Bob", "Pool", "Lane hire", int64(800))
	f.Add("=HYPERLINK(\"http://evil.example\",\"click\")", "+Ann", "-Bob", "@SUM(A1:A9)", "=1+1", int64(1))
	f.Add("\tnote", "\rAnn", "Bob\r\n=2", "Pool, \"the\" one", "line\none", int64(community.MaxPence))
	f.Add("A\x00B", "Ann\u202e", "\u200bBob", "\xff\xfe", "", int64(-5))
	f.Add("", "", "", "", "", int64(0))
	f.Add(strings.Repeat("x", community.MaxNote+10), "'=quoted", " =1", "＝1", "\"", int64(1<<62))
	plain := words.For(false)
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, note, member, treasurer, to, what string, amount int64) {
		pence := community.Pence(amount)
		entries := []community.Entry{
			{ID: "e1", Kind: community.EntryPayment, PersonID: "me", RecordedBy: "me", Amount: pence, Method: "bank_transfer", Note: note, At: at},
			{ID: "e2", Kind: community.EntryConfirm, PersonID: "me", RecordedBy: "tr", Refers: "e1", At: at},
			{ID: "e3", Kind: community.EntrySpend, RecordedBy: "tr", Amount: pence, Refers: "p1", Note: note, At: at},
			{ID: "e4", Kind: community.EntryShare, PersonID: "me", RecordedBy: "tr", Amount: pence, Refers: "e3", At: at},
			{ID: "e5", Kind: community.EntryPayment, PersonID: "gone", RecordedBy: "gone", Amount: pence, At: at},
		}
		proposals := []community.Proposal{{ID: "p1", To: to, For: what, Amount: pence}}
		names := map[string]string{"me": member, "tr": treasurer}
		name := func(id string) string {
			if n, ok := names[id]; ok || id == "" {
				return n
			}
			return "former member"
		}
		for _, mineOnly := range []bool{true, false} {
			var out bytes.Buffer
			if err := writeGroupCSV(&out, plain, entries, proposals, "me", name, mineOnly); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(bytes.NewReader(out.Bytes())).ReadAll()
			if err != nil {
				t.Fatalf("the CSV does not read back: %v\n%s", err, out.String())
			}
			var lines []community.Line
			if mineOnly {
				lines = community.AccountLines(entries, "me")
			} else {
				lines = community.PotLines(entries)
			}
			if len(rows) != 1+len(lines) {
				t.Fatalf("%d rows for %d lines", len(rows), len(lines))
			}
			header := rows[0]
			column := func(title string) int {
				for i, h := range header {
					if h == title {
						return i
					}
				}
				t.Fatalf("no %q column in %q", title, header)
				return -1
			}
			for i, row := range rows[1:] {
				e := lines[i].Entry
				written := map[string]string{"note": e.Note, "for": ""}
				if e.Refers == "p1" || e.Kind == community.EntryShare {
					written["for"] = to + ": " + what
				}
				if !mineOnly {
					written["person"], written["recorded by"] = name(e.PersonID), name(e.RecordedBy)
				}
				for title, value := range written {
					cell := row[column(title)]
					if want := neutralised(value); cell != want {
						t.Fatalf("row %d %s is %q; written %q, so want %q", i+1, title, cell, value, want)
					}
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Fatalf("row %d %s %q would run as a formula", i+1, title, cell)
					}
				}
			}
		}
	})
}

// neutralised is what a cell a member wrote should read back as.
func neutralised(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}
