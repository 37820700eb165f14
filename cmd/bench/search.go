package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// searchFigures is the search benchmark's JSON line, exactly these keys.
type searchFigures struct {
	Docs          int     `json:"docs"`
	BuildMS       int64   `json:"build_ms"`
	IndexMB       float64 `json:"index_mb"`
	P50MS         float64 `json:"p50_ms"`
	P95MS         float64 `json:"p95_ms"`
	P99MS         float64 `json:"p99_ms"`
	ScanP95MS     float64 `json:"scan_p95_ms"`
	Speedup       float64 `json:"speedup"`
	MisspeltFound float64 `json:"misspelt_found"`
	// Not in the line, for the test: correctly spelt queries asked, and
	// how many found their target in each engine.
	correct, bleveCorrect, scanCorrect int
}

// searchOptions are the benchmark's flags.
type searchOptions struct {
	people, listings, groups, queries, scanQueries int
	seed                                           uint64
}

// benchSearch builds synthetic data over the real districts, indexes it in
// Bleve and in the embedded store, and asks both the same questions: Bleve
// through search.Index, the store by reading everything and filtering.
func benchSearch(ctx context.Context, args []string, out io.Writer) error {
	_, err := measureSearch(ctx, args, out)
	return err
}

func measureSearch(ctx context.Context, args []string, out io.Writer) (searchFigures, error) {
	var o searchOptions
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.IntVar(&o.people, "people", 100000, "members")
	fs.IntVar(&o.listings, "listings", 20000, "listings (with one provider for every 60)")
	fs.IntVar(&o.groups, "groups", 5000, "groups (search documents only: the store has no groups yet)")
	fs.IntVar(&o.queries, "queries", 1000, "queries asked of Bleve, a tenth misspelt")
	// Each scan reads the whole store, seconds at full size, so only the
	// first few queries are timed that way; see the report's scan line.
	fs.IntVar(&o.scanQueries, "scan-queries", 20, "queries timed by scanning the store")
	fs.Uint64Var(&o.seed, "seed", 1, "seed for the synthetic data and queries")
	if err := fs.Parse(args); err != nil {
		return searchFigures{}, err
	}
	if o.people < 0 || o.groups < 0 || o.listings < 1 || o.queries < 1 || o.scanQueries < 1 {
		return searchFigures{}, fmt.Errorf("search: need at least one listing, query and scan query, and no negative sizes")
	}
	w, err := newWorld(o.seed)
	if err != nil {
		return searchFigures{}, err
	}
	data := w.generate(o.people, o.listings, o.groups)
	docs := w.documents(data)
	qs := w.queries(o.queries, data.listings, docs)
	dir, err := os.MkdirTemp("", "clubtogether-bench-search-")
	if err != nil {
		return searchFigures{}, err
	}
	defer os.RemoveAll(dir)

	f := searchFigures{Docs: len(docs)}
	indexDir := filepath.Join(dir, "index")
	built, err := buildIndex(ctx, indexDir, docs)
	if err != nil {
		return f, err
	}
	f.BuildMS = built.Milliseconds()
	idx, err := search.OpenBleve(indexDir)
	if err != nil {
		return f, err
	}
	defer idx.Close()
	// Measured once reopened: opening deletes the files of segments merged
	// away, which closing may leave behind.
	if f.IndexMB, err = folderMB(indexDir); err != nil {
		return f, err
	}
	segments, _ := filepath.Glob(filepath.Join(indexDir, "store", "*.zap"))
	fmt.Fprintf(out, "bleve: indexed %d documents (%d visible people of %d, %d groups, %d listings, %d providers) in %d ms, batches of %d; %.1f MB on disk (segments: %d)\n",
		len(docs), countKind(docs, search.KindPerson), o.people, o.groups, o.listings, len(data.providers), f.BuildMS, indexBatch, f.IndexMB, len(segments))
	took, found, err := runBleve(ctx, idx, qs)
	if err != nil {
		return f, err
	}

	st, err := store.OpenEmbedded(ctx, filepath.Join(dir, "store"), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		return f, err
	}
	defer st.Close(context.Background())
	inserted, err := insertAll(ctx, st, data, out)
	if err != nil {
		return f, err
	}
	scanTook, snap, err := w.scanQueries(ctx, st, qs, o.scanQueries)
	if err != nil {
		return f, err
	}
	report(&f, out, qs, took, found, scanTook, w.scanFound(snap, qs), inserted)
	return f, nil
}

// insertAll puts the people, providers and listings in the store, one
// insert each (the store has no bulk insert), and says how long it took.
func insertAll(ctx context.Context, st *store.Store, data benchData, out io.Writer) (int, error) {
	started := time.Now()
	people, err := st.InsertPeople(ctx, data.people)
	if err != nil {
		return 0, err
	}
	providers, err := st.InsertProviders(ctx, data.providers)
	if err != nil {
		return 0, err
	}
	listings, err := st.InsertListings(ctx, data.listings)
	if err != nil {
		return 0, err
	}
	n := people + providers + listings
	if n != len(data.people)+len(data.providers)+len(data.listings) {
		return n, fmt.Errorf("search: the store took %d of %d documents", n, len(data.people)+len(data.providers)+len(data.listings))
	}
	took := time.Since(started)
	fmt.Fprintf(out, "store: inserted %d documents in %.1f s (%.1f s per 10,000)\n", n, took.Seconds(), took.Seconds()*10000/float64(max(n, 1)))
	return n, nil
}

func countKind(docs []search.Document, k search.Kind) int {
	n := 0
	for _, d := range docs {
		if d.Kind == k {
			n++
		}
	}
	return n
}
