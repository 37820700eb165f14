package actions

import (
	"context"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
)

// FollowLag is the most time a change made on one replica takes to show
// on the others: the log is read every FollowEvery, and what a read finds
// is applied at once.
const FollowLag = 2 * time.Second

// FollowEvery is how often a replica reads the change log.
const FollowEvery = 500 * time.Millisecond

// lookBack is how far before the newest change seen each read of the log
// starts again: a writer stamps a change when it writes it, so one that
// was slow to arrive, or whose clock is a little behind, still has its
// line read. Lines read twice are dropped by their id.
const lookBack = 5 * time.Second

// Follower applies the changes other replicas write to the change log to
// this one: what its store keeps in memory, its matching index, its
// counts of unread messages and open reports, and, when the search index
// is this replica's own (embedded), its search index. A replica's own
// changes are applied when they are made, so its lines are passed by.
type Follower struct {
	a *Actions
	// search says whether the search index is this replica's own; a
	// shared one (Meilisearch) was kept current by the writer.
	search bool
	// since is where the next read of the log starts, less lookBack;
	// seen are the lines applied since then, by id.
	since time.Time
	seen  map[string]time.Time
	// lag is told how long each change applied took to arrive.
	lag func(time.Duration)
}

// NewFollower follows the change log from since: a replica starts it from
// just before it read everything for its indexes, so that no change falls
// between the two. lag, if not nil, is told for each change applied how
// long after it was written it was applied.
func (a *Actions) NewFollower(since time.Time, ownSearch bool, lag func(time.Duration)) *Follower {
	if lag == nil {
		lag = func(time.Duration) {}
	}
	return &Follower{a: a, search: ownSearch, since: since, seen: map[string]time.Time{}, lag: lag}
}

// Run reads the log every FollowEvery until ctx ends. A read that fails
// is logged and tried again at the next tick: the lines stay in the log.
func (f *Follower) Run(ctx context.Context) {
	tick := time.NewTicker(FollowEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if _, err := f.Once(ctx); err != nil && ctx.Err() == nil {
				f.a.Log.Warn("follow the change log", "err", err)
			}
		}
	}
}

// Once reads the log once and applies the other replicas' changes not yet
// applied, oldest first; it says how many it applied.
func (f *Follower) Once(ctx context.Context) (int, error) {
	changes, err := f.a.Store.ChangesSince(ctx, f.since.Add(-lookBack))
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, c := range changes {
		id := community.ChangeID(c.Writer, c.Counter)
		if _, done := f.seen[id]; done {
			continue
		}
		f.seen[id] = c.At
		if c.At.After(f.since) {
			f.since = c.At
		}
		if c.Writer == f.a.writer {
			continue
		}
		f.apply(ctx, c)
		f.lag(f.a.Now().Sub(c.At))
		applied++
	}
	for id, at := range f.seen {
		if at.Before(f.since.Add(-lookBack)) {
			delete(f.seen, id)
		}
	}
	return applied, nil
}

// apply brings this replica up to date with one change: the store's
// memory first, then the indexes and counts from what it now holds.
func (f *Follower) apply(ctx context.Context, c community.Change) {
	a := f.a
	a.Store.Follow(ctx, c)
	switch c.Kind {
	case "person":
		p, err := a.Store.Person(ctx, c.DocID)
		switch {
		case community.KindOf(err) == community.KindNotFound:
			a.Matching.RemovePerson(c.DocID)
			a.Matching.RemoveMentor(c.DocID)
			f.searchPerson(ctx, community.Person{ID: c.DocID}) // a person nobody sees: out of the index
		case err == nil:
			a.Matching.PutPerson(p)
			f.searchPerson(ctx, p)
			if m, err := a.Store.Mentor(ctx, p.ID); err == nil {
				a.Matching.PutMentor(m, p)
			}
		}
	case "group":
		if g, err := a.Store.Group(ctx, c.DocID); err == nil {
			a.Matching.PutGroup(matching.GroupOf(g))
			if f.search {
				a.Discovery.Group(ctx, g)
			}
		}
	case "listing":
		if l, err := a.Store.Listing(ctx, c.DocID); err == nil {
			a.Matching.PutListing(l)
			if p, err := a.Store.Provider(ctx, l.ProviderID); err == nil && f.search {
				a.Discovery.Listing(ctx, l, p)
			}
		}
	case "wish":
		switch w, err := a.Store.Wish(ctx, c.DocID); {
		case err == nil:
			a.Matching.PutWish(w)
		case community.KindOf(err) == community.KindNotFound:
			a.Matching.RemoveWish(c.DocID)
		}
	case "provider":
		if p, err := a.Store.Provider(ctx, c.DocID); err == nil && f.search {
			a.Discovery.Provider(ctx, p)
		}
	case "mentor":
		m, err := a.Store.Mentor(ctx, c.DocID)
		p, perr := a.Store.Person(ctx, c.DocID)
		if err != nil || perr != nil {
			a.Matching.RemoveMentor(c.DocID)
		} else {
			a.Matching.PutMentor(m, p)
		}
	case "mark":
		f.followMarks(ctx, c.DocID)
	case "message":
		if m, err := a.Store.Message(ctx, c.DocID); err == nil && m.ReadAt.IsZero() {
			a.inbox.add(m)
		}
	case "thread":
		reader, from, _ := strings.Cut(c.DocID, "/")
		a.inbox.read(reader, from)
	case "report":
		if r, err := a.Store.Report(ctx, c.DocID); err == nil {
			a.inbox.report(r)
		}
	}
}

func (f *Follower) searchPerson(ctx context.Context, p community.Person) {
	if f.search {
		f.a.Discovery.Person(ctx, p)
	}
}

// followMarks brings the matching index's marks from one member to
// another up to date with the store's, kind by kind.
func (f *Follower) followMarks(ctx context.Context, docID string) {
	from, to, _ := strings.Cut(docID, "/")
	marks, err := f.a.Store.MarksFrom(ctx, from)
	if err != nil {
		return
	}
	for _, kind := range community.MarkKinds() {
		f.a.Matching.Unmark(community.Mark{From: from, To: to, Kind: kind})
	}
	for _, m := range marks {
		if m.To == to {
			f.a.Matching.Mark(m)
		}
	}
}
