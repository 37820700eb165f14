package sitetest

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestSignInAndSubmit opens the real site, signs in as a demo member and
// submits a form with its hidden inputs; a public site has no demo sign-in.
func TestSignInAndSubmit(t *testing.T) {
	site := StartT(t, Options{})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil || len(people) == 0 {
		t.Fatalf("demo members: %d, %v", len(people), err)
	}
	c := site.Client()
	if err := c.SignInAs(people[0].ID); err != nil {
		t.Fatal(err)
	}
	if me, err := c.Get("/me"); err != nil || me.Status != http.StatusOK || !strings.Contains(me.Body, people[0].Name) {
		t.Fatalf("/me after signing in: %d, %v", me.Status, err)
	}
	done, err := c.Submit("/settings/display", "/settings/display", url.Values{"easy_read": {"on"}, "text_size": {"normal"}, "contrast": {"normal"}})
	if err != nil || done.Status != http.StatusSeeOther {
		t.Fatalf("submit the display settings: %d, %v", done.Status, err)
	}
	// Saving set the display cookie; the next post reads the token again.
	if p, err := c.Post("/settings/display", url.Values{"easy_read": {"off"}}); err != nil || p.Status != http.StatusSeeOther {
		t.Errorf("post after a cookie changed: %d, %v", p.Status, err)
	}
	if _, err := c.Submit("/settings/display", "/no/such/form", nil); err == nil {
		t.Error("submitting a form the page lacks did not fail")
	}

	public := StartT(t, Options{Public: true})
	if err := public.Client().SignInAs(people[0].ID); err == nil {
		t.Error("demo sign-in worked on a site configured for a public address")
	}
}
