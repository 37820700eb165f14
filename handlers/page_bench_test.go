package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/sitetest"
)

// BenchmarkPages times the pages the load bench's mix asks for, each made
// by the site's handler in this process (no network), as a demo member in
// one of the demo's groups, or signed out. It says what a page costs the
// server alone: `go test ./handlers -run ^$ -bench Pages -benchmem`.
func BenchmarkPages(b *testing.B) {
	site := sitetest.StartT(b, sitetest.Options{})
	ctx := context.Background()
	people, err := site.App.Store.DemoPeople(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var member, group string
	for _, p := range people {
		groups, err := site.App.Store.GroupsOf(ctx, p.ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(groups) > 0 {
			member, group = p.ID, groups[0].ID
			break
		}
	}
	if member == "" {
		b.Fatal("no demo member is in a group")
	}
	browser := site.Client()
	if err := browser.SignInAs(member); err != nil {
		b.Fatal(err)
	}
	cookies := browser.Cookies()
	handler := site.App.Handler()
	big := groupOfForty(b, site)
	pages := []struct {
		name, path string
		signedIn   bool
	}{
		// A group as the load bench makes them: 40 members, seen by its
		// treasurer, who has pledged, as everyone joining has.
		{"group_40", big.path, true},
		{"home", "/", true},
		{"home_anon", "/", false},
		{"me", "/me", true},
		{"suggestions", "/suggestions", true},
		{"search", "/search?q=swimming", true},
		{"search_anon", "/search?q=swimming", false},
		{"group", "/groups/" + group, true},
		{"messages", "/messages", true},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			size := 0
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, p.path, nil)
				req.RemoteAddr = "127.0.0.1:40000"
				if p.signedIn {
					from := cookies
					if p.path == big.path {
						from = big.cookies
					}
					for _, c := range from {
						req.AddCookie(c)
					}
				}
				rec := httptest.NewRecorder()
				handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", p.path, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/page")
		})
	}
}

// fortyGroup is a group with forty members, and its treasurer's cookies.
type fortyGroup struct {
	path    string
	cookies []*http.Cookie
}

// groupOfForty has the demo's first member start an open group on plain
// pages, as the load bench's treasurers do, and 39 more members join it.
func groupOfForty(b *testing.B, site *sitetest.Site) fortyGroup {
	b.Helper()
	page, err := site.Client().Get("/demo")
	if err != nil {
		b.Fatal(err)
	}
	ids := sitetest.DemoMembers(page.Body)
	if len(ids) < 40 {
		b.Fatalf("the demo offers %d members, not 40", len(ids))
	}
	treasurer := site.Client()
	if err := treasurer.SignInAs(ids[0]); err != nil {
		b.Fatal(err)
	}
	if _, err := treasurer.Post("/settings/display", url.Values{"easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}}); err != nil {
		b.Fatal(err)
	}
	started, err := treasurer.Submit("/groups/new", "/groups/new", url.Values{
		"name": {"Forty buyers"}, "purpose": {"Buying together."}, "easy_summary": {"We buy together."},
		"interests": {"swimming"}, "district": {"OX4"}, "open": {"open"}, "max_size": {"40"},
		"contribution": {"5"}, "every": {"week"}, "times": {"10"}, "leaver": {"refund_unspent"}, "votes": {"majority"},
	})
	if err != nil || started.Status != http.StatusSeeOther {
		b.Fatalf("starting the group: %d %v", started.Status, err)
	}
	path := strings.TrimSuffix(started.Location, "?done=started")
	for _, id := range ids[1:40] {
		m := site.Client()
		if err := m.SignInAs(id); err != nil {
			b.Fatal(err)
		}
		if joined, err := m.Submit(path, path+"/join", url.Values{}); err != nil || joined.Status != http.StatusSeeOther {
			b.Fatalf("%s joining: %d %v", id, joined.Status, err)
		}
	}
	return fortyGroup{path: path, cookies: treasurer.Cookies()}
}
