package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/store"
)

// lockedBuffer is an io.Writer the test can read while run writes to it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start runs the site as `clubtogether` would, and returns its address and
// a function that stops it (as Ctrl-C does) and returns run's error.
func start(t *testing.T, env map[string]string) (string, func() error) {
	t.Helper()
	base, stop, _ := startPrinting(t, env)
	return base, stop
}

// startPrinting is start, also returning what run prints.
func startPrinting(t *testing.T, env map[string]string) (string, func() error, *lockedBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &lockedBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, func(k string) string { return env[k] }, out) }()
	// Port 0 picks a free port, which BASE_URL cannot know: the test
	// reaches the site at the address it says it listens on.
	address := regexp.MustCompile(`running at http://\S+/ \(listening on (\S+);`)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := address.FindStringSubmatch(out.String()); m != nil {
			return "http://" + m[1], func() error {
				cancel()
				return <-done
			}, out
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("run stopped before serving: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatal("the site did not print its address within a minute")
	return "", nil, nil
}

func countPeople(t *testing.T, dir string) int64 {
	t.Helper()
	st, err := store.OpenEmbedded(context.Background(), dir, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	n, err := st.CountPeople(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRunServesDemoDataAndRestartsWithoutDuplicates(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"ADDR": "127.0.0.1:0", "DATA_DIR": dir, "LOG_LEVEL": "error"}
	for round := 1; round <= 2; round++ {
		base, stop := start(t, env)
		for _, path := range []string{"/", "/demo", "/readyz"} {
			resp, err := http.Get(base + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("round %d: %s answered %d", round, path, resp.StatusCode)
			}
		}
		if err := stop(); err != nil {
			t.Fatalf("round %d: stopping: %v", round, err)
		}
		if n := countPeople(t, dir); n != 200 {
			t.Errorf("after start %d: %d people, want the 200 demo members once", round, n)
		}
	}
}

func TestDemoOffStartsEmpty(t *testing.T) {
	dir := t.TempDir()
	_, stop := start(t, map[string]string{"ADDR": "127.0.0.1:0", "DATA_DIR": dir, "DEMO": "off", "LOG_LEVEL": "error"})
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if n := countPeople(t, dir); n != 0 {
		t.Errorf("DEMO=off: %d people, want none", n)
	}
}

func TestHelpAndBadSettings(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"--help"}, func(string) string { return "" }, &out)
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out.String(), "MONGODB_URI") {
		t.Errorf("--help: %v\n%s", err, out.String())
	}
	err = run(context.Background(), nil, func(k string) string {
		return map[string]string{"ADDR": "everywhere", "DEMO": "sometimes"}[k]
	}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "ADDR") || !strings.Contains(err.Error(), "DEMO") {
		t.Errorf("bad settings: %v, want both named", err)
	}
	err = run(context.Background(), []string{"frobnicate"}, func(string) string { return "" }, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "frobnicate") {
		t.Errorf("unknown command: %v", err)
	}
}

func TestReindexRebuildsFromTheStore(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error"}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"reindex"}, func(k string) string { return env[k] }, &out); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`search index rebuilt: (\d+) documents`).FindStringSubmatch(out.String())
	if m == nil || !strings.Contains(out.String(), "indexed ") || m[1] == "0" {
		t.Errorf("reindex printed %q; want progress and a count", out.String())
	}
}
