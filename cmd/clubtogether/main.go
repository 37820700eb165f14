// Command clubtogether runs the ClubTogether site. With no settings it runs
// on 127.0.0.1:8080 with an embedded database and demo members; see
// `clubtogether --help` for every setting.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/config"
)

// gcPercent is how far the heap grows before the garbage is collected,
// unless GOGC says otherwise: a page allocates much and keeps little, and
// at Go's default of 100 the collector took a third of the site's time
// under load; at 400 the site kept up with half as many requests again.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "clubtogether:", err)
		os.Exit(1)
	}
}

// run starts the site and serves until ctx ends, then lets requests in
// flight finish and closes the database.
func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cfg, commands, err := config.Load(args, getenv, stdout)
	if err != nil {
		return err
	}
	command := "serve"
	if len(commands) > 0 {
		command = commands[0]
	}
	switch command {
	case "serve", "reindex":
	case "import-openreferral":
		if len(commands) != 2 {
			return fmt.Errorf("import-openreferral needs one file: clubtogether import-openreferral FEED.json")
		}
	default:
		return fmt.Errorf("unknown command %q: see clubtogether --help", command)
	}
	log := newLogger(cfg.LogLevel)
	a, err := app.Open(ctx, cfg, log, nil)
	if err != nil {
		return err
	}
	defer a.Close(context.Background())
	if command == "import-openreferral" {
		return importOpenReferral(ctx, a, commands[1], stdout)
	}
	if command == "reindex" {
		n, err := a.Discovery.Reindex(ctx, stdout)
		if err == nil {
			fmt.Fprintf(stdout, "search index rebuilt: %d documents\n", n)
		}
		return err
	}

	listener, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("ADDR %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           a.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	stopMetrics, err := serveMetrics(cfg.MetricsAddr, a.Metrics, stdout, log)
	if err != nil {
		_ = listener.Close()
		return err
	}
	fmt.Fprintf(stdout, "ClubTogether is running at %s/ (listening on %s; press Ctrl-C to stop)\n", cfg.BaseURL, listener.Addr())

	served := make(chan error, 1)
	go func() { served <- srv.Serve(listener) }()
	select {
	case err := <-served:
		_ = stopMetrics(context.Background())
		return err
	case <-ctx.Done():
	}
	log.Info("stopping: letting requests in flight finish")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return errors.Join(srv.Shutdown(shutdownCtx), stopMetrics(shutdownCtx))
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}
