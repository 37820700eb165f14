package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"time"
)

// pagesResult is the figures of the pages benchmark.
type pagesResult struct {
	Requests     int     `json:"requests"`
	People       int     `json:"people"`
	StartupMS    int64   `json:"startup_ms"`
	MeP50MS      float64 `json:"me_p50_ms"`
	MeP95MS      float64 `json:"me_p95_ms"`
	PersonP50MS  float64 `json:"person_p50_ms"`
	PersonP95MS  float64 `json:"person_p95_ms"`
	ErrorAnswers int     `json:"error_answers"`
}

// benchPages starts the real site on the embedded store with the demo
// members in a temporary folder, signs in as one of them over HTTP, and
// times /me and /people/:id one request after another.
func benchPages(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("pages", flag.ContinueOnError)
	requests := fs.Int("requests", 1000, "requests to each page")
	if err := fs.Parse(args); err != nil {
		return err
	}
	started := time.Now()
	site, err := startSite(ctx)
	if err != nil {
		return err
	}
	defer site.Stop()
	result := pagesResult{Requests: *requests, StartupMS: time.Since(started).Milliseconds()}
	ids, err := site.demoMembers()
	if err != nil {
		return err
	}
	signedIn := ids[0]
	browser, err := site.signIn(signedIn)
	if err != nil {
		return err
	}
	people, err := site.App.Store.DemoPeople(ctx)
	if err != nil {
		return err
	}
	result.People = len(people)
	// Only members who show their profile can be visited; the rest are 404.
	var others []string
	for _, p := range people {
		if p.Visible() && p.ID != signedIn {
			others = append(others, p.ID)
		}
	}
	get := func(path string) (time.Duration, bool) {
		t := time.Now()
		page, err := browser.Get(path)
		return time.Since(t), err == nil && page.Status == http.StatusOK
	}
	var me, person []time.Duration
	for i := range *requests {
		d, ok := get("/me")
		me = append(me, d)
		d2, ok2 := get("/people/" + others[i%len(others)])
		person = append(person, d2)
		if !ok || !ok2 {
			result.ErrorAnswers++
		}
	}
	result.MeP50MS, result.MeP95MS = percentile(me, 50), percentile(me, 95)
	result.PersonP50MS, result.PersonP95MS = percentile(person, 50), percentile(person, 95)
	fmt.Fprintf(out, "/me:          p50 %.2f ms, p95 %.2f ms over %d requests\n", result.MeP50MS, result.MeP95MS, *requests)
	fmt.Fprintf(out, "/people/:id:  p50 %.2f ms, p95 %.2f ms over %d requests\n", result.PersonP50MS, result.PersonP95MS, *requests)
	line, _ := json.Marshal(result)
	fmt.Fprintln(out, string(line))
	if result.ErrorAnswers > 0 {
		return fmt.Errorf("%d requests did not answer 200", result.ErrorAnswers)
	}
	return nil
}
