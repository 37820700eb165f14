package search

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// builtIndex writes the fixture into a new index in a folder of its own,
// closes it and returns the folder.
func builtIndex(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "search")
	b, err := OpenBleve(dir)
	must(t, err)
	must(t, b.Put(context.Background(), fixture()...))
	// Wait for the documents to be written to one segment on disk, so the
	// segment files broken below are the ones the index reads.
	must(t, b.Compact(context.Background()))
	must(t, b.Close())
	return dir
}

// filesUnder lists the files under dir whose names end with suffix.
func filesUnder(t *testing.T, dir, suffix string) []string {
	t.Helper()
	var out []string
	_ = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(path, suffix) {
			out = append(out, path)
		}
		return nil
	})
	if len(out) == 0 {
		t.Fatalf("no %s file under %s", suffix, dir)
	}
	return out
}

// TestAnUnreadableIndexIsMovedAsideAndStartedAgain breaks a built index in
// the ways a crash, a full disk or a slip at the command line do, and
// checks each opens as an empty, working index, with the old one kept
// aside under a name that says it was broken. An intact index opens as it
// is.
func TestAnUnreadableIndexIsMovedAsideAndStartedAgain(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)
	// skipped marks the breaks Bleve itself gets past by leaving out the
	// segment it cannot load ("unable to load snapshot ... continuing"):
	// the index then opens, empty or short, and the check at start-up
	// (discovery.EnsureFresh) sees it hold fewer documents than the store
	// and rebuilds it. Either way what opens is empty and works.
	corruptions := []struct {
		name    string
		skipped bool
		break_  func(t *testing.T, dir string)
	}{
		{"the folder is a plain file", false, func(t *testing.T, dir string) {
			must(t, os.RemoveAll(dir))
			must(t, os.WriteFile(dir, []byte("not an index"), 0o644))
		}},
		{"index_meta.json is garbage", false, func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{garbage"), 0o644))
		}},
		{"index_meta.json is empty", false, func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "index_meta.json"), nil, 0o644))
		}},
		{"index_meta.json is gone", false, func(t *testing.T, dir string) {
			must(t, os.Remove(filepath.Join(dir, "index_meta.json")))
		}},
		{"root.bolt is cut short", false, func(t *testing.T, dir string) {
			for _, f := range filesUnder(t, dir, "root.bolt") {
				must(t, os.Truncate(f, 100))
			}
		}},
		{"root.bolt is gone", false, func(t *testing.T, dir string) {
			for _, f := range filesUnder(t, dir, "root.bolt") {
				must(t, os.Remove(f))
			}
		}},
		{"a segment is cut short", true, func(t *testing.T, dir string) {
			for _, f := range filesUnder(t, dir, ".zap") {
				must(t, os.Truncate(f, 64))
			}
		}},
		{"a segment is overwritten", true, func(t *testing.T, dir string) {
			for _, f := range filesUnder(t, dir, ".zap") {
				info, err := os.Stat(f)
				must(t, err)
				must(t, os.WriteFile(f, []byte(strings.Repeat("\xff", int(info.Size()))), 0o644))
			}
		}},
		{"the store folder is gone", false, func(t *testing.T, dir string) {
			must(t, os.RemoveAll(filepath.Join(dir, "store")))
		}},
	}
	for _, c := range corruptions {
		t.Run(c.name, func(t *testing.T) {
			dir := builtIndex(t)
			c.break_(t, dir)
			b, aside, err := OpenBleveOrStartAgain(dir, now)
			if err != nil {
				t.Fatalf("the site would not start: %v", err)
			}
			defer b.Close()
			switch want := dir + ".broken-20261202T093000"; {
			case c.skipped && aside == "":
				t.Log("Bleve left the broken segment out and opened the rest")
			case aside != want:
				t.Errorf("moved aside to %q, want %q", aside, want)
			default:
				if _, err := os.Lstat(aside); err != nil {
					t.Errorf("the broken index is not kept aside: %v", err)
				}
			}
			counts, err := b.Count(context.Background())
			if err != nil || len(nonZeroKinds(counts)) != 0 {
				t.Errorf("the new index: counts %v, %v; want empty", counts, err)
			}
			must(t, b.Put(context.Background(), fixture()...))
			if res, err := b.Search(context.Background(), Query{Text: "swimming"}); err != nil || res.Total == 0 {
				t.Errorf("the new index does not search: %v, %d hits", err, res.Total)
			}
		})
	}
	t.Run("an intact index", func(t *testing.T) {
		dir := builtIndex(t)
		b, aside, err := OpenBleveOrStartAgain(dir, now)
		must(t, err)
		defer b.Close()
		if aside != "" {
			t.Errorf("an intact index was moved aside to %s", aside)
		}
		counts, err := b.Count(context.Background())
		must(t, err)
		if counts[KindListing] != 6 {
			t.Errorf("listings = %d, want the 6 written", counts[KindListing])
		}
	})
}

func nonZeroKinds(m map[Kind]int) []Kind {
	var out []Kind
	for k, n := range m {
		if n > 0 {
			out = append(out, k)
		}
	}
	return out
}

// TestAFailedWriteIsAnErrorAndResetMendsIt removes an open index's folder,
// as an operator's slip or a full disk would break it: every later write
// fails with an error rather than a panic, and Reset starts it again.
func TestAFailedWriteIsAnErrorAndResetMendsIt(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "search")
	b, err := OpenBleve(dir)
	must(t, err)
	defer b.Close()
	must(t, b.Put(ctx, fixture()...))
	must(t, os.RemoveAll(dir))
	failed := 0
	for i := 0; i < 20; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("write %d panicked: %v", i, r)
				}
			}()
			if err := b.Put(ctx, fixture()[i%len(fixture())]); err != nil {
				failed++
			}
		}()
		time.Sleep(5 * time.Millisecond) // let Bleve's persister find the folder gone
	}
	t.Logf("%d of 20 writes into the removed folder failed (with an error, not a panic)", failed)
	must(t, b.Reset())
	must(t, b.Put(ctx, fixture()...))
	counts, err := b.Count(ctx)
	must(t, err)
	if counts[KindListing] != 6 {
		t.Errorf("after Reset, listings = %d, want 6", counts[KindListing])
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		t.Errorf("Reset did not make the folder again: %v", err)
	}
}
