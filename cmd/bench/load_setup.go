package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/clubtogether/clubtogether/sitetest"
)

// loadGroups is how many groups the load bench's payments go into.
const loadGroups = 5

// loadBench is the running site with its signed-in visitors: visitor c is
// a member of group c%loadGroups, whose treasurer is visitor c%loadGroups.
type loadBench struct {
	site      *loadSite
	transport *http.Transport
	clients   []*loadClient
	groups    []string // paths, /groups/ID
	keys      []string // payment j's key, made for client j%len(clients)
}

func (b *loadBench) groupOf(client int) string { return b.groups[client%len(b.groups)] }

// ready signs in the visitors and starts the groups; the site is running.
func (b *loadBench) ready(ctx context.Context, clients int) error {
	anon := newLoadClient(b.site.URL, 0, b.transport)
	page, err := anon.get("/demo")
	if err != nil || page.Status != http.StatusOK {
		return fmt.Errorf("the demo page: %d %v", page.Status, err)
	}
	ids := sitetest.DemoMembers(page.Body)
	if clients < loadGroups || clients > len(ids) {
		return fmt.Errorf("load: -clients must be from %d to %d, one demo member each", loadGroups, len(ids))
	}
	b.clients = make([]*loadClient, clients)
	for c := range b.clients {
		b.clients[c] = newLoadClient(b.site.URL, c+1, b.transport)
	}
	if err := each(clients, 16, func(c int) error { return b.clients[c].signIn(ids[c]) }); err != nil {
		return err
	}
	for g := range loadGroups {
		path, err := startLoadGroup(b.clients[g], g, (clients+loadGroups-1)/loadGroups+1)
		if err != nil {
			return err
		}
		b.groups = append(b.groups, path)
	}
	// Members join one at a time in each group, the groups at once: joins
	// racing into one group are refused with 409 when five tries in a row
	// find it changed, and the set-up is not what is measured.
	return each(loadGroups, loadGroups, func(g int) error {
		for c := g + loadGroups; c < clients; c += loadGroups {
			page, err := b.clients[c].submit(b.groupOf(c), b.groupOf(c)+"/join", url.Values{})
			if err != nil || page.Status != http.StatusSeeOther {
				return fmt.Errorf("joining %s: %d %v", b.groupOf(c), page.Status, err)
			}
		}
		return nil
	})
}

// startLoadGroup has the treasurer start open group g, reading plain pages.
func startLoadGroup(treasurer *loadClient, g, size int) (string, error) {
	if page, err := treasurer.post("/settings/display", url.Values{"easy_read": {"off"}, "text_size": {"normal"}, "contrast": {"normal"}}); err != nil || page.Status != http.StatusSeeOther {
		return "", fmt.Errorf("plain pages for the treasurer: %d %v", page.Status, err)
	}
	page, err := treasurer.submit("/groups/new", "/groups/new", url.Values{
		"name": {fmt.Sprintf("Load buyers %d", g+1)}, "purpose": {"Buying together."}, "easy_summary": {"We buy together."},
		"interests": {"swimming"}, "district": {"OX4"}, "open": {"open"}, "max_size": {strconv.Itoa(max(size, 2))},
		"contribution": {"5"}, "every": {"week"}, "times": {"10"}, "leaver": {"refund_unspent"}, "votes": {"majority"},
	})
	if err != nil || page.Status != http.StatusSeeOther {
		return "", fmt.Errorf("starting group %d: %d %v", g+1, page.Status, err)
	}
	return strings.TrimSuffix(page.Location, "?done=started"), nil
}

// fetchKeys has each visitor open their group's payment form once per
// payment they will make, and keeps the key the server made for it; a
// few at a time, and again after a 503 (the store was busy), as a person
// would reload: these pages are the set-up, not what is measured.
// Only the first forms payments' are opened (all when forms is 0 or more
// than payments); the others' keys stay empty.
func (b *loadBench) fetchKeys(payments, forms int) error {
	b.keys = make([]string, payments)
	if forms <= 0 || forms > payments {
		forms = payments
	}
	return each(forms, 32, func(j int) error {
		c := j % len(b.clients)
		var page sitetest.Page
		var err error
		for try := range 10 {
			if page, err = b.clients[c].get(b.groupOf(c) + "/pay"); err == nil && page.Status == http.StatusOK {
				break
			}
			time.Sleep(time.Duration(try+1) * 200 * time.Millisecond)
		}
		if err != nil || page.Status != http.StatusOK {
			return fmt.Errorf("the payment form for payment %d: %d %v", j, page.Status, err)
		}
		if b.keys[j] = sitetest.FormKey(page.Body, b.groupOf(c)+"/payments"); b.keys[j] == "" {
			return fmt.Errorf("the payment form for payment %d has no key", j)
		}
		return nil
	})
}

// each runs do(0..n-1), at most width at once, and returns the first error.
func each(n, width int, do func(int) error) error {
	work := make(chan int)
	errs := make(chan error, width)
	var wg sync.WaitGroup
	for range min(width, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				if err := do(i); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var err error
feed:
	for i := range n {
		select {
		case work <- i:
		case err = <-errs:
			break feed
		}
	}
	close(work)
	wg.Wait()
	close(errs)
	if err == nil {
		err = <-errs
	}
	return err
}
