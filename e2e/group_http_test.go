package e2e

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/sitetest"
)

// httpGroup is a group set up over plain HTTP, as if by members in other
// browsers, for the page checks and the journey without JavaScript.
type httpGroup struct {
	t    *testing.T
	id   string
	path string
}

var groupLinkRe = regexp.MustCompile(`href="/groups/([^"/?#]+)/leave"`)

// startGroupOverHTTP starts a group from scratch as the member: £5 a week
// for 10 weeks, a refund of the unspent share, more than half to spend.
func startGroupOverHTTP(t *testing.T, h *sitetest.Client, p community.Person, name string, open bool) httpGroup {
	t.Helper()
	who := "ask"
	if open {
		who = "open"
	}
	body := httpSubmit(t, h, "/groups/new", "/groups/new", url.Values{
		"listing": {""}, "name": {name}, "purpose": {"We share the cost of " + strings.ToLower(name) + "."},
		"easy_summary": {"We pay together."}, "interests": {p.Interests[0]}, "district": {p.District}, "open": {who},
		"max_size": {"8"}, "contribution": {"5"}, "every": {"week"}, "times": {"10"}, "joining_fee": {""}, "late_fee": {""},
		"leaver": {"refund_unspent"}, "votes": {"majority"},
	})
	m := groupLinkRe.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("starting %q over HTTP led to a page without the group's links:\n%s", name, body)
	}
	return httpGroup{t: t, id: m[1], path: "/groups/" + m[1]}
}

// pay records a payment as the member, over HTTP, with the payment form's
// own key.
func (g httpGroup) pay(h *sitetest.Client, amount, note string) {
	g.t.Helper()
	httpSubmit(g.t, h, g.path, g.path+"/payments", url.Values{"amount": {amount}, "method": {"cash"}, "note": {note}})
}

// waiting is the entries of the payments the page offers to confirm.
func (g httpGroup) waiting(body string) []string {
	var entries []string
	for _, f := range sitetest.Forms(body) {
		if f.Action == g.path+"/payments/confirm" {
			entries = append(entries, f.Hidden.Get("entry"))
		}
	}
	return entries
}

// confirmAll confirms every waiting payment as the treasurer.
func (g httpGroup) confirmAll(h *sitetest.Client) {
	g.t.Helper()
	for _, entry := range g.waiting(httpPage(g.t, h, g.path)) {
		httpSubmit(g.t, h, g.path, g.path+"/payments/confirm", url.Values{"entry": {entry}})
	}
	if len(g.waiting(httpPage(g.t, h, g.path))) > 0 {
		g.t.Fatal("payments still wait for the treasurer after confirming them all")
	}
}

// propose proposes a spend as the member and returns the proposal's id:
// the one open for votes.
func (g httpGroup) propose(h *sitetest.Client, amount, to, what string) string {
	g.t.Helper()
	body := httpSubmit(g.t, h, g.path, g.path+"/proposals", url.Values{"spend_amount": {amount}, "spend_to": {to}, "spend_for": {what}})
	ids := map[string]bool{}
	for _, f := range sitetest.Forms(body) {
		if id, ok := strings.CutPrefix(f.Action, g.path+"/proposals/"); ok && strings.HasSuffix(id, "/vote") {
			ids[strings.TrimSuffix(id, "/vote")] = true
		}
	}
	if len(ids) != 1 {
		g.t.Fatalf("%d proposals open for votes after proposing %q, want 1", len(ids), what)
	}
	for id := range ids {
		return id
	}
	return ""
}

func (g httpGroup) voteYes(h *sitetest.Client, proposal string) {
	g.t.Helper()
	httpSubmit(g.t, h, g.path, g.path+"/proposals/"+proposal+"/vote", url.Values{"vote": {"yes"}})
}
