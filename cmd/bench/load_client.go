package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/sitetest"
)

// loadClient is one visitor of the load bench: a browser with its own
// cookies and its own address, said in X-Forwarded-For as a proxy in front
// of the site would say it (the site trusts 127.0.0.1). It is
// sitetest.Client's way of posting forms, with that header on every request
// and a transport shared by all visitors, so that connections are kept
// alive rather than opened per request.
type loadClient struct {
	base, address string
	signedIn      *http.Client // with the member's cookies
	anonymous     *http.Client // no cookies: a visitor not signed in, same address

	mu   sync.Mutex
	csrf string
}

// newLoadTransport keeps enough idle connections for every request in
// flight at once to find one.
func newLoadTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns, t.MaxIdleConnsPerHost = 4096, 4096
	t.IdleConnTimeout = 90 * time.Second
	return t
}

// clientAddress is visitor i's own address, 10.x.y.z.
func clientAddress(i int) string {
	return fmt.Sprintf("10.%d.%d.%d", (i>>16)&255, (i>>8)&255, i&255+1)
}

func newLoadClient(base string, i int, t http.RoundTripper) *loadClient {
	jar, _ := cookiejar.New(nil) // never fails without options
	noRedirect := func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &loadClient{
		base: base, address: clientAddress(i),
		signedIn:  &http.Client{Jar: jar, Transport: t, Timeout: 30 * time.Second, CheckRedirect: noRedirect},
		anonymous: &http.Client{Transport: t, Timeout: 30 * time.Second, CheckRedirect: noRedirect},
	}
}

// do sends req from this visitor's address and reads the whole answer.
func (c *loadClient) do(hc *http.Client, req *http.Request) (sitetest.Page, error) {
	var body strings.Builder
	resp, err := c.send(hc, req, &body)
	if resp == nil {
		return sitetest.Page{}, err
	}
	return sitetest.Page{Status: resp.StatusCode, Body: body.String(), Location: resp.Header.Get("Location"), Header: resp.Header}, err
}

// statusOf gets the page and reads the whole answer, as a browser waits
// for it, but keeps only its status: a timed request's body is not needed,
// and copying it would cost the load's side of the machine, which the
// site shares.
func (c *loadClient) statusOf(hc *http.Client, path string) (int, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.send(hc, req, io.Discard)
	if resp == nil {
		return 0, err
	}
	return resp.StatusCode, err
}

// send sends req from this visitor's address and copies the answer's body
// to body; the answer is nil only when none came, and an error reading its
// body comes with it.
func (c *loadClient) send(hc *http.Client, req *http.Request, body io.Writer) (*http.Response, error) {
	req.Header.Set("X-Forwarded-For", c.address)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(body, resp.Body)
	if hc.Jar != nil && len(resp.Header.Values("Set-Cookie")) > 0 {
		c.mu.Lock()
		c.csrf = "" // a new session may have started: read its token again
		c.mu.Unlock()
	}
	return resp, err
}

func (c *loadClient) get(path string) (sitetest.Page, error) { return c.getAs(c.signedIn, path) }

func (c *loadClient) getAs(hc *http.Client, path string) (sitetest.Page, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		return sitetest.Page{}, err
	}
	return c.do(hc, req)
}

// post sends a form as a same-origin page would, with the session's token.
func (c *loadClient) post(path string, form url.Values) (sitetest.Page, error) {
	token, err := c.token()
	if err != nil {
		return sitetest.Page{}, err
	}
	send := url.Values{"csrf": {token}}
	for k, v := range form {
		send[k] = v
	}
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(send.Encode()))
	if err != nil {
		return sitetest.Page{}, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", c.base)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return c.do(c.signedIn, req)
}

// token is the session's CSRF token, read once from the display settings.
func (c *loadClient) token() (string, error) {
	c.mu.Lock()
	token := c.csrf
	c.mu.Unlock()
	if token != "" {
		return token, nil
	}
	page, err := c.get("/settings/display")
	if err != nil {
		return "", err
	}
	for _, f := range sitetest.Forms(page.Body) {
		if token = f.Hidden.Get("csrf"); token != "" {
			c.mu.Lock()
			c.csrf = token
			c.mu.Unlock()
			return token, nil
		}
	}
	return "", fmt.Errorf("no CSRF token on /settings/display (status %d)", page.Status)
}

// signIn signs in as demo member id through /demo/signin and reads the new
// session's token, so that no measured post waits for it.
func (c *loadClient) signIn(id string) error {
	page, err := c.post("/demo/signin", url.Values{"member": {id}})
	if err != nil || page.Status != http.StatusSeeOther {
		return fmt.Errorf("demo sign-in as %s: %d %v", id, page.Status, err)
	}
	_, err = c.token()
	return err
}

// submit posts the form with action formAction found on pagePath, its
// hidden inputs and values over them, as pressing its button would.
func (c *loadClient) submit(pagePath, formAction string, values url.Values) (sitetest.Page, error) {
	page, err := c.get(pagePath)
	if err != nil || page.Status != http.StatusOK {
		return page, fmt.Errorf("submit %s on %s: %d %v", formAction, pagePath, page.Status, err)
	}
	form, ok := sitetest.FindForm(page.Body, formAction, values)
	if !ok {
		return page, fmt.Errorf("submit %s on %s: no such form", formAction, pagePath)
	}
	send := form.Hidden
	for k, v := range values {
		send[k] = v
	}
	delete(send, "csrf")
	return c.post(formAction, send)
}
