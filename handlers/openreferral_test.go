package handlers_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/demo"
	"github.com/clubtogether/clubtogether/openreferral"
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
	for _, path := range []string{"/openreferral/", "/openreferral/services", "/openreferral/service_at_locations", "/openreferral/taxonomies",
		"/openreferral/taxonomy_terms", "/openreferral/organizations"} {
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

// openReferralJSON reads an API answer, failing unless it is JSON with
// the status, the CORS header and no cookie: the API's readers are other
// sites, and no answer of it, errors included, starts a session.
func openReferralJSON(t *testing.T, b *browser, path string, status int, into any) page {
	t.Helper()
	resp := b.get(path)
	if resp.Status != status || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
		resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("%s: %d (want %d), type %q, CORS %q\n%.300s", path, resp.Status, status, resp.Header.Get("Content-Type"),
			resp.Header.Get("Access-Control-Allow-Origin"), resp.Body)
	}
	if cookies := resp.Header.Values("Set-Cookie"); len(cookies) > 0 {
		t.Errorf("%s sets a cookie: %q", path, cookies)
	}
	if into != nil {
		if err := json.Unmarshal([]byte(resp.Body), into); err != nil {
			t.Errorf("%s: not JSON: %v\n%.300s", path, err, resp.Body)
		}
	}
	return resp
}

// apiError is the API's one shape of error.
type apiError struct {
	Error string `json:"error"`
}

// TestOpenReferralOneOfEach fetches each kind of thing by the id its list
// gives, and an unknown id of each kind.
func TestOpenReferralOneOfEach(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	type ids struct {
		Contents []struct {
			ID string `json:"id"`
		} `json:"contents"`
	}
	for list, one := range map[string]string{
		"services": "name", "service_at_locations": "location", "taxonomies": "name",
		"taxonomy_terms": "term", "organizations": "services",
	} {
		var page ids
		openReferralJSON(t, b, "/openreferral/"+list, http.StatusOK, &page)
		if len(page.Contents) == 0 {
			t.Errorf("%s lists nothing", list)
			continue
		}
		var item map[string]any
		openReferralJSON(t, b, "/openreferral/"+list+"/"+strings.ToUpper(page.Contents[0].ID), http.StatusOK, &item)
		if item["id"] != page.Contents[0].ID || item[one] == nil {
			t.Errorf("%s/%s: id %v, %s %v", list, page.Contents[0].ID, item["id"], one, item[one])
		}
		var missing apiError
		openReferralJSON(t, b, "/openreferral/"+list+"/00000000-0000-4000-8000-000000000000", http.StatusNotFound, &missing)
		if !strings.HasPrefix(missing.Error, "no ") || !strings.HasSuffix(missing.Error, " with that id") {
			t.Errorf("%s: unknown id says %q", list, missing.Error)
		}
	}
}

