package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
)

// matchingFigures is the matching benchmark's JSON line, exactly these keys.
type matchingFigures struct {
	People         int     `json:"people"`
	Queries        int     `json:"queries"`
	SuggestP50US   float64 `json:"suggest_p50_us"`
	SuggestP99US   float64 `json:"suggest_p99_us"`
	BruteP50US     float64 `json:"brute_p50_us"`
	Speedup        float64 `json:"speedup"`
	BytesPerPerson float64 `json:"bytes_per_person"`
	BuildMS        int64   `json:"build_ms"`
	FormP99US      float64 `json:"form_p99_us"`
	Agree          bool    `json:"agree"`
}

// matchingQuery is what every timed suggestion asks: the top 20 within
// 5 miles, as /suggestions does by default.
var matchingQuery = matching.Query{Within: 5, Limit: 20}

func benchMatching(_ context.Context, args []string, out io.Writer) error {
	_, err := measureMatching(args, out)
	return err
}

// measureMatching builds the index over a synthetic population, asks it
// and the brute-force reference the same questions, and times both.
func measureMatching(args []string, out io.Writer) (matchingFigures, error) {
	fs := flag.NewFlagSet("matching", flag.ContinueOnError)
	people := fs.Int("people", 1000000, "members")
	listings := fs.Int("listings", 50000, "listings with group prices")
	queries := fs.Int("queries", 1000, "suggestions asked, each of the index and of brute force")
	forms := fs.Int("forms", 200, "listings to form a group around")
	seed := fs.Uint64("seed", 1, "seed for the synthetic data and queries")
	if err := fs.Parse(args); err != nil {
		return matchingFigures{}, err
	}
	if *people < 2 || *listings < 1 || *queries < 1 || *forms < 1 {
		return matchingFigures{}, fmt.Errorf("matching: need two people and at least one listing, query and form")
	}
	w, err := newWorld(*seed)
	if err != nil {
		return matchingFigures{}, err
	}
	data := w.matchingData(*people, *listings)
	f := matchingFigures{People: *people, Queries: *queries}

	ix, built, peopleBytes, listingBytes := buildMatching(w, data)
	f.BuildMS, f.BytesPerPerson = built.Milliseconds(), round(peopleBytes/float64(*people), 1)
	fmt.Fprintf(out, "index: %d people, %d marks and %d listings built in %d ms; %.1f bytes a person (districts, people, marks), listings %.1f MB more\n",
		*people, len(data.marks), *listings, f.BuildMS, f.BytesPerPerson, listingBytes/(1<<20))

	askers := make([]string, *queries)
	for i := range askers {
		askers[i] = data.people[w.rng.IntN(len(data.people))].ID
	}
	took, answers := timeEach(askers, func(id string) []matching.Suggestion {
		got, _ := ix.Suggest(id, matchingQuery)
		return got
	})
	start := time.Now()
	brute := matching.NewBrute(w.places, data.people, data.marks)
	fmt.Fprintf(out, "brute: prepared in %d ms\n", time.Since(start).Milliseconds())
	bruteTook, bruteAnswers := timeEach(askers, func(id string) []matching.Suggestion {
		return brute.Suggest(id, matchingQuery)
	})
	f.Agree = true
	for i := range answers {
		if !sameSuggestions(answers[i], bruteAnswers[i]) {
			f.Agree = false
			fmt.Fprintf(out, "disagree: %s: index %d answers, brute %d\n", askers[i], len(answers[i]), len(bruteAnswers[i]))
		}
	}
	f.SuggestP50US, f.SuggestP99US = percentile(took, 50)*1000, percentile(took, 99)*1000
	f.BruteP50US = percentile(bruteTook, 50) * 1000
	if f.SuggestP50US > 0 {
		f.Speedup = round(f.BruteP50US/f.SuggestP50US, 1)
	}
	fmt.Fprintf(out, "suggest: top %d within %v miles: p50 %.0f µs, p99 %.0f µs; brute force p50 %.0f µs; index %.0f× faster at p50\n",
		matchingQuery.Limit, matchingQuery.Within, f.SuggestP50US, f.SuggestP99US, f.BruteP50US, f.Speedup)

	formed := 0
	formTook, _ := timeEach(data.listings[:min(*forms, len(data.listings))], func(l community.Listing) bool {
		_, ok := ix.Form(l.ID, matchingQuery.Within)
		if ok {
			formed++
		}
		return ok
	})
	f.FormP99US = percentile(formTook, 99) * 1000
	fmt.Fprintf(out, "form: %d of %d listings could form a cheaper group within %v miles; p50 %.0f µs, p99 %.0f µs\n",
		formed, len(formTook), matchingQuery.Within, percentile(formTook, 50)*1000, f.FormP99US)
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
	return f, nil
}

// buildMatching times loading everything into a new index, and measures
// the heap the people (with their marks) added and then the heap the
// listings added, after a collection each time.
func buildMatching(w *world, data matchingData) (ix *matching.Index, took time.Duration, people, listings float64) {
	heap := func() float64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc)
	}
	start, before := time.Now(), heap()
	ix = matching.New(w.places)
	for _, p := range data.people {
		ix.PutPerson(p)
	}
	for _, m := range data.marks {
		ix.Mark(m)
	}
	took = time.Since(start)
	withPeople := heap()
	start = time.Now()
	for _, l := range data.listings {
		ix.PutListing(l)
	}
	took += time.Since(start)
	runtime.KeepAlive(data)
	return ix, took, withPeople - before, heap() - withPeople
}

// timeEach runs ask for every input, one after another, and returns how
// long each took and what each answered.
func timeEach[In, Out any](inputs []In, ask func(In) Out) ([]time.Duration, []Out) {
	took := make([]time.Duration, len(inputs))
	answers := make([]Out, len(inputs))
	for i, in := range inputs {
		start := time.Now()
		answers[i] = ask(in)
		took[i] = time.Since(start)
	}
	return took, answers
}

// sameSuggestions compares two answers; no suggestions is no suggestions,
// whether the list is nil or empty.
func sameSuggestions(a, b []matching.Suggestion) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
