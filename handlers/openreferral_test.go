package handlers_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
)

func TestOpenReferralAPI(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	verified := 0
	for _, p := range demo.Providers(demo.DefaultSeed) {
		if p.Verified() {
			verified++
		}
	}
	for _, path := range []string{"/openreferral/", "/openreferral/services", "/openreferral/service_at_locations", "/openreferral/taxonomies", "/openreferral/taxonomy_terms"} {
		resp := b.get(path)
		if resp.Status != http.StatusOK || resp.Header.Get("Access-Control-Allow-Origin") != "*" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s: %d, CORS %q, type %q", path, resp.Status, resp.Header.Get("Access-Control-Allow-Origin"), resp.Header.Get("Content-Type"))
		}
	}
	var page struct {
		TotalItems int `json:"total_items"`
		Contents   []struct {
			ID           string `json:"id"`
			Organization struct {
				Name string `json:"name"`
			} `json:"organization"`
		} `json:"contents"`
	}
	if err := json.Unmarshal([]byte(b.get("/openreferral/services?per_page=100").Body), &page); err != nil {
		t.Fatal(err)
	}
	if page.TotalItems == 0 || len(page.Contents) != page.TotalItems {
		t.Fatalf("services: %d items, %d shown", page.TotalItems, len(page.Contents))
	}
	published := map[string]bool{}
	for _, s := range page.Contents {
		published[s.Organization.Name] = true
	}
	for _, p := range demo.Providers(demo.DefaultSeed) {
		if published[p.Name] != p.Verified() {
			t.Errorf("%s (checked %v) published %v: only checked providers may be published", p.Name, p.Verified(), published[p.Name])
		}
	}
	if len(published) != verified {
		t.Errorf("%d organisations published, want %d", len(published), verified)
	}
	one := b.get("/openreferral/services/" + page.Contents[0].ID)
	if one.Status != http.StatusOK || !strings.Contains(one.Body, page.Contents[0].ID) {
		t.Errorf("one service: %d", one.Status)
	}
	if resp := b.get("/openreferral/services/00000000-0000-4000-8000-000000000000"); resp.Status != http.StatusNotFound {
		t.Errorf("unknown service: %d, want 404", resp.Status)
	}
	for _, bad := range []string{"per_page=1000", "page=0", "proximity=5000", "postcode=ZZ99&proximity=100"} {
		if resp := b.get("/openreferral/services?" + bad); resp.Status != http.StatusBadRequest || !strings.Contains(resp.Body, "error") {
			t.Errorf("%s: %d, want 400 with an error", bad, resp.Status)
		}
	}
}
