package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// loadFigures is the load benchmark's JSON line, exactly these keys:
// offered_rate and achieved_rate are requests a second (achieved: answered
// requests over the time from the first scheduled request to the last
// answer); errors are answers other than 2xx and 3xx (429 apart, and any
// payment answer but 303) plus requests that got no answer; too_many are
// 429s; latencies are milliseconds from each request's scheduled time to
// its whole answer; peak_memory_mb is the site process's VmHWM.
type loadFigures struct {
	People  int `json:"people"`
	Clients int `json:"clients"`
	// Only is the one route sent, with -only; empty for the whole mix.
	Only         string                  `json:"only,omitempty"`
	Seconds      int                     `json:"seconds"`
	OfferedRate  float64                 `json:"offered_rate"`
	AchievedRate float64                 `json:"achieved_rate"`
	Requests     int                     `json:"requests"`
	Errors       int                     `json:"errors"`
	TooMany      int                     `json:"too_many"`
	P50MS        float64                 `json:"p50_ms"`
	P95MS        float64                 `json:"p95_ms"`
	P99MS        float64                 `json:"p99_ms"`
	Routes       map[string]routeFigures `json:"routes"`
	Payments     loadPayments            `json:"payments"`
	PeakMemoryMB float64                 `json:"peak_memory_mb"`
	// CPUMSPerRequest is the site process's processor time (user and
	// system, every core) while requests were sent, over the requests: a
	// figure the machine's other work moves less than latency.
	CPUMSPerRequest float64 `json:"cpu_ms_per_request"`
	// BenchCPUMSPerRequest is the same for this process, which sends the
	// requests on the same cores: what the site cannot have of them.
	BenchCPUMSPerRequest float64 `json:"bench_cpu_ms_per_request"`
}

// routeFigures are one route's: requests, errors, 429s and latencies.
type routeFigures struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	TooMany  int     `json:"too_many"`
	P50MS    float64 `json:"p50_ms"`
	P95MS    float64 `json:"p95_ms"`
	P99MS    float64 `json:"p99_ms"`
}

// loadPayments: acknowledged (answered 303), recorded (in a ledger),
// duplicates (a payment in a ledger more than once), lost (acknowledged
// and in no ledger), per_second (acknowledged over the run's time).
type loadPayments struct {
	Acknowledged int     `json:"acknowledged"`
	Recorded     int     `json:"recorded"`
	Duplicates   int     `json:"duplicates"`
	Lost         int     `json:"lost"`
	PerSecond    float64 `json:"per_second"`
	P50MS        float64 `json:"p50_ms"`
	P95MS        float64 `json:"p95_ms"`
	P99MS        float64 `json:"p99_ms"`
}

type loadOptions struct {
	people, rate, seconds, clients, killPayments, forms int
	kill                                                bool
	// only names one route of the mix to send alone, such as pay.
	only string
}

func benchLoad(ctx context.Context, args []string, out io.Writer) error {
	opts, err := parseLoad(args)
	if err != nil {
		return err
	}
	if opts.kill {
		f, err := measureKill(ctx, opts, out)
		if err == nil && (f.Lost > 0 || f.Duplicated > 0) {
			err = fmt.Errorf("after the kill %d acknowledged payments were lost and %d doubled", f.Lost, f.Duplicated)
		}
		return err
	}
	f, err := measureLoad(ctx, opts, out)
	if err == nil && (f.Payments.Lost > 0 || f.Payments.Duplicates > 0) {
		err = fmt.Errorf("the load lost %d acknowledged payments and doubled %d", f.Payments.Lost, f.Payments.Duplicates)
	}
	return err
}

func parseLoad(args []string) (loadOptions, error) {
	var o loadOptions
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.IntVar(&o.people, "people", 0, "members to add to the demo's, first seen a week ago (0: the demo data only)")
	fs.IntVar(&o.rate, "rate", 2000, "requests a second, sent on schedule whether or not earlier ones were answered")
	fs.IntVar(&o.seconds, "seconds", 60, "how long to send for")
	fs.IntVar(&o.clients, "clients", 200, "signed-in visitors, one demo member each, each from its own address")
	fs.IntVar(&o.forms, "forms", 0, "payment forms opened before the clock (0: one for every payment); later payments open theirs just before posting, timed with it")
	fs.BoolVar(&o.kill, "kill", false, "instead: SIGKILL the site during concurrent payments, restart it, retry, and count")
	fs.IntVar(&o.killPayments, "payments", 200, "with -kill: payments sent at once")
	fs.StringVar(&o.only, "only", "", "send only this route of the mix (such as pay), every request of it")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if o.rate < 1 || o.seconds < 1 || o.people < 0 || o.killPayments < 2 {
		return o, fmt.Errorf("load: -rate and -seconds must be positive, -people not negative, -payments at least 2")
	}
	if o.only != "" && !knownRoute(o.only) {
		return o, fmt.Errorf("load: -only %q is no route of the mix", o.only)
	}
	return o, nil
}

