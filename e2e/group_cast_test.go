package e2e

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// The tests of buying groups (issue 6, item 10): the whole story in the
// browser, from a "Start this group" suggestion to the statement CSV;
// axe-core and reflow at 320px on every group page in normal and Easy
// Read mode; and joining, paying and voting with scripts turned off.
//
// Groups, payments and votes last for the whole package run, and every
// test shares the site. So the tests here sign in as members of their own,
// chosen by groupsMembers from the members no other test uses (nor the
// suggestions tests' members), all of them reading plain English; and each
// test starts a group of its own.

// groupsCast is who the tests here sign in as.
type groupsCast struct {
	// starter starts the story's group from the first "Start this group"
	// on their /suggestions, around listing.
	starter community.Person
	listing string
	joiners []community.Person // three, who join the story's group
	// The page checks' group asks first: its treasurer started it, member
	// is in it, guest was invited and has not joined, asker asks to join.
	treasurer, member, guest, asker community.Person
	// The journey without JavaScript: organiser starts the group over
	// HTTP and noJS joins, pays and votes in the browser.
	organiser, noJS community.Person
	chosenIn        time.Duration
	tried           int
}

var groupsSetup struct {
	once sync.Once
	cast groupsCast
	err  error
}

// maxStarterTries bounds the members signed in over HTTP to find one with
// a group to start; about a quarter of the demo members have one.
const maxStarterTries = 40

// groupsMembers chooses, once per package run, the members the tests here
// sign in as: in the order the store lists them, visible members with a
// profile who read plain English and whom no other test uses. The
// starter is the first of them open to buying together whose first
// "Start this group" leads to a form that invites someone, takes at least
// five people and has each pledge at least £12 (the most the story's
// members pay); the others follow. Each test calls it before
// t.Parallel, so that the choice is made before any test changes the
// site, and is the same on every run.
func groupsMembers(t *testing.T) groupsCast {
	t.Helper()
	groupsSetup.once.Do(func() {
		groupsSetup.cast, groupsSetup.err = chooseGroupsMembers(t)
	})
	if groupsSetup.err != nil {
		t.Fatalf("choose members for the group tests: %v", groupsSetup.err)
	}
	return groupsSetup.cast
}

// foundPeople is what the form to start a group says about the people the
// suggestion found (invitees in suggestions_test.go is the same words).
var foundPeople = regexp.MustCompile(`We found (\d+) people near you who could join`)

func chooseGroupsMembers(t *testing.T) (groupsCast, error) {
	start := time.Now()
	used := usedByOtherTests(t)
	for id := range suggestionsMembers(t).mine {
		used[id] = true
	}
	var candidates []community.Person
	for _, p := range suite.people {
		if p.Visible() && p.HasProfile() && len(p.Interests) > 0 && !p.Display.EasyRead && !used[p.ID] {
			candidates = append(candidates, p)
		}
	}
	var cast groupsCast
	for i, p := range candidates {
		if !p.OpenToBuying {
			continue
		}
		if cast.tried == maxStarterTries {
			break
		}
		cast.tried++
		h, err := httpSignIn(p.ID)
		if err != nil {
			return cast, err
		}
		page, err := h.Get("/suggestions")
		if err != nil || page.Status != 200 {
			return cast, fmt.Errorf("/suggestions as %s: status %d, %v", p.ID, page.Status, err)
		}
		listings := startLinkIDs(page.Body)
		if len(listings) == 0 {
			continue
		}
		page, err = h.Get("/groups/new?listing=" + url.QueryEscape(listings[0]))
		if err != nil || page.Status != 200 {
			return cast, fmt.Errorf("/groups/new?listing=%s as %s: status %d, %v", listings[0], p.ID, page.Status, err)
		}
		form := page.Body
		m := foundPeople.FindStringSubmatch(form)
		size, _ := strconv.Atoi(inputValue(form, "max_size"))
		each, problem := community.ParsePence(inputValue(form, "contribution"))
		if m == nil || m[1] == "0" || size < 5 || size > 200 || problem != "" || each*10 < 1200 {
			continue
		}
		cast.starter, cast.listing = p, listings[0]
		candidates = slices.Delete(candidates, i, i+1)
		break
	}
	if cast.starter.ID == "" {
		return cast, fmt.Errorf("none of the %d members tried has a group to start for five people or more, pledging £12 or more each, that invites someone", cast.tried)
	}
	roles := []*community.Person{&cast.treasurer, &cast.member, &cast.guest, &cast.asker, &cast.organiser, &cast.noJS}
	if len(candidates) < 3+len(roles) {
		return cast, fmt.Errorf("only %d members left for %d roles", len(candidates), 3+len(roles))
	}
	cast.joiners = slices.Clone(candidates[:3])
	for i, r := range roles {
		*r = candidates[3+i]
	}
	cast.chosenIn = time.Since(start)
	return cast, nil
}
