package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
	"github.com/clubtogether/clubtogether/sitetest"
)

// TestAHelloStormIsStopped: a member may say hello 30 times an hour (10
// on their first day); the next gets a friendly "slow down" page with how
// long to wait, and says no hello. Members sharing
// one address may say 120 hellos between them in an hour however they
// dress up X-Forwarded-For, which the site believes only from a trusted
// proxy, and there are none.
func TestAHelloStormIsStopped(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	visible := site.visible()
	hello := func(c *sitetest.Client, from, to community.Person, forwarded string) int {
		t.Helper()
		csrf, err := c.CSRF()
		if err != nil {
			t.Fatal(err)
		}
		form := url.Values{"csrf": {csrf}, "key": {site.Actions.FormKey(from.ID, "hello")}}
		req, _ := http.NewRequest(http.MethodPost, site.URL+"/people/"+to.ID+"/hello", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", site.URL)
		if forwarded != "" {
			req.Header.Set("X-Forwarded-For", forwarded)
		}
		page, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if page.Status == http.StatusTooManyRequests && (!strings.Contains(page.Body, "60 minutes") || page.Header.Get("Retry-After") == "") {
			t.Errorf("the limit's page does not say how long to wait: Retry-After %q\n%s", page.Header.Get("Retry-After"), page.Body)
		}
		return page.Status
	}
	storm := visible[0]
	before, _ := site.Store.MarksFrom(t.Context(), storm.ID)
	c := sitetest.NewClient(site.URL)
	if err := c.SignInAs(storm.ID); err != nil {
		t.Fatal(err)
	}
	// A hello to yourself is refused in words (and, as a try, counts
	// towards the limit, so it is tried by someone else).
	self := sitetest.NewClient(site.URL)
	if err := self.SignInAs(visible[60].ID); err != nil {
		t.Fatal(err)
	}
	if status := hello(self, visible[60], visible[60], ""); status != http.StatusConflict {
		t.Errorf("a hello to yourself: %d, want refused as that is you", status)
	}
	allowed := config.DefaultLimits()["hello"].PerHour
	if time.Since(storm.CreatedAt) < 24*time.Hour {
		allowed = config.DefaultLimits()["hello"].FirstDay
	}
	said := 0
	for _, to := range visible[1 : allowed+5] {
		if hello(c, storm, to, "") == http.StatusSeeOther {
			said++
		}
	}
	if said != allowed {
		t.Errorf("a member said %d hellos in a row, want %d before being asked to slow down", said, allowed)
	}
	marks, _ := site.Store.MarksFrom(t.Context(), storm.ID)
	if len(marks)-len(before) != allowed {
		t.Errorf("%d hellos were recorded, want the %d allowed", len(marks)-len(before), allowed)
	}

	// Many members behind one address, each forging a different one.
	accepted := 0
	for i, from := range visible[20:34] {
		c := sitetest.NewClient(site.URL)
		if err := c.SignInAs(from.ID); err != nil {
			t.Fatal(err)
		}
		for j, to := range visible[40:50] {
			if hello(c, from, to, "203.0.113."+string(rune('0'+i%10))+string(rune('0'+j))) == http.StatusSeeOther {
				accepted++
			}
		}
	}
	if accepted > 120-said {
		t.Errorf("%d hellos from one address with forged X-Forwarded-For, want at most %d more in the hour", accepted, 120-said)
	}
}
