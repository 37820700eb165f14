package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// The store and the search index's keeper count for themselves, without
// knowing of Prometheus; the metrics read their counts when scraped.

// Database is what the store has counted since it opened.
type Database struct {
	// FailedCommands are the commands the database answered with an
	// error, or that failed on the way, by command name (a bounded set).
	FailedCommands map[string]int64
	// HeartbeatsFailed are the driver's regular checks of the database
	// that found it out of reach: they go on with no requests at all.
	HeartbeatsFailed int64
	// LedgerEntriesWritten are the money entries inserted, each once: a
	// form sent again that matched the entry already there is not one.
	LedgerEntriesWritten int64
}

// Index is what the search index's keeper has counted.
type Index struct {
	// WriteFailures are the failed writes to the index, rebuilds and
	// replays included.
	WriteFailures int64
	// Stale is how long the index has said less than the store; 0 while
	// it is fresh.
	Stale time.Duration
	// Waiting are the writes made during a rebuild, waiting to be put in
	// the index after it.
	Waiting int
}

var (
	failedCommandsDesc = prometheus.NewDesc(namespace+"_database_commands_failed_total",
		"Database commands that failed, by command name.", []string{"command"}, nil)
	heartbeatsFailedDesc = prometheus.NewDesc(namespace+"_database_heartbeats_failed_total",
		"Checks of the database that found it out of reach.", nil, nil)
	ledgerEntriesDesc = prometheus.NewDesc(namespace+"_ledger_entries_written_total",
		"Money entries written to group ledgers.", nil, nil)
	indexFailuresDesc = prometheus.NewDesc(namespace+"_search_index_write_failures_total",
		"Failed writes to the search index, rebuilds and replays included.", nil, nil)
	indexStaleDesc = prometheus.NewDesc(namespace+"_search_index_stale_seconds",
		"How long the search index has been behind the store; 0 when it is fresh.", nil, nil)
	indexWaitingDesc = prometheus.NewDesc(namespace+"_search_index_writes_waiting",
		"Writes to the search index waiting for a rebuild to end.", nil, nil)
)

// Watch has each scrape read the database's and the index's counts; either
// may be nil. Call it once, when the site is wired.
func (m *Metrics) Watch(database func() Database, index func() Index) {
	if m == nil {
		return
	}
	m.registry.MustRegister(sources{database: database, index: index})
}

// sources is a collector over the functions Watch was given.
type sources struct {
	database func() Database
	index    func() Index
}

func (s sources) Describe(ch chan<- *prometheus.Desc) {
	if s.database != nil {
		ch <- failedCommandsDesc
		ch <- heartbeatsFailedDesc
		ch <- ledgerEntriesDesc
	}
	if s.index != nil {
		ch <- indexFailuresDesc
		ch <- indexStaleDesc
		ch <- indexWaitingDesc
	}
}

func (s sources) Collect(ch chan<- prometheus.Metric) {
	if s.database != nil {
		d := s.database()
		for command, n := range d.FailedCommands {
			ch <- prometheus.MustNewConstMetric(failedCommandsDesc, prometheus.CounterValue, float64(n), command)
		}
		ch <- prometheus.MustNewConstMetric(heartbeatsFailedDesc, prometheus.CounterValue, float64(d.HeartbeatsFailed))
		ch <- prometheus.MustNewConstMetric(ledgerEntriesDesc, prometheus.CounterValue, float64(d.LedgerEntriesWritten))
	}
	if s.index != nil {
		i := s.index()
		ch <- prometheus.MustNewConstMetric(indexFailuresDesc, prometheus.CounterValue, float64(i.WriteFailures))
		ch <- prometheus.MustNewConstMetric(indexStaleDesc, prometheus.GaugeValue, i.Stale.Seconds())
		ch <- prometheus.MustNewConstMetric(indexWaitingDesc, prometheus.GaugeValue, float64(i.Waiting))
	}
}
