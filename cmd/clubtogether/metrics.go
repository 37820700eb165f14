package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/clubtogether/clubtogether/metrics"
)

// serveMetrics serves GET /metrics, and nothing else, on addr: an address
// apart from the site's, for Prometheus and not the public. It returns the
// function that shuts it down; with no addr it serves nothing.
func serveMetrics(addr string, m *metrics.Metrics, stdout io.Writer, log *slog.Logger) (func(context.Context) error, error) {
	if addr == "" {
		return func(context.Context) error { return nil }, nil
	}
	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("METRICS_ADDR %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	fmt.Fprintf(stdout, "Metrics are at http://%s/metrics\n", listener.Addr())
	go func() {
		// The site goes on without its metrics: the log says they stopped.
		if err := srv.Serve(listener); !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics stopped being served", "addr", addr, "err", err)
		}
	}()
	return srv.Shutdown, nil
}