// openLoad builds, seeds and starts the site, and readies the visitors.
func openLoad(ctx context.Context, o loadOptions, out io.Writer) (*loadBench, error) {
	site, err := prepareLoadSite(ctx, o.people, out)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	if err := site.start(ctx); err != nil {
		site.close()
		return nil, err
	}
	fmt.Fprintf(out, "start: the site's process was ready in %.1f s\n", time.Since(start).Seconds())
	b := &loadBench{site: site, transport: newLoadTransport()}
	start = time.Now()
	if err := b.ready(ctx, o.clients); err != nil {
		b.close()
		return nil, err
	}
	fmt.Fprintf(out, "clients: %d signed in, each from its own address, members of %d groups, in %.1f s\n",
		o.clients, len(b.groups), time.Since(start).Seconds())
	return b, nil
}

func (b *loadBench) close() {
	b.transport.CloseIdleConnections()
	b.site.close()
}

// loadResult is one request's outcome.
type loadResult struct {
	status  int
	failed  bool // no answer
	latency time.Duration
}

func measureLoad(ctx context.Context, o loadOptions, out io.Writer) (loadFigures, error) {
	f := loadFigures{People: o.people, Clients: o.clients, Only: o.only, Seconds: o.seconds, OfferedRate: float64(o.rate)}
	b, err := openLoad(ctx, o, out)
	if err != nil {
		return f, err
	}
	defer b.close()
	reqs, payments := schedule(o.rate*o.seconds, o.clients, o.only)
	start := time.Now()
	if err := b.fetchKeys(payments, o.forms); err != nil {
		return f, err
	}
	opened := payments
	if o.forms > 0 && o.forms < payments {
		opened = o.forms
	}
	fmt.Fprintf(out, "forms: %d of %d payments' forms opened for their keys in %.1f s (not in the figures; the rest open theirs as they pay)\n",
		opened, payments, time.Since(start).Seconds())
	printMix(out, o.only)
	results := make([]loadResult, len(reqs))
	cpuBefore, benchBefore := b.site.cpuSeconds(), processCPUSeconds(os.Getpid())
	elapsed := b.drive(reqs, o.rate, results)
	if len(reqs) > 0 {
		f.CPUMSPerRequest = round((b.site.cpuSeconds()-cpuBefore)*1000/float64(len(reqs)), 3)
		f.BenchCPUMSPerRequest = round((processCPUSeconds(os.Getpid())-benchBefore)*1000/float64(len(reqs)), 3)
	}
	acked := make([]bool, payments)
	for i, r := range reqs {
		if r.payment >= 0 && results[i].status == http.StatusSeeOther {
			acked[r.payment] = true
		}
	}
	seen, err := b.ledgerNotes()
	if err != nil {
		return f, err
	}
	f.PeakMemoryMB = b.site.peakMemoryMB()
	summarise(&f, reqs, results, elapsed)
	pc := countPayments(seen, acked, loadNote)
	f.Payments.Recorded, f.Payments.Duplicates, f.Payments.Lost = pc.Recorded, pc.Duplicates, pc.Lost
	printLoad(out, f, elapsed)
	printStatuses(out, reqs, results)
	if f.Errors > 0 {
		fmt.Fprintf(out, "site log, last lines:\n%s\n", b.site.logTail())
	}
	line, _ := json.Marshal(f)
	fmt.Fprintln(out, string(line))
	return f, nil
}

// drive sends reqs open loop: request i at start + i/rate, each in its own
// goroutine whatever became of the ones before. It returns the time from
// start to the last answer.
func (b *loadBench) drive(reqs []loadRequest, rate int, results []loadResult) time.Duration {
	var wg sync.WaitGroup
	var last atomic.Int64
	start := time.Now().Add(50 * time.Millisecond)
	for i, r := range reqs {
		at := start.Add(time.Duration(i) * time.Second / time.Duration(rate))
		if wait := time.Until(at); wait > 0 {
			time.Sleep(wait)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, err := b.send(i, r)
			done := time.Since(start)
			results[i] = loadResult{status: status, failed: err != nil, latency: time.Since(at)}
			for {
				old := last.Load()
				if int64(done) <= old || last.CompareAndSwap(old, int64(done)) {
					break
				}
			}
		}()
	}
	wg.Wait()
	return time.Duration(last.Load())
}

