// Package actions is every change a person can make on the site, one file
// per action. Each action is told who is acting and on whose behalf,
// checks that they may, does its writes in an order that a retry after a
// failure at any step completes exactly once, appends a line to the change
// log, and keeps the search and matching indexes current. It knows nothing
// of the web: the handlers call it, and so does the demo data.
package actions

import (
	"context"
	"crypto/rand"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/discovery"
	"github.com/clubtogether/clubtogether/matching"
	"github.com/clubtogether/clubtogether/places"
	"github.com/clubtogether/clubtogether/store"
)

// Deps is what the actions need, wired by the caller.
type Deps struct {
	Store     *store.Store
	Discovery *discovery.Sync
	Matching  *matching.Index
	Places    *places.Directory
	// Keys signs and checks the keys that forms carry.
	Keys community.FormKeys
	// Now is the site's clock; nil means the real time.
	Now community.Clock
	Log *slog.Logger
	// Retention is how long change-log lines are kept; 0 means a week.
	Retention time.Duration
	// Moderators are the member ids or emails of the moderators.
	Moderators []string
}

// Actions makes the changes.
type Actions struct {
	Deps
	// writer names this process in the change log; counter counts its
	// changes.
	writer  string
	counter *atomic.Int64
	// inbox counts the messages each member has not read.
	inbox *inbox
}

// pruneEvery is how many changes pass between two prunings of the log:
// pruning is done by the writes themselves, with no background job.
const pruneEvery = 256

// New makes the actions.
func New(d Deps) *Actions {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Retention == 0 {
		d.Retention = 7 * 24 * time.Hour
	}
	return &Actions{Deps: d, writer: rand.Text()[:10], counter: new(atomic.Int64), inbox: newInbox()}
}

// WithClock is the same actions reading the time from another clock: the
// demo data replays its history on the days it happened.
func (a *Actions) WithClock(now community.Clock) *Actions {
	b := *a
	b.Now = now
	return &b
}

// Who is the person acting and the person whose account the action changes:
// the same person, unless a mentor acts for someone with their permission.
type Who struct {
	Actor, Owner community.Person
}

// As is someone acting for themselves.
func As(p community.Person) Who { return Who{Actor: p, Owner: p} }

// may checks that the actor acts for themselves. Acting for someone else
// is allowed only by the actions a permission's scope covers, which check
// it with mayFor; every other action (voting, proposing, confirming,
// posting, messaging) goes through here and refuses it.
func (w Who) may() error {
	if w.Actor.ID == "" || w.Owner.ID == "" {
		return community.Forbidden("error.forbidden")
	}
	if w.Actor.ID != w.Owner.ID {
		return community.Forbidden("error.acting.no_permission")
	}
	return nil
}

// FormKey makes the key a form carries, for the member who will send it.
func (a *Actions) FormKey(memberID, form string) string {
	return a.Keys.Make(memberID, form, rand.Text())
}

// clientKey checks the key a form came with and returns the key of the
// change it makes: scoped to the actor and the form, in a namespace no
// server key shares.
func (a *Actions) clientKey(who Who, form, key string) (string, error) {
	form = formFor(who, form)
	nonce, err := a.Keys.Open(who.Actor.ID, form, key)
	if err != nil {
		return "", err
	}
	return community.ClientKey(who.Actor.ID, form, nonce), nil
}

// logChange appends the action's line to the change log, and now and then
// prunes lines older than the retention period.
func (a *Actions) logChange(ctx context.Context, action, kind, docID string) error {
	n := a.counter.Add(1)
	if _, err := a.Store.AppendChange(ctx, community.Change{Writer: a.writer, Counter: n, Action: action, Kind: kind, DocID: docID}); err != nil {
		return err
	}
	if n%pruneEvery == 0 {
		if _, err := a.Store.PruneChanges(ctx, a.Now().Add(-a.Retention)); err != nil {
			a.Log.Warn("prune the change log", "err", err)
		}
	}
	return nil
}

// now is the time on the site's clock, as the store keeps it.
func (a *Actions) now() time.Time { return a.Now().UTC().Truncate(time.Millisecond) }

// indexGroup puts a group into the matching index, so "groups for me"
// knows its members and places at once, and into the search index.
func (a *Actions) indexGroup(ctx context.Context, g community.Group) {
	a.Matching.PutGroup(matching.GroupOf(g))
	a.Discovery.Group(ctx, g)
}

// indexPerson puts a saved profile into both indexes.
func (a *Actions) indexPerson(ctx context.Context, p community.Person) {
	a.Discovery.Person(ctx, p)
	a.Matching.PutPerson(p)
}
