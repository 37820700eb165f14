package store

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// embedded is a FerretDB running in this process on SQLite files.
type embedded struct {
	uri string
	// dir is the data folder, whose disk readiness watches.
	dir    string
	cancel context.CancelFunc
	done   chan struct{}
}

// startEmbedded starts FerretDB with its files in dir. It listens on a Unix
// socket inside dir, which is made private (0700): the embedded database has
// no password, so no other local user may reach it.
func startEmbedded(dir string, log *slog.Logger) (*embedded, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("data folder %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("make data folder %s: %w", abs, err)
	}
	if err := os.Chmod(abs, 0o700); err != nil {
		return nil, fmt.Errorf("make data folder %s private: %w", abs, err)
	}
	socket := filepath.Join(abs, "mongo.sock")
	// A socket left by a run that was killed would stop the listener.
	_ = os.Remove(socket)
	f, err := ferretdb.New(&ferretdb.Config{
		Handler: "sqlite",
		// In write-ahead-log mode SQLite's normal sync writes each commit to
		// the log without waiting for the disk, and syncs at checkpoints: a
		// site that is killed loses nothing it acknowledged (the log is in
		// the kernel's hands), and only a power cut can lose the last
		// moments. Waiting for the disk on every commit held payments to
		// a few hundred a second.
		SQLiteURL: "file:" + abs + "/?_pragma=synchronous(normal)",
		Listener:  ferretdb.ListenerConfig{Unix: socket},
		// FerretDB logs every connection at info and every failed command (such
		// as listing indexes of a new collection) at warn: only errors matter.
		Logger: slog.New(levelFilter{log.Handler(), slog.LevelError}),
	})
	if err != nil {
		return nil, fmt.Errorf("start embedded database: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	e := &embedded{uri: f.MongoDBURI(), dir: abs, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(e.done)
		f.Run(ctx)
	}()
	return e, nil
}

// stop ends FerretDB and waits for it to close its files.
func (e *embedded) stop() {
	e.cancel()
	select {
	case <-e.done:
	case <-time.After(10 * time.Second):
	}
}

// levelFilter passes on only records at or above a level.
type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (l levelFilter) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= l.min && l.Handler.Enabled(ctx, level)
}

func (l levelFilter) WithAttrs(attrs []slog.Attr) slog.Handler {
	return levelFilter{l.Handler.WithAttrs(attrs), l.min}
}

func (l levelFilter) WithGroup(name string) slog.Handler {
	return levelFilter{l.Handler.WithGroup(name), l.min}
}
