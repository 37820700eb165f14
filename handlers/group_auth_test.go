package handlers_test

import (
	"maps"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/config"
)

// TestWhoMayDoWhatInAGroup is the authorisation table: every group route
// for an anonymous visitor, a non-member, a watching member, a member, the
// treasurer and the organiser. Requests that would change something are
// sent with input that fails once access is granted (an empty amount, an
// unknown payment), so a 400 or 404 shows the door was open and a 403
// shows it was shut, and the table can run on one group.
func TestWhoMayDoWhatInAGroup(t *testing.T) {
	site := newTestSite(t, config.Providers{}, true)
	organiser, path := startOpenGroup(t, site)
	treasurer, treasurerPerson := joinAs(t, site, path, 1)
	member, _ := joinAs(t, site, path, 2)
	handOverMoney(t, organiser, treasurer, path, treasurerPerson.ID)
	var watcher, outsider *browser
	for _, p := range site.visible()[3:] {
		if p.Display.EasyRead {
			continue
		}
		b := site.browser(t)
		b.signInAs(p)
		if watcher == nil {
			if resp := b.submit(path, path+"/join", url.Values{"watching": {"yes"}}); resp.Status != http.StatusSeeOther {
				t.Fatalf("joining as watching: %d", resp.Status)
			}
			watcher = b
			continue
		}
		outsider = b
		break
	}
	anonymous := site.browser(t)
	// A proposal to vote on needs money in the pot: put £5 in first.
	if resp := member.submit(path, path+"/payments", url.Values{"amount": {"5"}, "method": {"cash"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("paying: %d", resp.Status)
	}
	entries, _ := site.Store.Entries(t.Context(), strings.TrimPrefix(path, "/groups/"))
	for _, e := range community.Tally(entries).Unconfirmed {
		if resp := treasurer.submit(path, path+"/payments/confirm", url.Values{"entry": {e.ID}}); resp.Status != http.StatusSeeOther {
			t.Fatalf("confirming: %d", resp.Status)
		}
	}
	if resp := member.submit(path, path+"/proposals", url.Values{"spend_amount": {"1"}, "spend_to": {"x"}, "spend_for": {"y"}}); resp.Status != http.StatusSeeOther {
		t.Fatalf("proposing: %d", resp.Status)
	}
	proposals, _ := site.Store.Proposals(t.Context(), strings.TrimPrefix(path, "/groups/"))
	proposal := path + "/proposals/" + proposals[0].ID

	const signIn = http.StatusSeeOther
	who := []string{"anonymous", "outsider", "watcher", "member", "treasurer", "organiser"}
	browsers := map[string]*browser{"anonymous": anonymous, "outsider": outsider, "watcher": watcher, "member": member,
		"treasurer": treasurer, "organiser": organiser}
	routes := []struct {
		method, path string
		form         url.Values
		want         []int // in the order of who
	}{
		{"GET", "/groups", nil, []int{signIn, 200, 200, 200, 200, 200}},
		{"GET", "/groups/new", nil, []int{signIn, 200, 200, 200, 200, 200}},
		{"POST", "/groups/new", url.Values{"name": {""}}, []int{signIn, 400, 400, 400, 400, 400}},
		{"GET", path, nil, []int{signIn, 200, 200, 200, 200, 200}},
		{"POST", path + "/join", url.Values{}, []int{signIn, -1, 409, 409, 409, 409}},
		{"GET", path + "/statement", nil, []int{signIn, 403, 200, 200, 200, 200}},
		{"GET", path + "/statement.csv", nil, []int{signIn, 403, 200, 200, 200, 200}},
		{"GET", path + "/ledger.csv", nil, []int{signIn, 403, 200, 200, 200, 200}},
		{"POST", path + "/payments", url.Values{"amount": {""}, "method": {"cash"}}, []int{signIn, 403, 400, 400, 400, 400}},
		{"POST", path + "/payments/confirm", url.Values{"entry": {"nope"}}, []int{signIn, 403, 403, 403, 404, 403}},
		{"POST", path + "/proposals", url.Values{"spend_amount": {""}}, []int{signIn, 403, 403, 400, 400, 400}},
		{"POST", proposal + "/vote", url.Values{"vote": {"maybe"}}, []int{signIn, 403, 403, 400, 400, 400}},
		{"POST", proposal + "/paid", url.Values{}, []int{signIn, 403, 403, 403, 409, 403}},
		{"POST", path + "/board", url.Values{"text": {""}}, []int{signIn, 403, 403, 400, 400, 400}},
		{"POST", path + "/ask", url.Values{}, []int{signIn, 409, 409, 409, 409, 409}},
		{"POST", path + "/let-in", url.Values{"person": {"nobody"}}, []int{signIn, 403, 403, 403, 403, 404}},
		{"POST", path + "/rules", url.Values{"contribution": {""}}, []int{signIn, 403, 403, 400, 400, 400}},
		{"POST", path + "/entries/reverse", url.Values{"entry": {"nope"}}, []int{signIn, 403, 403, 403, 404, 403}},
		{"GET", path + "/leave", nil, []int{signIn, 403, 200, 200, 200, 200}},
		// Leaving is tried by those it cannot change; members leaving is
		// TestLeavingAGroup.
		{"POST", path + "/leave", url.Values{}, []int{signIn, 403, -1, -1, -1, -1}},
		{"POST", path + "/handover", url.Values{"person": {"nobody"}, "role": {"organiser"}}, []int{signIn, 403, 403, 403, 403, 400}},
		{"GET", path + "/treasurer", nil, []int{signIn, 403, 200, 200, 200, 200}},
		{"POST", path + "/treasurer/offer", url.Values{"person": {"nobody"}, "confirm": {"yes"}, "pot": {"0"}}, []int{signIn, 403, 403, 403, 400, 403}},
		{"POST", path + "/treasurer/take", url.Values{"confirm": {"yes"}, "pot": {"0"}}, []int{signIn, 403, 409, 409, 409, 409}},
	}
	for _, r := range routes {
		for i, role := range who {
			want := r.want[i]
			if want < 0 {
				continue // the request would change the group for the rows after it
			}
			b := browsers[role]
			var resp page
			if r.method == "GET" {
				resp = b.get(r.path)
			} else if hidden, has := b.hasForm(formPage(r.path), r.path); has {
				// They are shown the form: they press it, with its key,
				// and the row's input over its own.
				resp = b.post(r.path, merged(hidden, r.form))
			} else {
				// They are not shown it: a post made up without its key,
				// which the refusals that come first still refuse.
				resp = b.post(r.path, maps.Clone(r.form))
			}
			got := resp.Status
			if want == signIn && (got != signIn || !strings.HasPrefix(resp.Location, "/signin")) {
				t.Errorf("%s %s as %s: %d to %q, want a redirect to sign in", r.method, r.path, role, got, resp.Location)
			} else if got != want {
				t.Errorf("%s %s as %s: %d, want %d", r.method, r.path, role, got, want)
			}
		}
	}
	// Only members see the ledger and the board on the group page.
	for role, b := range browsers {
		sees := strings.Contains(b.get(path).Body, "Who has paid what")
		if member := role != "anonymous" && role != "outsider"; sees != member {
			t.Errorf("%s sees the ledger on the group page: %v", role, sees)
		}
	}
}

// formPage is the page that carries the form posting to action in
// TestWhoMayDoWhatInAGroup: the group's leave page for leaving and handing
// over, the new group page for starting one, and the group page for the rest.
func formPage(action string) string {
	switch {
	case action == "/groups/new":
		return action
	case strings.HasSuffix(action, "/leave"), strings.HasSuffix(action, "/handover"):
		group, _, _ := strings.Cut(strings.TrimPrefix(action, "/groups/"), "/")
		return "/groups/" + group + "/leave"
	}
	group, _, _ := strings.Cut(strings.TrimPrefix(action, "/groups/"), "/")
	return "/groups/" + group
}
