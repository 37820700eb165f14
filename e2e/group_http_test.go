package e2e

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

// httpGroup is a group set up over plain HTTP, as if by members in other
// browsers, for the page checks and the journey without JavaScript.
type httpGroup struct {
	t    *testing.T
	id   string
	path string
}

// httpMust sends a form as the member and fails t unless it leads to a page
// with status 200 (after its redirect); it returns that page.
func httpMust(t *testing.T, h *httpMember, p string, form url.Values) string {
	t.Helper()
	status, body, err := h.post(p, form)
	if err != nil || status != 200 {
		t.Fatalf("POST %s %v: status %d, %v", p, form, status, err)
	}
	return body
}

func httpPage(t *testing.T, h *httpMember, p string) string {
	t.Helper()
	status, body, err := h.get(p)
	if err != nil || status != 200 {
		t.Fatalf("GET %s: status %d, %v", p, status, err)
	}
	return body
}

func httpAs(t *testing.T, p community.Person) *httpMember {
	t.Helper()
	h, err := httpSignIn(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

var groupLinkRe = regexp.MustCompile(`href="/groups/([^"/?#]+)/leave"`)

// startGroupOverHTTP starts a group from scratch as the member: £5 a week
// for 10 weeks, a refund of the unspent share, more than half to spend.
func startGroupOverHTTP(t *testing.T, h *httpMember, p community.Person, name string, open bool) httpGroup {
	t.Helper()
	who := "ask"
	if open {
		who = "open"
	}
	body := httpMust(t, h, "/groups/new", url.Values{
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

var (
	paymentKeyRe = regexp.MustCompile(`name="key" value="([^"]+)"`)
	proposalRe   = regexp.MustCompile(`action="/groups/[^"/]+/proposals/([^"/]+)/vote"`)
)

// pay records a payment as the member, over HTTP.
func (g httpGroup) pay(h *httpMember, amount, note string) {
	g.t.Helper()
	m := paymentKeyRe.FindStringSubmatch(httpPage(g.t, h, g.path))
	if m == nil {
		g.t.Fatalf("no payment form on %s", g.path)
	}
	httpMust(g.t, h, g.path+"/payments", url.Values{"key": {m[1]}, "amount": {amount}, "method": {"cash"}, "note": {note}})
}

// confirmAll confirms every waiting payment as the treasurer.
func (g httpGroup) confirmAll(h *httpMember) {
	g.t.Helper()
	re := regexp.MustCompile(`action="` + regexp.QuoteMeta(g.path) + `/payments/confirm"[^>]*>(?:<input type="hidden" name="csrf" value="[^"]*">)?<input type="hidden" name="entry" value="([^"]+)">`)
	for _, m := range re.FindAllStringSubmatch(httpPage(g.t, h, g.path), -1) {
		httpMust(g.t, h, g.path+"/payments/confirm", url.Values{"entry": {m[1]}})
	}
	if re.MatchString(httpPage(g.t, h, g.path)) {
		g.t.Fatal("payments still wait for the treasurer after confirming them all")
	}
}

// propose proposes a spend as the member and returns the proposal's id:
// the one open for votes.
func (g httpGroup) propose(h *httpMember, amount, to, what string) string {
	g.t.Helper()
	body := httpMust(g.t, h, g.path+"/proposals", url.Values{"spend_amount": {amount}, "spend_to": {to}, "spend_for": {what}})
	ids := map[string]bool{}
	for _, m := range proposalRe.FindAllStringSubmatch(body, -1) {
		ids[m[1]] = true
	}
	if len(ids) != 1 {
		g.t.Fatalf("%d proposals open for votes after proposing %q, want 1", len(ids), what)
	}
	for id := range ids {
		return id
	}
	return ""
}

func (g httpGroup) voteYes(h *httpMember, proposal string) {
	g.t.Helper()
	httpMust(g.t, h, g.path+"/proposals/"+proposal+"/vote", url.Values{"vote": {"yes"}})
}
