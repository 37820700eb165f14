package handlers_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	for _, path := range []string{"/", "/signin", "/no-such-page", "/healthz", "/static/site.css"} {
		resp := b.get(path)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: missing nosniff or Referrer-Policy", path)
		}
		if resp.Header.Get("X-Request-Id") == "" {
			t.Errorf("%s: no request id", path)
		}
	}
}

func TestPagesHaveNoInlineScript(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	b.signInAs(site.visible()[0])
	for _, path := range []string{"/", "/me", "/me/edit", "/settings/display", "/demo", "/people/" + site.visible()[1].ID} {
		body := b.get(path).Body
		for _, bad := range []string{"<script>", "onclick=", "onload=", "style=\""} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q, which the Content-Security-Policy would block", path, bad)
			}
		}
	}
}

func TestCrossSiteAndTokenlessPostsAreRefused(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	form := url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}}

	// No token at all.
	if resp := b.post("/settings/display", url.Values{"csrf": {""}, "easy_read": {"on"}}); resp.Status != http.StatusForbidden {
		t.Errorf("POST without a CSRF token: status %d, want 403", resp.Status)
	}
	// A wrong token.
	if resp := b.post("/settings/display", url.Values{"csrf": {"forged"}, "easy_read": {"on"}}); resp.Status != http.StatusForbidden {
		t.Errorf("POST with a forged CSRF token: status %d, want 403", resp.Status)
	}
	// The right token, but the browser says the form is on another site.
	form.Set("csrf", b.csrf())
	req, _ := http.NewRequest(http.MethodPost, site.URL+"/settings/display", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "https://evil.example")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp := b.do(req)
	if resp.Status != http.StatusForbidden {
		t.Errorf("cross-origin POST: status %d, want 403", resp.Status)
	}
	if !strings.Contains(resp.Body, "nothing was saved") {
		t.Errorf("the 403 page does not say nothing was saved")
	}
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if saved.Display.EasyRead != member.Display.EasyRead {
		t.Error("a refused POST changed the display settings")
	}
	// Sign-out is a POST too.
	if resp := b.post("/signout", url.Values{"csrf": {"nope"}}); resp.Status != http.StatusForbidden {
		t.Errorf("sign-out without the token: status %d, want 403", resp.Status)
	}
}

func TestForgedOrStaleCookieMeansSignedOut(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	for _, value := range []string{"forged", "MTc5NTQyNDkyOXx0YTJUWkNGOTNC", strings.Repeat("A", 3000)} {
		req, _ := http.NewRequest(http.MethodGet, site.URL+"/me", nil)
		req.AddCookie(&http.Cookie{Name: "ct_session", Value: value})
		resp := site.browser(t).do(req)
		if resp.Status != http.StatusSeeOther || !strings.HasPrefix(resp.Location, "/signin") {
			t.Errorf("cookie %.12q: status %d to %q, want a redirect to sign in", value, resp.Status, resp.Location)
		}
	}
}

func TestHealthAndReadiness(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	if resp := b.get("/healthz"); resp.Status != http.StatusOK {
		t.Errorf("/healthz: %d", resp.Status)
	}
	if resp := b.get("/readyz"); resp.Status != http.StatusOK || !strings.Contains(resp.Body, `"database":"ok"`) {
		t.Errorf("/readyz: %d %s", resp.Status, resp.Body)
	}
	_ = site.Store.Close(t.Context())
	if resp := b.get("/readyz"); resp.Status != http.StatusServiceUnavailable || !strings.Contains(resp.Body, "unreachable") {
		t.Errorf("/readyz with the database gone: %d %s", resp.Status, resp.Body)
	}
}

func TestDemoRoutesOnlyWhenAllowed(t *testing.T) {
	site := newTestSite(t, config.Providers{}, false)
	b := site.browser(t)
	if resp := b.get("/demo"); resp.Status != http.StatusNotFound {
		t.Errorf("/demo without demo sign-in: %d, want 404", resp.Status)
	}
	if resp := b.post("/demo/signin", url.Values{"member": {site.People[0].ID}}); resp.Status != http.StatusNotFound {
		t.Errorf("POST /demo/signin without demo sign-in: %d, want 404", resp.Status)
	}
	if strings.Contains(b.get("/signin").Body, "/demo") {
		t.Error("the sign-in page offers demo members when demo sign-in is off")
	}
}

// TestHSTSOnAnHTTPSSite: a site whose BASE_URL is https tells browsers to
// come back only over https; on plain http it does not (browsers ignore
// it there, and it would lock out a site that has no certificate).
func TestHSTSOnAnHTTPSSite(t *testing.T) {
	secure := sitetest.StartT(t, sitetest.Options{BaseURL: "https://clubtogether.example"})
	plain := sitetest.StartT(t, sitetest.Options{})
	for _, path := range []string{"/", "/healthz", "/no-such-page"} {
		resp, err := secure.Client().Get(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Header.Get("Strict-Transport-Security"); !strings.Contains(got, "max-age=31536000") {
			t.Errorf("https site %s: Strict-Transport-Security %q, want max-age=31536000", path, got)
		}
		resp, err = plain.Client().Get(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Header.Get("Strict-Transport-Security"); got != "" {
			t.Errorf("http site %s: Strict-Transport-Security %q, want none", path, got)
		}
	}
}

// TestALargeFormIsTooLargeNotForged: a form over the site's limit, sent
// as either kind of form a browser sends, is answered "too large", not as
// a forged form, and nothing is saved.
func TestALargeFormIsTooLargeNotForged(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	b := site.browser(t)
	member := site.visible()[0]
	b.signInAs(member)
	big := strings.Repeat("a", 70<<10)
	form := goodProfile(member)
	form.Set("about", big)
	form = b.form("/me/edit", "/me/edit", nil, form)
	if resp := b.post("/me/edit", form); resp.Status != http.StatusRequestEntityTooLarge || !strings.Contains(resp.Body, "too") {
		t.Errorf("a large form: status %d, want 413 saying it is too large", resp.Status)
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			_ = w.WriteField(k, v)
		}
	}
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, site.URL+"/me/edit", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	if resp := b.do(req); resp.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("a large multipart form: status %d, want 413", resp.Status)
	}
	saved, _ := site.Store.Person(t.Context(), member.ID)
	if saved.Version != member.Version {
		t.Error("a form too large changed the profile")
	}
}
