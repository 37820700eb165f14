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
}

func newInbox() *inbox { return &inbox{unread: map[string]map[string]map[string]bool{}} }

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

// LoadInbox fills the counts of unread messages from the store.
func (a *Actions) LoadInbox(ctx context.Context) error {
	unread, err := a.Store.Unread(ctx)
	if err != nil {
		return err
	}
	for _, m := range unread {
		a.inbox.add(m)
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
