package actions

import (
	"context"
	"sync"

	"github.com/clubtogether/clubtogether/community"
)

// inbox counts, in memory, the messages each member has not read yet, by
// who sent them, so that no page asks the database for a count. It is
// filled once at start-up and kept current by the actions that send and
// read messages.
type inbox struct {
	mu sync.RWMutex
	// unread[to][from] are the ids of the messages not read: a message
	// counted twice (a retry) counts once.
	unread map[string]map[string]map[string]bool
	// reported[group] are the ids of the open reports about a group, for
	// its organisers to know of (never who made them).
	reported map[string]map[string]bool
}

func newInbox() *inbox {
	return &inbox{unread: map[string]map[string]map[string]bool{}, reported: map[string]map[string]bool{}}
}

// report counts an open report about a group, or forgets a dismissed one.
func (b *inbox) report(r community.Report) {
	if r.Kind != "group" {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !r.Open() {
		delete(b.reported[r.Target], r.ID)
		return
	}
	if b.reported[r.Target] == nil {
		b.reported[r.Target] = map[string]bool{}
	}
	b.reported[r.Target][r.ID] = true
}

// ReportsAbout is how many reports about a group wait for the moderators.
func (a *Actions) ReportsAbout(groupID string) int {
	a.inbox.mu.RLock()
	defer a.inbox.mu.RUnlock()
	return len(a.inbox.reported[groupID])
}

func (b *inbox) add(m community.Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.unread[m.To] == nil {
		b.unread[m.To] = map[string]map[string]bool{}
	}
	if b.unread[m.To][m.From] == nil {
		b.unread[m.To][m.From] = map[string]bool{}
	}
	b.unread[m.To][m.From][m.ID] = true
}

func (b *inbox) read(reader, from string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.unread[reader], from)
	if len(b.unread[reader]) == 0 {
		delete(b.unread, reader)
	}
}

// LoadInbox fills the counts of unread messages and open reports about
// groups from the store.
func (a *Actions) LoadInbox(ctx context.Context) error {
	unread, err := a.Store.Unread(ctx)
	if err != nil {
		return err
	}
	for _, m := range unread {
		a.inbox.add(m)
	}
	reports, err := a.Store.OpenReports(ctx)
	if err != nil {
		return err
	}
	for _, r := range reports {
		a.inbox.report(r)
	}
	return nil
}

// Unread is how many messages wait for the member, in all, and from whom.
func (a *Actions) Unread(personID string) (int, map[string]int) {
	a.inbox.mu.RLock()
	defer a.inbox.mu.RUnlock()
	byWho := make(map[string]int, len(a.inbox.unread[personID]))
	total := 0
	for from, ids := range a.inbox.unread[personID] {
		if !a.Matching.Blocked(personID, from) {
			byWho[from] = len(ids)
			total += len(ids)
		}
	}
	return total, byWho
}