// summarise fills the figures from each request's outcome.
func summarise(f *loadFigures, reqs []loadRequest, results []loadResult, elapsed time.Duration) {
	f.Routes = map[string]routeFigures{}
	byRoute := make([][]time.Duration, len(loadMix))
	var all []time.Duration
	answered := 0
	for i, r := range reqs {
		res := results[i]
		name := loadMix[r.route].route
		rf := f.Routes[name]
		rf.Requests++
		f.Requests++
		switch {
		case res.failed:
			rf.Errors++
		case res.status == http.StatusTooManyRequests:
			rf.TooMany++
		case name == "pay" && res.status != http.StatusSeeOther, res.status >= 400:
			rf.Errors++
		}
		if !res.failed {
			answered++
			byRoute[r.route] = append(byRoute[r.route], res.latency)
			all = append(all, res.latency)
		}
		if name == "pay" && !res.failed && res.status == http.StatusSeeOther {
			f.Payments.Acknowledged++
		}
		f.Routes[name] = rf
	}
	for r, samples := range byRoute {
		rf := f.Routes[loadMix[r].route]
		rf.P50MS, rf.P95MS, rf.P99MS = percentiles(samples)
		f.Errors += rf.Errors
		f.TooMany += rf.TooMany
		f.Routes[loadMix[r].route] = rf
		if loadMix[r].route == "pay" {
			f.Payments.P50MS, f.Payments.P95MS, f.Payments.P99MS = rf.P50MS, rf.P95MS, rf.P99MS
		}
	}
	f.P50MS, f.P95MS, f.P99MS = percentiles(all)
	if s := elapsed.Seconds(); s > 0 {
		f.AchievedRate = round(float64(answered)/s, 1)
		f.Payments.PerSecond = round(float64(f.Payments.Acknowledged)/s, 1)
	}
}

func percentiles(samples []time.Duration) (p50, p95, p99 float64) {
	if len(samples) == 0 {
		return 0, 0, 0
	}
	return percentile(samples, 50), percentile(samples, 95), percentile(samples, 99)
}

func printLoad(out io.Writer, f loadFigures, elapsed time.Duration) {
	fmt.Fprintf(out, "load: offered %.0f/s for %d s, achieved %.1f/s (last answer at %.1f s); %d requests, %d errors, %d refused with 429; p50 %.1f p95 %.1f p99 %.1f ms\n",
		f.OfferedRate, f.Seconds, f.AchievedRate, elapsed.Seconds(), f.Requests, f.Errors, f.TooMany, f.P50MS, f.P95MS, f.P99MS)
	for _, s := range loadMix {
		r := f.Routes[s.route]
		fmt.Fprintf(out, "  %-12s %7d requests %6d errors %5d 429s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms\n",
			s.route, r.Requests, r.Errors, r.TooMany, r.P50MS, r.P95MS, r.P99MS)
	}
	p := f.Payments
	fmt.Fprintf(out, "payments: %d acknowledged, %d recorded, %d doubled, %d lost; %.1f/s; p50 %.1f p95 %.1f p99 %.1f ms\n",
		p.Acknowledged, p.Recorded, p.Duplicates, p.Lost, p.PerSecond, p.P50MS, p.P95MS, p.P99MS)
	fmt.Fprintf(out, "server: peak memory %.1f MB, %.3f ms of processor time a request (the load's own sending: %.3f ms)\n", f.PeakMemoryMB, f.CPUMSPerRequest, f.BenchCPUMSPerRequest)
}

// printStatuses says, per route, how many answers had each status ("none":
// no answer in 30 s, or the connection failed).
func printStatuses(out io.Writer, reqs []loadRequest, results []loadResult) {
	counts := make([]map[string]int, len(loadMix))
	for i, r := range reqs {
		if counts[r.route] == nil {
			counts[r.route] = map[string]int{}
		}
		status := strconv.Itoa(results[i].status)
		if results[i].failed {
			status = "none"
		}
		counts[r.route][status]++
	}
	fmt.Fprintln(out, "statuses:")
	for r, s := range loadMix {
		var parts []string
		for _, status := range slices.Sorted(maps.Keys(counts[r])) {
			parts = append(parts, fmt.Sprintf("%s ×%d", status, counts[r][status]))
		}
		fmt.Fprintf(out, "  %-12s %s\n", s.route, strings.Join(parts, ", "))
	}
}
