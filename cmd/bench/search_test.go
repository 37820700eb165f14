package main

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSearchBenchRuns runs the search benchmark at a small size so that it
// cannot rot: the last line must carry exactly the agreed keys with sane
// figures, and both engines must find every correctly spelt target.
func TestSearchBenchRuns(t *testing.T) {
	var out bytes.Buffer
	args := []string{"search", "-people", "300", "-listings", "200", "-groups", "50", "-queries", "30", "-scan-queries", "3", "-seed", "7"}
	f, err := measureSearch(context.Background(), args[1:], &out)
	if err != nil {
		t.Fatal(err)
	}
	line := lastLine[float64](t, out.String(), []string{"build_ms", "docs", "index_mb", "misspelt_found", "p50_ms",
		"p95_ms", "p99_ms", "scan_p95_ms", "speedup"})
	// 300 people less the hidden tenth, 50 groups, 200 listings, 3 providers.
	if line["docs"] < 500 || line["docs"] > 553 || line["index_mb"] <= 0 || line["p50_ms"] <= 0 ||
		line["p95_ms"] < line["p50_ms"] || line["p99_ms"] < line["p95_ms"] || line["scan_p95_ms"] <= 0 ||
		line["speedup"] <= 0 || line["misspelt_found"] < 0 || line["misspelt_found"] > 1 {
		t.Errorf("figures look wrong: %v", line)
	}
	if f.correct != 27 || f.bleveCorrect != f.correct || f.scanCorrect != f.correct {
		t.Errorf("of %d correctly spelt queries Bleve found %d and the scan %d\n%s", f.correct, f.bleveCorrect, f.scanCorrect, out.String())
	}
}

// TestSearchBenchIsDeterministic checks that a seed always gives the same
// data and queries, so figures from different runs compare like with like.
func TestSearchBenchIsDeterministic(t *testing.T) {
	texts := func(seed uint64) []string {
		w, err := newWorld(seed)
		if err != nil {
			t.Fatal(err)
		}
		data := w.generate(50, 40, 5)
		var out []string
		for _, q := range w.queries(20, data.listings, w.documents(data)) {
			out = append(out, q.q.Text+"|"+q.target+"|"+q.q.Interest)
		}
		return append(out, data.people[49].About, data.groups[4].Title)
	}
	if a, b := texts(3), texts(3); !slices.Equal(a, b) {
		t.Errorf("seed 3 gave different data:\n%v\n%v", a, b)
	}
	if a, b := texts(3), texts(4); slices.Equal(a, b) {
		t.Error("seeds 3 and 4 gave the same data")
	}
}

// TestMisspeltQueriesNeedTheirWord: a misspelt query is a single word, not
// a word anywhere in the data, so an engine finds anything for it only by
// forgiving the typo; and its target is one of few in reach with the word
// spelt right in its title.
func TestMisspeltQueriesNeedTheirWord(t *testing.T) {
	w, err := newWorld(5)
	if err != nil {
		t.Fatal(err)
	}
	data := w.generate(2000, 800, 100)
	docs := w.documents(data)
	vocabulary := newTitleIndex(docs).vocabulary
	misspelt := 0
	for _, q := range w.queries(200, data.listings, docs) {
		words := strings.Fields(q.q.Text)
		if !q.misspelt {
			if len(words) != 2 {
				t.Errorf("%q: want two words", q.q.Text)
			}
			continue
		}
		misspelt++
		if len(words) != 1 || vocabulary[words[0]] || !q.distinctive {
			t.Errorf("misspelt query %q: %d words, a real word: %v, distinctive: %v",
				q.q.Text, len(words), vocabulary[words[0]], q.distinctive)
		}
	}
	if misspelt != 20 {
		t.Errorf("%d misspelt queries of 200, want 20", misspelt)
	}
}
