package e2e

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// TestAMentorHelpsWithConsent walks, in plain English and in Easy Read,
// with axe-core on every page: a member gives an approved mentor
// permission (a time out of range first, which comes back with an error
// summary), the mentor starts helping from their own permissions page,
// sees the banner on the member's group page, is shown "stop helping
// first" on their messages, and stops. It runs on a site of its own, so
// the consent it gives touches no member another test uses.
func TestAMentorHelpsWithConsent(t *testing.T) {
	site := sitetest.StartT(t, sitetest.Options{})
	people, err := site.App.Store.DemoPeople(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var plain []community.Person
	for _, p := range people {
		if p.Visible() && p.HasProfile() && !p.Display.EasyRead {
			plain = append(plain, p)
		}
	}
	for i, easy := range []string{"off", "on"} {
		member, mentor := plain[2*i], plain[2*i+1]
		if _, err := site.App.Store.OfferMentor(t.Context(), community.Mentor{PersonID: mentor.ID, HelpWith: []string{"sign_up"},
			FreeTimes: 1, Languages: []string{"English"}, Why: "I like helping.", Kind: community.MentorVolunteer}); err != nil {
			t.Fatal(err)
		}
		if _, err := site.App.Store.ApproveMentor(t.Context(), mentor.ID, "mod", "met them", time.Time{}); err != nil {
			t.Fatal(err)
		}
		t.Run("easy_read_"+easy, func(t *testing.T) {
			m := newTab(t)
			at := func(p string) string { return site.URL + p }
			show := func(ctx context.Context, p string, status int64) {
				t.Helper()
				resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(at(p)))
				if err != nil || resp.Status != status {
					t.Fatalf("open %s: %v, status %v, want %d", p, err, resp, status)
				}
				checkAxe(t, ctx)
			}
			signInAt := func(ctx context.Context, id string) {
				t.Helper()
				value := url.Values{"easy_read": {easy}, "text_size": {"normal"}, "contrast": {"normal"}}.Encode()
				if _, err := chromedp.Call(ctx, network.SetCookie, network.SetCookieParams{Name: "ct_display", Value: value, URL: at("/")}); err != nil {
					t.Fatal(err)
				}
				if _, err := chromedp.Run(ctx, chromedp.Navigate(at("/demo"))); err != nil {
					t.Fatal(err)
				}
				button := chromedp.CSS(`form[action="/demo/signin"]:has(input[name="member"][value=` + js(id) + `]) button`)
				navigateBy(t, ctx, "sign in", chromedp.Click(button))
			}
			press := func(ctx context.Context, sel string, status int64) {
				t.Helper()
				if got := navigateBy(t, ctx, "press "+sel, chromedp.Click(chromedp.CSS(sel))); got != status {
					t.Fatalf("press %s: status %d, want %d", sel, got, status)
				}
				checkAxe(t, ctx)
			}
			signInAt(m, member.ID)
			show(m, "/permissions", 200)
			checkMode(t, m, easy == "on")
			show(m, "/permissions/give", 200)
			if err := chromedp.Do(m, chromedp.SetValue(chromedp.ID("mentor"), mentor.ID)); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(m, chromedp.Click(chromedp.ID("scope-groups"))); err != nil {
				t.Fatal(err)
			}
			// A tampered length is refused with the summary, the ticks kept.
			if err := chromedp.Do(m, chromedp.Evaluate[chromedp.Void](`document.querySelector('#length-week').value = 'year'`)); err != nil {
				t.Fatal(err)
			}
			press(m, `form[action="/permissions"] button[type=submit]`, 400)
			if !eval[bool](t, m, `document.querySelector('.error-summary') !== null && document.querySelector('#scope-groups').checked`) {
				t.Error("the refused form shows no error summary, or lost the tick")
			}
			if err := chromedp.Do(m, chromedp.Click(chromedp.ID("length-week"))); err != nil {
				t.Fatal(err)
			}
			press(m, `form[action="/permissions"] button[type=submit]`, 200)

			h := newTab(t)
			signInAt(h, mentor.ID)
			show(h, "/permissions", 200)
			press(h, `form[action="/helping"] button`, 200)
			show(h, "/groups", 200)
			if !strings.Contains(eval[string](t, h, `document.querySelector('.helping-banner').innerText`), member.Name) {
				t.Error("no banner naming the member")
			}
			show(h, "/messages", 403)
			press(h, `main form[action="/helping/stop"] button`, 200)
			if eval[bool](t, h, `document.querySelector('.helping-banner') !== null`) {
				t.Error("the banner stays after stopping")
			}
		})
	}
}
