package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/app"
	"github.com/clubtogether/clubtogether/config"
)

// benchSite is the real site served in-process on the embedded store with
// the demo members, in a temporary folder.
type benchSite struct {
	*app.App
	base string
	stop func()
}

func startSite(ctx context.Context) (*benchSite, error) {
	dir, err := os.MkdirTemp("", "clubtogether-bench-")
	if err != nil {
		return nil, err
	}
	env := map[string]string{"DATA_DIR": dir, "ADDR": "127.0.0.1:0"}
	cfg, _, err := config.Load(nil, func(k string) string { return env[k] }, io.Discard)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	site, err := app.Open(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		_ = site.Close(context.Background())
		os.RemoveAll(dir)
		return nil, err
	}
	srv := &http.Server{Handler: site.Handler()}
	go func() { _ = srv.Serve(listener) }()
	return &benchSite{App: site, base: "http://" + listener.Addr().String(), stop: func() {
		_ = srv.Close()
		_ = site.Close(context.Background())
		os.RemoveAll(dir)
	}}, nil
}

// member is a signed-in browser: its cookies and its CSRF token.
type member struct {
	id     string
	client *http.Client
	csrf   string
	base   string
}

// csrfToken finds the form token on a page.
func csrfToken(page string) []string {
	return regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page)
}

// demoMembers lists the ids the demo page offers, in its order.
func (s *benchSite) demoMembers() ([]string, error) {
	resp, err := http.Get(s.base + "/demo")
	if err != nil {
		return nil, err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var ids []string
	for _, m := range regexp.MustCompile(`name="member" value="([^"]+)"`).FindAllSubmatch(body, -1) {
		ids = append(ids, string(m[1]))
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("the demo page lists no members")
	}
	return ids, nil
}

// signIn signs in through /demo as a browser would.
func (s *benchSite) signIn(id string) (*member, error) {
	jar, _ := cookiejar.New(nil)
	m := &member{id: id, client: &http.Client{Jar: jar, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}, base: s.base}
	page, _, err := m.get("/demo")
	if err != nil {
		return nil, err
	}
	token := csrfToken(page)
	if token == nil {
		return nil, fmt.Errorf("no CSRF token on the demo page")
	}
	m.csrf = token[1]
	if status, _, err := m.post("/demo/signin", url.Values{"member": {id}}); err != nil || status != http.StatusSeeOther {
		return nil, fmt.Errorf("demo sign-in as %s: %d %v", id, status, err)
	}
	// Signing in starts a new session with a new token.
	page, _, err = m.get("/settings/display")
	if err != nil {
		return nil, err
	}
	if token = csrfToken(page); token == nil {
		return nil, fmt.Errorf("no CSRF token after signing in")
	}
	m.csrf = token[1]
	return m, nil
}

func (m *member) get(path string) (string, int, error) {
	resp, err := m.client.Get(m.base + path)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return string(body), resp.StatusCode, err
}

// post sends a form as a same-origin browser would, and returns the
// status and the redirect target.
func (m *member) post(path string, form url.Values) (int, string, error) {
	form.Set("csrf", m.csrf)
	req, _ := http.NewRequest(http.MethodPost, m.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", m.base)
	resp, err := m.client.Do(req)
	if err != nil {
		return 0, "", err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Location"), nil
}
