package e2e

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// newTab opens a tab in a browser context of its own, so that each test
// has its own cookies (session and display choices), like a fresh visitor.
// A failing test leaves a screenshot of the tab behind.
func newTab(t *testing.T) context.Context {
	t.Helper()
	tab, closeTab := chromedp.NewContext(suite.browser, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(tab); err != nil {
		closeTab()
		t.Fatalf("open a tab: %v", err)
	}
	// The tab opened without a deadline; each test's steps get one.
	ctx, cancel := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(func() { cancel(); closeTab() })
	screenshotOnFailure(t, ctx)
	return ctx
}

// screenshotOnFailure saves what the tab shows when t fails, as
// e2e/testdata/screenshots/<test name>.png (ignored by git). Cleanups run
// last-in first-out, so this runs before the tab closes.
func screenshotOnFailure(t *testing.T, ctx context.Context) {
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		// The test's own deadline may be what failed it.
		shot, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		png, err := chromedp.Run(shot, chromedp.FullScreenshot(100))
		if err != nil {
			t.Logf("no screenshot: %v", err)
			return
		}
		name := strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()) + ".png"
		path, err := filepath.Abs(filepath.Join("testdata", "screenshots", name))
		if err == nil {
			err = os.MkdirAll(filepath.Dir(path), 0o755)
		}
		if err == nil {
			err = os.WriteFile(path, png, 0o644)
		}
		if err != nil {
			t.Logf("no screenshot: %v", err)
			return
		}
		t.Logf("screenshot: %s", path)
	})
}

// open loads a page of the site and checks its HTTP status.
func open(t *testing.T, ctx context.Context, path string, status int64) {
	t.Helper()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(suite.base+path))
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	if resp.Status != status {
		t.Fatalf("open %s: status %d, want %d", path, resp.Status, status)
	}
}

// navigateBy runs an action that loads a new page (a click, or Enter on a
// link) and returns the new page's HTTP status.
func navigateBy(t *testing.T, ctx context.Context, what string, action chromedp.Action[chromedp.Void]) int64 {
	t.Helper()
	resp, err := chromedp.RunResponse(ctx, action)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return resp.Status
}

// eval runs a JavaScript expression in the page and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %.80q: %v", js, err)
	}
	return v
}

// js quotes a Go string for use inside a JavaScript expression.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// path returns the path and query of the page the tab shows.
func path(t *testing.T, ctx context.Context) string {
	t.Helper()
	u, err := url.Parse(eval[string](t, ctx, `location.href`))
	if err != nil {
		t.Fatal(err)
	}
	return u.RequestURI()
}

// setDisplay chooses how pages look, as the display settings form would,
// by setting its cookie: easy is "on" or "off", size "normal", "large" or
// "larger", contrast "normal" or "high".
func setDisplay(t *testing.T, ctx context.Context, easy, size, contrast string) {
	t.Helper()
	value := url.Values{"easy_read": {easy}, "text_size": {size}, "contrast": {contrast}}.Encode()
	_, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{
		Name: "ct_display", Value: value, URL: suite.base + "/",
		HTTPOnly: new(true), SameSite: network.CookieSameSiteLax,
	})
	if err != nil {
		t.Fatalf("set display cookie: %v", err)
	}
}

// signIn signs in as a demo member by pressing their button on /demo.
func signIn(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	open(t, ctx, "/demo", 200)
	button := chromedp.CSS(`form[action="/demo/signin"]:has(input[name="member"][value=` + js(id) + `]) button`)
	if status := navigateBy(t, ctx, "sign in as "+id, chromedp.Click(button)); status != 200 {
		t.Fatalf("sign in as %s: status %d", id, status)
	}
	if p := path(t, ctx); p != "/" && p != "/me/edit" {
		t.Fatalf("sign in as %s: landed on %s, want / or /me/edit", id, p)
	}
}

// watchDialogs records every alert, confirm or prompt the page opens (and
// closes it, so that the page does not hang). Script typed into a form must
// never run; the returned func lists what did.
func watchDialogs(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			seen = append(seen, string(ev.Type)+": "+ev.Message)
			mu.Unlock()
			// Listen's func must not send commands itself.
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	})
	if err != nil {
		t.Fatalf("watch dialogs: %v", err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}
