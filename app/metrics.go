package app

import (
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/metrics"
	"github.com/clubtogether/clubtogether/store"
)

// newMetrics makes the site's metrics, reading the store's and the search
// index's own counts at each scrape: neither knows of Prometheus.
func newMetrics(st *store.Store, index *discovery.Sync) *metrics.Metrics {
	m := metrics.New()
	m.Watch(func() metrics.Database {
		c := st.Counts()
		return metrics.Database{FailedCommands: c.FailedCommands, HeartbeatsFailed: c.HeartbeatsFailed, LedgerEntriesWritten: c.LedgerEntriesWritten}
	}, func() metrics.Index {
		h := index.Health()
		return metrics.Index{WriteFailures: int64(h.Failures), Stale: index.Lag(), Waiting: h.Waiting}
	})
	return m
}
