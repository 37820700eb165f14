package actions_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/locale"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/search"
	"github.com/clubtogether/clubtogether/store"
)

// rig is one embedded store, search index and matching index that every
// test shares (each works in groups of its own), with a clock tests move.
var rig struct {
	acts  *actions.Actions
	store *store.Store
	clock *clock
}

// clock is a clock a test moves by hand.
type clock struct {
	mu sync.Mutex
	at time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.at
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at = t
}

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "actions:", err)
		code = 1
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "clubtogether-actions-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(dir)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	rig.clock = &clock{at: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	st, err := store.OpenEmbedded(ctx, filepath.Join(dir, "data"), quiet, rig.clock.Now)
	if err != nil {
		return 1, err
	}
	defer st.Close(ctx)
	index, err := search.OpenBleve(filepath.Join(dir, "search"))
	if err != nil {
		return 1, err
	}
	defer index.Close()
	places, err := places.Load()
	if err != nil {
		return 1, err
	}
	catalogue, err := locale.New()
	if err != nil {
		return 1, err
	}
	rig.store = st
	rig.acts = actions.New(actions.Deps{Store: st, Discovery: discovery.New(index, st, places, catalogue, quiet),
		Matching: matching.New(places), Places: places, Log: quiet, Now: rig.clock.Now,
		Keys: community.NewFormKeys([]byte("actions test keys")), Moderators: []string{moderatorEmail}})
	return m.Run(), nil
}

// moderatorEmail is the sign-in email of the tests' moderators.
const moderatorEmail = "moderator@example.org"

// person makes a new member in OX4.
func person(t *testing.T, name string) community.Person {
	t.Helper()
	p, err := rig.store.CreatePerson(context.Background(), community.Person{Name: name, District: "OX4",
		Interests: []string{"swimming"}, OpenToBuying: true})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// key is the key the form would carry when shown to p.
func key(p community.Person, form string) string { return rig.acts.FormKey(p.ID, form) }

// aGroup is a new open group started by its treasurer, with the rest
// joined: £5 a week for 10 weeks, unspent money refunded to leavers.
func aGroup(t *testing.T, treasurer community.Person, others ...community.Person) community.Group {
	t.Helper()
	return aGroupLeaving(t, community.RefundUnspent, treasurer, others...)
}

// aGroupLeaving is aGroup with another rule for leavers.
func aGroupLeaving(t *testing.T, rule community.LeaverRule, treasurer community.Person, others ...community.Person) community.Group {
	t.Helper()
	ctx := context.Background()
	g, err := rig.acts.StartGroup(ctx, actions.As(treasurer), key(treasurer, "group-new"), community.Group{
		Name: "Tuesday swimmers", Purpose: "We share lessons.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: "OX4", Open: true, MaxSize: 10,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10,
			Leaver: rule, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range others {
		if g, err = rig.acts.Join(ctx, actions.As(p), g.ID, key(p, "join"), false); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// paid records a payment by p and the treasurer's confirmation of it.
func paid(t *testing.T, g community.Group, treasurer, p community.Person, amount community.Pence) community.Entry {
	t.Helper()
	ctx := context.Background()
	e, err := rig.acts.Pay(ctx, actions.As(p), g.ID, key(p, "pay"), "", community.Payment{Amount: amount, Method: "cash"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.Confirm(ctx, actions.As(treasurer), g.ID, key(treasurer, "confirm"), e.ID); err != nil {
		t.Fatal(err)
	}
	return e
}

// errInjected is the failure a test injects into a write.
var errInjected = errors.New("injected failure")

// failAt makes the n-th write step from now fail (counting the check
// before and the check after each write), and reports how many steps ran.
func failAt(n int) (steps func() int) {
	var mu sync.Mutex
	count := 0
	rig.store.SetFaults(func(op string, written bool) error {
		mu.Lock()
		defer mu.Unlock()
		count++
		if count == n {
			return fmt.Errorf("%w at %s (written %v)", errInjected, op, written)
		}
		return nil
	})
	return func() int {
		mu.Lock()
		defer mu.Unlock()
		return count
	}
}

func noFaults() { rig.store.SetFaults(nil) }

// ledger is what a group's ledger holds, in words that do not depend on
// ids: each entry's kind, whose it is (by name) and amount, in order.
func ledger(t *testing.T, g community.Group, names map[string]string) []string {
	t.Helper()
	entries, err := rig.store.Entries(context.Background(), g.ID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, fmt.Sprintf("%s %s %s", e.Kind, names[e.PersonID], e.Amount.Pounds()))
	}
	slices.Sort(out)
	return out
}

// aProvider is a new provider managed by owner, with one listing.
func aProvider(t *testing.T, owner community.Person) (community.Provider, community.Listing) {
	t.Helper()
	ctx := context.Background()
	p, err := rig.acts.CreateProvider(ctx, actions.As(owner), key(owner, "provider-new"), providerDraft())
	if err != nil {
		t.Fatal(err)
	}
	l, err := rig.acts.CreateListing(ctx, actions.As(owner), key(owner, "listing-new"), listingDraft(p.ID))
	if err != nil {
		t.Fatal(err)
	}
	return p, l
}

func providerDraft() community.Provider {
	return community.Provider{Name: "Iffley Swim School", Description: "Lessons for all.", EasyDescription: "We teach swimming.",
		Website: "https://swim.example.org", Districts: []string{"OX4", "OX1"}, Interests: []string{"swimming"}}
}

func listingDraft(providerID string) community.Listing {
	times, _ := community.ParseAvailability([]string{"tue-evening"})
	return community.Listing{ProviderID: providerID, Title: "Tuesday swim", Description: "An hour in the pool.",
		EasySummary: "Swim on Tuesday.", Interests: []string{"swimming"}, District: "OX4", Capacity: 10, Unit: community.PerSession,
		Times: times, Tiers: []community.PriceTier{{MinPeople: 1, Each: 1200}, {MinPeople: 4, Each: 800}}}
}
