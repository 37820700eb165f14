package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/openreferral"
	"github.com/clubtogether/clubtogether/sitetest"
	"github.com/clubtogether/clubtogether/store"
)

// openReferralFigures is the Open Referral benchmark's JSON line.
type openReferralFigures struct {
	Listings  int `json:"listings"`
	Published int `json:"published"`
	Requests  int `json:"requests"`
	// FirstMS is the first search after the listings were saved, which
	// builds the catalogue; the percentiles are of the requests after it.
	FirstMS float64 `json:"first_ms"`
	P50MS   float64 `json:"p50_ms"`
	P95MS   float64 `json:"p95_ms"`
	P99MS   float64 `json:"p99_ms"`
	// Found is the mean total_items a search answered.
	Found float64 `json:"found"`
}

// benchOpenReferral starts the real site with the demo data, saves the
// synthetic listings in its store (every provider checked, so that all of
// them are published) and times GET /openreferral/services?search=<word>
// over HTTP, one request after another, each word taken from a listing's
// title. Every answer must be a 200 finding at least the synthetic
// listings whose words hold the word.
func benchOpenReferral(ctx context.Context, args []string, out io.Writer) error {
	_, err := measureOpenReferral(ctx, args, out)
	return err
}

func measureOpenReferral(ctx context.Context, args []string, out io.Writer) (openReferralFigures, error) {
	fs := flag.NewFlagSet("openreferral", flag.ContinueOnError)
	listings := fs.Int("listings", 20000, "listings (with one provider for every 60)")
	requests := fs.Int("requests", 1000, "searches timed")
	seed := fs.Uint64("seed", 1, "seed for the synthetic listings and the words searched for")
	if err := fs.Parse(args); err != nil {
		return openReferralFigures{}, err
	}
	if *listings < 1 || *requests < 1 {
		return openReferralFigures{}, fmt.Errorf("openreferral: need at least one listing and one request")
	}
	w, err := newWorld(*seed)
	if err != nil {
		return openReferralFigures{}, err
	}
	data := w.generate(0, *listings, 0)
	for i := range data.providers {
		p := &data.providers[i]
		p.VerifiedAt, p.VerifiedBy = p.CreatedAt, "moderator"
	}
	site, err := startSite(ctx)
	if err != nil {
		return openReferralFigures{}, err
	}
	defer site.Stop()
	started := time.Now()
	if err := saveListings(ctx, site.App.Store, data); err != nil {
		return openReferralFigures{}, err
	}
	fmt.Fprintf(out, "store: saved %d providers and %d listings in %.1f s\n", len(data.providers), len(data.listings), time.Since(started).Seconds())

	f := openReferralFigures{Listings: len(data.listings), Requests: *requests}
	words := searchWordsOf(w, data.listings, *requests+1)
	texts := searchedTexts(data)
	client := site.Client()
	var took []time.Duration
	found := 0
	for i, word := range words {
		page, d, err := searchServices(client, word)
		if err != nil {
			return f, err
		}
		total, err := totalOf(page)
		if err != nil {
			return f, err
		}
		if want := containing(texts, word); total < want {
			return f, fmt.Errorf("openreferral: search=%s found %d services, but %d synthetic listings hold the word", word, total, want)
		}
		if i == 0 {
			f.FirstMS = float64(d.Microseconds()) / 1000
			continue
		}
		took = append(took, d)
		found += total
	}
	page, _, err := searchServices(client, "")
	if err == nil {
		f.Published, err = totalOf(page)
	}
	if err != nil {
		return f, err
	}
	f.P50MS, f.P95MS, f.P99MS = percentile(took, 50), percentile(took, 95), percentile(took, 99)
	f.Found = float64(found) / float64(len(took))
	fmt.Fprintf(out, "GET /openreferral/services?search=<word>: %d services published; first search %.1f ms (builds the catalogue); then p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d searches finding %.0f services on average\n",
		f.Published, f.FirstMS, f.P50MS, f.P95MS, f.P99MS, len(took), f.Found)
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
	return f, nil
}

// saveListings puts the providers and then the listings in the store, a
// few batches at a time, as the load bench saves its members.
func saveListings(ctx context.Context, st *store.Store, data benchData) error {
	if n, err := st.InsertProviders(ctx, data.providers); err != nil || n != len(data.providers) {
		return fmt.Errorf("openreferral: saved %d of %d providers: %v", n, len(data.providers), err)
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		lo, hi := len(data.listings)*w/workers, len(data.listings)*(w+1)/workers
		wg.Go(func() {
			if n, err := st.InsertListings(ctx, data.listings[lo:hi]); err != nil || n != hi-lo {
				errs <- fmt.Errorf("openreferral: saved %d of %d listings: %v", n, hi-lo, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// searchWordsOf picks n words to search for, each from the title of a
// listing drawn at random: adjectives and nouns many titles share,
// interest names, districts. "in" and "online" are left out, as no one
// searches for them.
func searchWordsOf(w *world, listings []community.Listing, n int) []string {
	var out []string
	for len(out) < n {
		title := strings.Fields(strings.ToLower(listings[w.rng.IntN(len(listings))].Title))
		if word := title[w.rng.IntN(len(title))]; word != "in" && word != "online" {
			out = append(out, word)
		}
	}
	return out
}

// searchServices asks the API for services holding the word (all, for
// ""), timing the request until its whole answer is read.
func searchServices(client *sitetest.Client, word string) (sitetest.Page, time.Duration, error) {
	path := "/openreferral/services"
	if word != "" {
		path += "?search=" + url.QueryEscape(word)
	}
	start := time.Now()
	page, err := client.Get(path)
	took := time.Since(start)
	if err == nil && page.Status != http.StatusOK {
		err = fmt.Errorf("openreferral: %s answered %d: %.200s", path, page.Status, page.Body)
	}
	return page, took, err
}

// totalOf reads how many services a search found, checking that its
// first page is full as far as they go.
func totalOf(page sitetest.Page) (int, error) {
	var body struct {
		TotalItems int               `json:"total_items"`
		Contents   []json.RawMessage `json:"contents"`
	}
	if err := json.Unmarshal([]byte(page.Body), &body); err != nil {
		return 0, fmt.Errorf("openreferral: a search's answer: %w", err)
	}
	if len(body.Contents) != min(body.TotalItems, openreferral.DefaultPerPage) {
		return 0, fmt.Errorf("openreferral: a search lists %d of %d services on its first page", len(body.Contents), body.TotalItems)
	}
	return body.TotalItems, nil
}

// searchedTexts are the synthetic listings' words as the API's search
// reads them: title, description and provider's name, in lower case.
func searchedTexts(data benchData) []string {
	names := make(map[string]string, len(data.providers))
	for _, p := range data.providers {
		names[p.ID] = p.Name
	}
	out := make([]string, len(data.listings))
	for i, l := range data.listings {
		out[i] = strings.ToLower(l.Title + " " + l.Description + " " + names[l.ProviderID])
	}
	return out
}

// containing counts the texts that hold the word.
func containing(texts []string, word string) int {
	n := 0
	for _, t := range texts {
		if strings.Contains(t, word) {
			n++
		}
	}
	return n
}
