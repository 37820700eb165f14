package sitetest

import (
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Client is one browser: it keeps its cookies, sends forms as a
// same-origin page would, and does not follow redirects, so that callers
// see each response as the site sent it. It is safe for concurrent use, as
// a browser's tabs are.
type Client struct {
	base string
	http *http.Client

	mu   sync.Mutex
	csrf string // the session's token, once read; "" until then
}

// Page is a response with its body read.
type Page struct {
	Status   int
	Body     string
	Location string // the redirect target, if any
	Header   http.Header
}

// NewClient returns a signed-out browser for the site at base
// (http://host:port).
func NewClient(base string) *Client {
	jar, _ := cookiejar.New(nil) // never fails without options
	return &Client{base: base, http: &http.Client{
		Jar:           jar,
		Timeout:       60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// On is the same browser, with the same cookies, visiting another site at
// base: a member signed in on one replica, reaching the next one. Cookies
// are kept by host, not port, so two sites on loopback share them.
func (c *Client) On(base string) *Client {
	return &Client{base: base, http: c.http}
}

// Do sends a request with the browser's cookies and reads the answer.
func (c *Client) Do(req *http.Request) (Page, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return Page{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	// The token lives in the session cookie: a response that sets a cookie
	// may have started a new session (signing in or out, a first visit),
	// so the token read before it may be stale.
	if len(resp.Header.Values("Set-Cookie")) > 0 {
		c.mu.Lock()
		c.csrf = ""
		c.mu.Unlock()
	}
	return Page{Status: resp.StatusCode, Body: string(body), Location: resp.Header.Get("Location"), Header: resp.Header}, err
}

// Get fetches a path on the site, or an absolute URL (such as a redirect
// to a sign-in provider) with the same cookies.
func (c *Client) Get(target string) (Page, error) {
	if !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		target = c.base + target
	}
	req, err := http.NewRequest(http.MethodGet, target, nil)
	if err != nil {
		return Page{}, err
	}
	return c.Do(req)
}

// Post sends a form to a path on the site as a same-origin page would,
// with the session's CSRF token unless the form sets its own "csrf" (even
// to ""), as the tests of refused posts do. The caller's form is not
// changed.
func (c *Client) Post(path string, form url.Values) (Page, error) {
	form = maps.Clone(form)
	if form == nil {
		form = url.Values{}
	}
	if _, set := form["csrf"]; !set {
		token, err := c.CSRF()
		if err != nil {
			return Page{}, err
		}
		form.Set("csrf", token)
	}
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", c.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return c.Do(req)
}

// CSRF returns the session's token, reading it from the display settings
// page (which every visitor, signed in or not, may open) when it is not
// known yet. Reading it once per session, not before every post, keeps
// the benchmarks' figures to the requests they measure.
func (c *Client) CSRF() (string, error) {
	c.mu.Lock()
	token := c.csrf
	c.mu.Unlock()
	if token != "" {
		return token, nil
	}
	const from = "/settings/display"
	page, err := c.Get(from)
	if err != nil {
		return "", err
	}
	for _, f := range Forms(page.Body) {
		if token = f.Hidden.Get("csrf"); token != "" {
			c.mu.Lock()
			c.csrf = token
			c.mu.Unlock()
			return token, nil
		}
	}
	return "", fmt.Errorf("no CSRF token on %s (status %d)", from, page.Status)
}

// SignInAs signs in as a demo member through POST /demo/signin, as the
// demo page's buttons do. The site offers it only on a loopback address.
func (c *Client) SignInAs(id string) error {
	page, err := c.Post("/demo/signin", url.Values{"member": {id}})
	if err != nil {
		return fmt.Errorf("demo sign-in as %s: %w", id, err)
	}
	if page.Status != http.StatusSeeOther {
		return fmt.Errorf("demo sign-in as %s: status %d, want %d", id, page.Status, http.StatusSeeOther)
	}
	return nil
}

// Submit fetches the page at pagePath, finds its form whose action is
// formAction, and posts that form's hidden inputs (csrf, key, entry,
// person, …) with values added over them, as pressing the form's button
// would. Forms carry keys the server made for this member and this form,
// which a test cannot make up; Submit sends them as they are.
//
// When several forms have that action (one per payment to confirm, or per
// person asking to join), Submit posts the first whose hidden inputs agree
// with values: Submit(group, group+"/let-in", url.Values{"person": {id}})
// lets in that person, with the key made for their form.
func (c *Client) Submit(pagePath, formAction string, values url.Values) (Page, error) {
	page, err := c.Get(pagePath)
	if err != nil {
		return Page{}, err
	}
	if page.Status != http.StatusOK {
		return Page{}, fmt.Errorf("submit %s on %s: the page answered %d", formAction, pagePath, page.Status)
	}
	form, ok := FindForm(page.Body, formAction, values)
	if !ok {
		return Page{}, fmt.Errorf("submit %s on %s: no form with that action and hidden inputs agreeing with %v", formAction, pagePath, values)
	}
	send := form.Hidden
	for name, v := range values {
		send[name] = v
	}
	return c.Post(formAction, send)
}

// Cookies returns the browser's cookies for the site, so that a test can
// replay them later as someone who copied them would.
func (c *Client) Cookies() []*http.Cookie {
	u, _ := url.Parse(c.base)
	return c.http.Jar.Cookies(u)
}

// SetCookies gives the browser cookies for the site, such as ones another
// browser had.
func (c *Client) SetCookies(cookies []*http.Cookie) {
	u, _ := url.Parse(c.base)
	c.http.Jar.SetCookies(u, cookies)
	c.mu.Lock()
	c.csrf = ""
	c.mu.Unlock()
}
