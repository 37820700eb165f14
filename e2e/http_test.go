package e2e

import (
	"net/url"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// Members signed in over plain HTTP, without the browser, with the client
// the handlers tests and the benchmarks use: for choosing members, for a
// hello from someone else and for setting up groups as if by members in
// other browsers.

// httpSignIn signs a demo member in over HTTP.
func httpSignIn(id string) (*sitetest.Client, error) {
	h := sitetest.NewClient(suite.base)
	if err := h.SignInAs(id); err != nil {
		return nil, err
	}
	return h, nil
}

func httpAs(t *testing.T, p community.Person) *sitetest.Client {
	t.Helper()
	h, err := httpSignIn(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func httpPage(t *testing.T, h *sitetest.Client, p string) string {
	t.Helper()
	page, err := h.Get(p)
	if err != nil || page.Status != 200 {
		t.Fatalf("GET %s: status %d, %v", p, page.Status, err)
	}
	return page.Body
}

// httpMust sends a form as the member and fails t unless it leads to a page
// with status 200 (after its redirect); it returns that page.
func httpMust(t *testing.T, h *sitetest.Client, p string, form url.Values) string {
	t.Helper()
	page, err := h.Post(p, form)
	page, err = followed(h, page, err)
	if err != nil || page.Status != 200 {
		t.Fatalf("POST %s %v: status %d, %v", p, form, page.Status, err)
	}
	return page.Body
}

// httpSubmit is httpMust for the form on the page at pagePath that posts
// to action: it sends that form's hidden inputs (its token, its key, the
// entry or person it is for) with form over them, as its button would.
func httpSubmit(t *testing.T, h *sitetest.Client, pagePath, action string, form url.Values) string {
	t.Helper()
	page, err := h.Submit(pagePath, action, form)
	page, err = followed(h, page, err)
	if err != nil || page.Status != 200 {
		t.Fatalf("submit %s on %s %v: status %d, %v", action, pagePath, form, page.Status, err)
	}
	return page.Body
}

// followed follows an answer's redirect, as a browser does after a form.
func followed(h *sitetest.Client, page sitetest.Page, err error) (sitetest.Page, error) {
	if err != nil || page.Location == "" {
		return page, err
	}
	return h.Get(page.Location)
}
