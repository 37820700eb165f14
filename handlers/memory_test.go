package handlers_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/sitetest"
)

// logLines keeps the site's JSON log for a test to read.
type logLines struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// requests returns the request lines logged since the last call.
func (l *logLines) requests(t *testing.T) []map[string]any {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(l.buf.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil && m["msg"] == "request" {
			out = append(out, m)
		}
	}
	l.buf.Reset()
	return out
}

// TestSignedInPagesReadFromMemory: the pages a signed-in member opens most
// (home, their profile, suggestions, search, messages, their groups and a
// group's pages) read nothing from the database but, at most, one
// document by id: the person, their groups, marks, messages, proposals,
// board and ledger come from memory. The database driver counts what
// each request sends, and the request log line says it.
func TestSignedInPagesReadFromMemory(t *testing.T) {
	logs := &logLines{}
	app := sitetest.StartT(t, sitetest.Options{Log: slog.New(slog.NewJSONHandler(logs, nil))})
	site := &testSite{URL: app.URL, Store: app.App.Store, Index: app.App.Search, Actions: app.App.Actions}
	people, err := app.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	site.People = people
	treasurer, path := startOpenGroup(t, site)
	member, _ := joinAs(t, site, path, 1)
	if resp := member.submit(path+"/pay", path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	if resp := treasurer.submit(path, path+"/proposals", url.Values{"spend_amount": {"3"}, "spend_to": {"Pool"}, "spend_for": {"Towels"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing: %d", resp.Status)
	}
	visitors := map[string]*browser{"treasurer": treasurer, "member": member}
	for _, r := range demo.Roles(demo.DefaultSeed) {
		if r.Key == "easy_read" || r.Key == "mentor" {
			b := site.browser(t)
			if err := b.c.SignInAs(r.PersonID); err != nil {
				t.Fatal(err)
			}
			visitors[r.Key] = b
		}
	}
	pages := []string{"/", "/me", "/suggestions", "/search?q=swimming", "/messages", "/groups", "/mentors", "/interests"}
	inGroup := []string{path, path + "/pay", path + "/money", path + "/votes", path + "/history", path + "/statement", path + "/members", path + "/board"}
	logs.requests(t)
	for who, b := range visitors {
		list := pages
		if who == "treasurer" || who == "member" {
			list = append(append([]string{}, pages...), inGroup...)
		}
		for _, p := range list {
			if resp := b.get(p); resp.Status != http.StatusOK {
				t.Fatalf("%s opening %s: %d", who, p, resp.Status)
			}
		}
		// The line is written when the handler returns, which may be just
		// after the page reached the browser.
		var lines []map[string]any
		for try := 0; try < 100 && len(lines) < len(list); try++ {
			if try > 0 {
				time.Sleep(20 * time.Millisecond)
			}
			lines = append(lines, logs.requests(t)...)
		}
		if len(lines) != len(list) {
			t.Fatalf("%s: %d request lines for %d pages", who, len(lines), len(list))
		}
		for i, line := range lines {
			byID, queries := line["reads_by_id"].(float64), line["queries"].(float64)
			// The issue allows a page one lookup by id; these make none, and
			// a lookup that finds nothing (a member with no wellbeing plan)
			// would be asked again on every visit.
			if byID > 0 || queries > 0 {
				t.Errorf("%s opening %s (%s) read the database: %v lookups by id, %v other queries; want none",
					who, list[i], line["route"], byID, queries)
			}
		}
	}
}
