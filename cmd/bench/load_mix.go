package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"

	"github.com/clubtogether/clubtogether/sitetest"
)

// loadShare is one kind of request in the load bench's mix and its share
// of every hundred requests.
type loadShare struct {
	route, what string
	percent     int
}

// loadMix is the stated mix. Signed-in requests are a member's own, from
// their own address; "_anon" ones come from the same address with no
// cookies. The group page is the member's own group's; a payment posts
// the payment form into it with a key the server made for that form
// (fetched before the clock starts, so those pages are not in the figures;
// with -forms F only the first F payments' are, and later payments open
// their form just before posting it, both timed as the payment).
var loadMix = []loadShare{
	{"home", "GET / signed in", 15},
	{"home_anon", "GET / not signed in", 10},
	{"me", "GET /me", 15},
	{"suggestions", "GET /suggestions", 15},
	{"search", "GET /search?q= signed in", 8},
	{"search_anon", "GET /search?q= not signed in", 7},
	{"group", "GET /groups/:id (the member's group)", 10},
	{"messages", "GET /messages", 10},
	{"pay", "POST /groups/:id/payments (into 5 groups)", 10},
}

// loadQueries are words the demo's members, groups and listings use.
var loadQueries = []string{
	"swimming", "yoga", "art", "gardening", "walking", "cooking", "music", "minibus", "choir",
	"crochet", "allotment", "parkrun", "Cowley", "Headington", "Huyton", "Prescot", "gym",
	"swim Oxford", "art class", "walking group", "bingo", "library", "karate", "painting",
}

func printMix(out io.Writer, only string) {
	fmt.Fprintln(out, "mix (share of requests, route, what):")
	for _, s := range mixOf(only) {
		fmt.Fprintf(out, "  %3d%%  %-12s %s\n", s.percent, s.route, s.what)
	}
}

// mixOf is the stated mix, or with -only the one route named, every
// request of it.
func mixOf(only string) []loadShare {
	for _, s := range loadMix {
		if s.route == only {
			s.percent = 100
			return []loadShare{s}
		}
	}
	return loadMix
}

// knownRoute reports whether route names one in the mix.
func knownRoute(route string) bool {
	return len(mixOf(route)) == 1
}

// loadRequest is one scheduled request: which route, whose, and for a
// payment, which one.
type loadRequest struct {
	route, client, payment int
}

// schedule draws n requests from the mix with a fixed seed; payment j is
// always client j%clients's.
func schedule(n, clients int, only string) (reqs []loadRequest, payments int) {
	rng := rand.New(rand.NewPCG(12, 2026))
	mix := mixOf(only)
	total := 0
	for _, s := range mix {
		total += s.percent
	}
	reqs = make([]loadRequest, n)
	for i := range reqs {
		pick := rng.IntN(total)
		r := 0
		for pick >= mix[r].percent {
			pick -= mix[r].percent
			r++
		}
		r = slices.IndexFunc(loadMix, func(s loadShare) bool { return s.route == mix[r].route })
		reqs[i] = loadRequest{route: r, client: rng.IntN(clients), payment: -1}
		if loadMix[r].route == "pay" {
			reqs[i].client, reqs[i].payment = payments%clients, payments
			payments++
		}
	}
	return reqs, payments
}

// payForm is payment j's form, with its key; the note names it in the
// ledger.
func payForm(key, note string, j int) url.Values {
	pence := 100 + j%500
	return url.Values{"key": {key}, "amount": {fmt.Sprintf("%d.%02d", pence/100, pence%100)},
		"method": {"bank_transfer"}, "note": {note}}
}

// send makes request i of the schedule and returns its status.
func (b *loadBench) send(i int, r loadRequest) (int, error) {
	c := b.clients[r.client]
	var status int
	var err error
	get := func(hc *http.Client, path string) { status, err = c.statusOf(hc, path) }
	q := url.QueryEscape(loadQueries[i%len(loadQueries)])
	switch loadMix[r.route].route {
	case "home":
		get(c.signedIn, "/")
	case "home_anon":
		get(c.anonymous, "/")
	case "me":
		get(c.signedIn, "/me")
	case "suggestions":
		get(c.signedIn, "/suggestions")
	case "search":
		get(c.signedIn, "/search?q="+q)
	case "search_anon":
		get(c.anonymous, "/search?q="+q)
	case "group":
		get(c.signedIn, b.groupOf(r.client))
	case "messages":
		get(c.signedIn, "/messages")
	case "pay":
		group := b.groupOf(r.client)
		key := b.keys[r.payment]
		if key == "" { // past -forms: the form is opened now, and timed with the payment
			p, e := c.get(group + "/pay")
			if status, err = p.Status, e; err != nil || status != http.StatusOK {
				return status, err
			}
			key = sitetest.FormKey(p.Body, group+"/payments")
		}
		p, e := c.post(group+"/payments", payForm(key, loadNote(r.payment), r.payment))
		status, err = p.Status, e
	}
	return status, err
}

// loadNote names load payment j in its group's ledger.
func loadNote(j int) string { return fmt.Sprintf("load-%d", j) }
