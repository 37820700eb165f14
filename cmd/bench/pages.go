package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/config"
)

// pagesResult is the figures of the pages benchmark.
type pagesResult struct {
	Requests     int     `json:"requests"`
	People       int     `json:"people"`
	StartupMS    int64   `json:"startup_ms"`
	MeP50MS      float64 `json:"me_p50_ms"`
	MeP95MS      float64 `json:"me_p95_ms"`
	PersonP50MS  float64 `json:"person_p50_ms"`
	PersonP95MS  float64 `json:"person_p95_ms"`
	ErrorAnswers int     `json:"error_answers"`
}

// benchPages starts the real site on the embedded store with the demo
// members in a temporary folder, signs in as one of them over HTTP, and
// times /me and /people/:id one request after another.
func benchPages(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("pages", flag.ContinueOnError)
	requests := fs.Int("requests", 1000, "requests to each page")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "clubtogether-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	started := time.Now()
	env := map[string]string{"DATA_DIR": dir, "ADDR": "127.0.0.1:0"}
	cfg, _, err := config.Load(nil, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		return err
	}
	site, err := app.Open(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	defer site.Close(context.Background())
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site.Handler()}
	go func() { _ = srv.Serve(listener) }()
	defer srv.Close()
	base := "http://" + listener.Addr().String()
	result := pagesResult{Requests: *requests, StartupMS: time.Since(started).Milliseconds()}

	client, signedIn, err := signInFirstDemoMember(base)
	if err != nil {
		return err
	}
	people, err := site.Store.DemoPeople(ctx)
	if err != nil {
		return err
	}
	result.People = len(people)
	// Only members who show their profile can be visited; the rest are 404.
	var others []string
	for _, p := range people {
		if p.Visible() && p.ID != signedIn {
			others = append(others, p.ID)
		}
	}
	get := func(path string) (time.Duration, bool) {
		t := time.Now()
		resp, err := client.Get(base + path)
		if err != nil {
			return time.Since(t), false
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return time.Since(t), resp.StatusCode == http.StatusOK
	}
	var me, person []time.Duration
	for i := range *requests {
		d, ok := get("/me")
		me = append(me, d)
		d2, ok2 := get("/people/" + others[i%len(others)])
		person = append(person, d2)
		if !ok || !ok2 {
			result.ErrorAnswers++
		}
	}
	result.MeP50MS, result.MeP95MS = percentile(me, 50), percentile(me, 95)
	result.PersonP50MS, result.PersonP95MS = percentile(person, 50), percentile(person, 95)
	fmt.Fprintf(out, "/me:          p50 %.2f ms, p95 %.2f ms over %d requests\n", result.MeP50MS, result.MeP95MS, *requests)
	fmt.Fprintf(out, "/people/:id:  p50 %.2f ms, p95 %.2f ms over %d requests\n", result.PersonP50MS, result.PersonP95MS, *requests)
	line, _ := json.Marshal(result)
	fmt.Fprintln(out, string(line))
	if result.ErrorAnswers > 0 {
		return fmt.Errorf("%d requests did not answer 200", result.ErrorAnswers)
	}
	return nil
}

// signInFirstDemoMember signs in through /demo as a browser would, and
// returns the id of the member signed in.
func signInFirstDemoMember(base string) (*http.Client, string, error) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := client.Get(base + "/demo")
	if err != nil {
		return nil, "", err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	token := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(body)
	members := regexp.MustCompile(`name="member" value="([^"]+)"`).FindAllSubmatch(body, -1)
	if token == nil || len(members) == 0 {
		return nil, "", fmt.Errorf("the demo page lists no members")
	}
	form := url.Values{"csrf": {string(token[1])}, "member": {string(members[0][1])}}
	req, _ := http.NewRequest(http.MethodPost, base+"/demo/signin", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", base)
	resp, err = client.Do(req)
	if err != nil {
		return nil, "", err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("demo sign-in answered %d", resp.StatusCode)
	}
	return client, string(members[0][1]), nil
}

// percentile returns the p-th percentile in milliseconds (nearest rank).
func percentile(samples []time.Duration, p int) float64 {
	sorted := slices.Clone(samples)
	slices.Sort(sorted)
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return float64(sorted[i].Microseconds()) / 1000
}
