package store

import (
	"context"
	"strings"

	"github.com/clubtogether/clubtogether/community"
)

// Follow brings what this store keeps in memory up to date with a change
// another writer made, as the change log names it: the document is read
// again from the database (and dropped when it is gone), a thread's
// messages are read again once read, and a group's cached ledger is
// dropped so that the next page reads it whole. A kind memory does not
// keep changes nothing here.
func (s *Store) Follow(ctx context.Context, c community.Change) {
	switch c.Kind {
	case "ledger":
		if s.ledgers != nil {
			s.ledgers.forget(c.DocID)
		}
	case "mark":
		from, to, _ := strings.Cut(c.DocID, "/")
		var ids []string
		for _, kind := range community.MarkKinds() {
			ids = append(ids, markID(community.Mark{From: from, To: to, Kind: kind}))
		}
		s.written(ctx, marksCollection, ids...)
	case "check-ins":
		// A member's check-ins, all deleted with their account.
		docs, _ := s.mem.checkIns.with(ctx, "person", c.DocID)
		ids := make([]string, len(docs))
		for i, d := range docs {
			ids[i] = d.ID
		}
		s.written(ctx, checkInsCollection, ids...)
	case "thread":
		reader, from, _ := strings.Cut(c.DocID, "/")
		s.rereadMessages(ctx, "thread", community.ThreadID(reader, from), func(d messageDoc) bool { return d.From == from && d.ReadAt.IsZero() })
	default:
		if collection := followedCollection(c.Kind); collection != "" {
			s.written(ctx, collection, c.DocID)
		}
	}
}

// followedCollection is the collection kept in memory that holds the
// documents of a kind of change, or "" for none.
func followedCollection(kind string) string {
	switch kind {
	case "person":
		return peopleCollection
	case "group":
		return groupsCollection
	case "proposal":
		return proposalsCollection
	case "message":
		return messagesCollection
	case "post":
		return boardCollection
	case "act":
		return actsCollection
	case "help":
		return helpsCollection
	case "mentor":
		return mentorsCollection
	case "listing":
		return listingsCollection
	case "provider":
		return providersCollection
	case "permission":
		return permissionsCollection
	case "wish":
		return wishesCollection
	case "offer":
		return offersCollection
	case "calendar":
		return calendarsCollection
	case "wellbeing plan":
		return wellbeingPlansCollection
	case "check-in":
		return checkInsCollection
	}
	return ""
}