// TestOpenReferralRefusesInPlainJSON: unknown paths, other methods and bad
// parameters each get a JSON error in plain words, and set no cookie.
func TestOpenReferralRefusesInPlainJSON(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	for _, path := range []string{"/openreferral/nothing", "/openreferral/services/x/y", "/openreferral/organizations/x/services",
		"/openreferral/nothing/"} {
		var e apiError
		openReferralJSON(t, b, path, http.StatusNotFound, &e)
		if !strings.Contains(e.Error, "no such path") {
			t.Errorf("%s says %q", path, e.Error)
		}
	}
	for query, words := range map[string]string{
		"per_page=0":     "per_page: must be a whole number from 1 to 100",
		"per_page=-1":    "per_page: must be a whole number from 1 to 100",
		"per_page=10000": "per_page: must be a whole number from 1 to 100",
		"per_page=ten":   "per_page: must be a whole number from 1 to 100",
		"page=0":         "page: must be a whole number, 1 or more",
		"proximity=5000": "proximity: needs a postcode",
	} {
		for _, list := range []string{"services", "service_at_locations", "organizations", "taxonomy_terms"} {
			var e apiError
			openReferralJSON(t, b, "/openreferral/"+list+"?"+query, http.StatusBadRequest, &e)
			if !strings.HasPrefix(e.Error, words) {
				t.Errorf("%s?%s says %q, want it to start %q", list, query, e.Error, words)
			}
		}
	}
	// Refused requests change nothing: the list is as it was.
	var before, after struct {
		TotalItems int `json:"total_items"`
	}
	openReferralJSON(t, b, "/openreferral/services", http.StatusOK, &before)
	openReferralJSON(t, b, "/openreferral/services?per_page=10000", http.StatusBadRequest, nil)
	openReferralJSON(t, b, "/openreferral/services", http.StatusOK, &after)
	if before.TotalItems == 0 || before != after {
		t.Errorf("services before %+v, after a refused request %+v", before, after)
	}
	resp := b.post("/openreferral/services", nil)
	if resp.Status != http.StatusMethodNotAllowed || !strings.Contains(resp.Body, "only answers GET") || len(resp.Header.Values("Set-Cookie")) > 0 {
		t.Errorf("POST: %d %q, cookies %q", resp.Status, resp.Body, resp.Header.Values("Set-Cookie"))
	}
	// The site's own pages still start a session, so the check above can fail.
	if site := site.browser(t).get("/nothing"); site.Status != http.StatusNotFound || len(site.Header.Values("Set-Cookie")) == 0 {
		t.Errorf("the site's own 404: %d, cookies %q", site.Status, site.Header.Values("Set-Cookie"))
	}
}

// TestOpenReferralFollowsChanges: the API answers from a catalogue it
// keeps, yet a moderator withdrawing a provider's check takes its
// organization and services out at once, and checking it again puts them
// back.
func TestOpenReferralFollowsChanges(t *testing.T) {
	roles := map[string]string{}
	for _, r := range demo.Roles(demo.DefaultSeed) {
		roles[r.Key] = r.PersonID
	}
	site := newTestSite(t, config.Providers{}, true, roles["moderator"])
	m := site.browser(t)
	m.signInAs(site.demoRole(t, "moderator"))
	owned, err := site.Store.ProvidersOwnedBy(t.Context(), roles["provider"])
	if err != nil || len(owned) == 0 {
		t.Fatalf("the demo provider: %v %v", owned, err)
	}
	provider := owned[0]
	org := "/openreferral/organizations/" + openreferral.OrganizationUUID(provider.ID)
	b := site.browser(t)
	count := func() int {
		var page struct {
			TotalItems int `json:"total_items"`
		}
		openReferralJSON(t, b, "/openreferral/services?search="+url.QueryEscape(provider.Name), http.StatusOK, &page)
		return page.TotalItems
	}
	var full struct {
		Services []struct {
			ID string `json:"id"`
		} `json:"services"`
	}
	openReferralJSON(t, b, org, http.StatusOK, &full)
	services := count()
	if len(full.Services) == 0 || services < len(full.Services) {
		t.Fatalf("%s has %d services, and a search for its name finds %d", provider.Name, len(full.Services), services)
	}

	unverify := "/moderation/providers/" + provider.ID + "/unverify"
	if resp := m.post(unverify, m.form("/moderation", unverify, nil, url.Values{"note": {"closed"}})); resp.Status != http.StatusSeeOther {
		t.Fatalf("withdrawing the check: %d", resp.Status)
	}
	openReferralJSON(t, b, org, http.StatusNotFound, nil)
	openReferralJSON(t, b, "/openreferral/services/"+full.Services[0].ID, http.StatusNotFound, nil)
	if got := count(); got != services-len(full.Services) {
		t.Errorf("after the check was withdrawn, %d services match, want %d", got, services-len(full.Services))
	}

	if resp := m.submit("/providers/"+provider.ID, "/providers/"+provider.ID+"/verify", nil); resp.Status != http.StatusSeeOther {
		t.Fatalf("checking it again: %d", resp.Status)
	}
	openReferralJSON(t, b, org, http.StatusOK, nil)
	if got := count(); got != services {
		t.Errorf("checked again, %d services match, want %d", got, services)
	}
}
