package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
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
	pages := []struct {
		name, path string
		signedIn   bool
	}{
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
					for _, c := range cookies {
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
