package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"
)

// report fills in the figures from the timings and finds, and prints the
// human lines and, last, the JSON line.
func report(f *searchFigures, out io.Writer, qs []benchQuery, took []time.Duration, found []bool,
	scanTook []time.Duration, scanFound []bool, inStore int) {
	f.P50MS, f.P95MS, f.P99MS = percentile(took, 50), percentile(took, 95), percentile(took, 99)
	f.ScanP95MS = percentile(scanTook, 95)
	if f.P95MS > 0 {
		f.Speedup = round(f.ScanP95MS/f.P95MS, 1)
	}
	f.IndexMB = round(f.IndexMB, 1)
	misspelt, misspeltHit := tally(qs, found, true)
	if misspelt > 0 {
		f.MisspeltFound = round(float64(misspeltHit)/float64(misspelt), 3)
	}
	f.correct, f.bleveCorrect = tally(qs, found, false)
	_, f.scanCorrect = tally(qs, scanFound, false)
	_, scanMisspeltHit := tally(qs, scanFound, true)

	fmt.Fprintf(out, "bleve: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries (words + interest + within %d miles)\n",
		f.P50MS, f.P95MS, f.P99MS, len(qs), queryMiles)
	var twoWords []time.Duration
	distinctive := 0
	for i, bq := range qs {
		if !bq.misspelt && i < len(took) {
			twoWords = append(twoWords, took[i])
		}
		if bq.misspelt && bq.distinctive {
			distinctive++
		}
	}
	fmt.Fprintf(out, "bleve: p95 %.2f ms over the %d correctly spelt queries alone (the misspelt ones have one word, not two)\n",
		percentile(twoWords, 95), len(twoWords))
	fmt.Fprintf(out, "bleve: target in the first %d for %d of %d correctly spelt and %d of %d misspelt queries\n",
		resultsChecked, f.bleveCorrect, f.correct, misspeltHit, misspelt)
	fmt.Fprintf(out, "misspelt: each is one word of its target's title, misspelt; for %d of %d at most %d other documents in reach have that word in their title\n",
		distinctive, misspelt, resultsChecked-1)
	fmt.Fprintf(out, "scan:  p50 %.0f ms, p95 %.0f ms, each query reading all %d documents from the embedded store and filtering in Go; timed on the first %d of %d queries\n",
		percentile(scanTook, 50), f.ScanP95MS, inStore, len(scanTook), len(qs))
	fmt.Fprintf(out, "scan:  target in the first %d for %d of %d correctly spelt and %d of %d misspelt queries (exact words only; groups are not in the store)\n",
		resultsChecked, f.scanCorrect, f.correct, scanMisspeltHit, misspelt)
	// The other word is spelt right, so often it alone finds the target;
	// the queries the exact-word scan misses are those the typo decides.
	decided, decidedHit := 0, 0
	for i, bq := range qs {
		if bq.misspelt && !scanFound[i] {
			decided++
			if found[i] {
				decidedHit++
			}
		}
	}
	fmt.Fprintf(out, "bleve: found %d of the %d misspelt queries that need the misspelt word (those the scan misses)\n", decidedHit, decided)
	if f.bleveCorrect == f.correct && f.scanCorrect == f.correct {
		fmt.Fprintln(out, "agree: both found the target of every correctly spelt query")
	}
	shown := 0
	for i, bq := range qs {
		if !bq.misspelt && (!found[i] || !scanFound[i]) && shown < 5 {
			shown++
			fmt.Fprintf(out, "missed: %q, interest %s, listing %s (bleve found it: %t, scan: %t)\n",
				bq.q.Text, bq.q.Interest, bq.target, found[i], scanFound[i])
		}
	}
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
