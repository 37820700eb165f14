package handlers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/sitetest"
)

// startedAt opens the site on dataDir as newTestSite does.
func startedAt(t *testing.T, dataDir string) *testSite {
	t.Helper()
	site := sitetest.StartT(t, sitetest.Options{DataDir: dataDir})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return &testSite{URL: site.URL, Store: site.App.Store, Index: site.App.Search, People: people, Actions: site.App.Actions}
}

// searchState is what /readyz says of search.
func searchState(t *testing.T, b *browser) (int, string) {
	t.Helper()
	resp := b.get("/readyz")
	var ready struct{ Search string }
	if err := json.Unmarshal([]byte(resp.Body), &ready); err != nil {
		t.Fatalf("/readyz: %v: %s", err, resp.Body)
	}
	return resp.Status, ready.Search
}

// TestTheSearchIndexHealsAfterFailedWrites breaks the index under a
// running site (its folder replaced by a plain file, so every write and
// every rebuild fails), makes changes, then ends the fault. While it
// lasts, changes are saved and their pages answer as usual, /readyz says
// the index is stale, and search falls back to the store; once it ends,
// the site rebuilds the index by itself and search finds the changes.
func TestTheSearchIndexHealsAfterFailedWrites(t *testing.T) {
	dataDir := t.TempDir()
	site := startedAt(t, dataDir)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	searchDir := filepath.Join(dataDir, "search")
	if err := os.RemoveAll(searchDir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(searchDir, []byte("in the way"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The change is saved, once, and the person sees it saved: no 500.
	addListing(t, b, "Kayaking for starters", "OX4")
	listings, err := site.Store.AllListings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	saved := 0
	for _, l := range listings {
		if l.Title == "Kayaking for starters" {
			saved++
		}
	}
	if saved != 1 {
		t.Fatalf("the listing is saved %d times, want once", saved)
	}
	status, state := searchState(t, b)
	if status != http.StatusOK || !strings.HasPrefix(state, "stale") {
		t.Errorf("/readyz during the fault: %d, search %q; want 200 and stale", status, state)
	}
	resp := b.get("/search?q=kayaking&type=listing")
	if resp.Status != http.StatusOK || !strings.Contains(resp.Body, "Search is resting") || !strings.Contains(resp.Body, "Kayaking for starters") {
		t.Errorf("search during the fault: %d; want the resting message with the newest listings from the store", resp.Status)
	}

	// The fault ends: the healer, retrying, rebuilds the index.
	if err := os.Remove(searchDir); err != nil {
		t.Fatal(err)
	}
	ended := time.Now()
	for {
		_, state = searchState(t, b)
		if state == "ok" {
			break
		}
		if time.Since(ended) > 30*time.Second {
			t.Fatalf("the index is still %q 30 s after the fault ended", state)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("search healed %d ms after the fault ended", time.Since(ended).Milliseconds())
	resp = b.get("/search?q=kayaking&type=listing")
	if strings.Contains(resp.Body, "Search is resting") || !strings.Contains(resp.Body, "Kayaking for starters") {
		t.Errorf("search after healing does not find the listing saved during the fault")
	}
}

// TestACorruptSearchIndexDoesNotStopTheSite starts the site on a data
// folder whose index was broken while it was stopped: it starts, moves
// the broken index aside, and search works from the rebuilt one.
func TestACorruptSearchIndexDoesNotStopTheSite(t *testing.T) {
	dataDir := t.TempDir()
	first, err := sitetest.Start(t.Context(), sitetest.Options{DataDir: dataDir})
	if err != nil {
		t.Fatal(err)
	}
	first.Stop()
	if err := os.WriteFile(filepath.Join(dataDir, "search", "index_meta.json"), []byte("{cut sho"), 0o644); err != nil {
		t.Fatal(err)
	}
	site := startedAt(t, dataDir)
	b := site.browser(t)
	resp := b.get("/search?q=swimming&type=listing")
	if resp.Status != http.StatusOK || strings.Contains(resp.Body, "Search is resting") || !strings.Contains(resp.Body, "Swim") {
		t.Errorf("search after a start on a broken index: %d, resting %v", resp.Status, strings.Contains(resp.Body, "Search is resting"))
	}
	aside, _ := filepath.Glob(filepath.Join(dataDir, "search.broken-*"))
	if len(aside) != 1 {
		t.Errorf("the broken index is not kept aside: %q", aside)
	}
}
