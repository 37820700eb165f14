package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// memory is the collections the pages read, in memory (see table).
type memory struct {
	people    *table[personDoc]
	groups    *table[groupDoc]
	proposals *table[proposalDoc]
	marks     *table[markDoc]
	messages  *table[messageDoc]
	board     *table[postDoc]
	acts      *table[actDoc]
	helps     *table[helpDoc]
	mentors   *table[mentorDoc]
	listings  *table[listingDoc]
	providers *table[providerDoc]
	// permissions are read on every page a mentor opens while helping.
	permissions *table[permissionDoc]
	wishes      *table[wishDoc]
	offers      *table[offerDoc]
	// calendars are read by every calendar app polling a feed.
	calendars *table[calendarDoc]
	// wellbeingPlans and checkIns are read by the home page, to ask a
	// member who agreed when their check-in is due.
	wellbeingPlans *table[wellbeingPlanDoc]
	checkIns       *table[checkInDoc]
	// byCollection finds a collection's table, for the writes made
	// through the helpers shared by every collection.
	byCollection map[string]kept
}

// kept is what the store's shared write helpers need of a table.
type kept interface {
	fill(ctx context.Context) error
	reread(ctx context.Context, ids ...string)
	putInserted(docs ...any)
}

func one(k string) []string { return []string{k} }

func personsOf(ms []membershipDoc) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.PersonID
	}
	return out
}

func newMemory(db *mongo.Database) *memory {
	m := &memory{
		people: newTable(db, peopleCollection, func(d personDoc) string { return d.ID }, nil),
		groups: newTable(db, groupsCollection, func(d groupDoc) string { return d.ID }, map[string]func(groupDoc) []string{
			"member":  func(d groupDoc) []string { return personsOf(d.Members) },
			"former":  func(d groupDoc) []string { return personsOf(d.Former) },
			"user":    func(d groupDoc) []string { return personsOf(d.Users) },
			"invited": func(d groupDoc) []string { return d.Invited },
			"listing": func(d groupDoc) []string { return one(d.ListingID) },
		}),
		proposals: newTable(db, proposalsCollection, func(d proposalDoc) string { return d.ID }, map[string]func(proposalDoc) []string{
			"group": func(d proposalDoc) []string { return one(d.GroupID) },
		}),
		marks: newTable(db, marksCollection, func(d markDoc) string { return d.ID }, map[string]func(markDoc) []string{
			"from": func(d markDoc) []string { return one(d.From) },
			"to":   func(d markDoc) []string { return one(d.To) },
		}),
		messages: newTable(db, messagesCollection, func(d messageDoc) string { return d.ID }, map[string]func(messageDoc) []string{
			"thread": func(d messageDoc) []string { return one(d.Thread) },
			"person": func(d messageDoc) []string { return []string{d.From, d.To} },
		}),
		board: newTable(db, boardCollection, func(d postDoc) string { return d.ID }, map[string]func(postDoc) []string{
			"group":  func(d postDoc) []string { return one(d.GroupID) },
			"public": publicPost,
		}),
		acts: newTable(db, actsCollection, func(d actDoc) string { return d.ID }, map[string]func(actDoc) []string{
			"member": func(d actDoc) []string { return one(d.MemberID) },
		}),
		helps: newTable(db, helpsCollection, func(d helpDoc) string { return d.ID }, map[string]func(helpDoc) []string{
			"by":    func(d helpDoc) []string { return one(d.By) },
			"taken": func(d helpDoc) []string { return one(d.TakenBy) },
		}),
		mentors: newTable(db, mentorsCollection, func(d mentorDoc) string { return d.ID }, nil),
		listings: newTable(db, listingsCollection, func(d listingDoc) string { return d.ID }, map[string]func(listingDoc) []string{
			"provider": func(d listingDoc) []string { return one(d.ProviderID) },
		}),
		providers: newTable(db, providersCollection, func(d providerDoc) string { return d.ID }, map[string]func(providerDoc) []string{
			"owner": func(d providerDoc) []string { return one(d.OwnerID) },
		}),
		permissions: newTable(db, permissionsCollection, func(d permissionDoc) string { return d.ID }, map[string]func(permissionDoc) []string{
			"member": func(d permissionDoc) []string { return one(d.MemberID) },
			"mentor": func(d permissionDoc) []string { return one(d.MentorID) },
		}),
		wishes: newTable(db, wishesCollection, func(d wishDoc) string { return d.ID }, map[string]func(wishDoc) []string{
			"backer": backersOf,
		}),
		offers: newTable(db, offersCollection, func(d offerDoc) string { return d.ID }, map[string]func(offerDoc) []string{
			"to":       func(d offerDoc) []string { return []string{d.GroupID, d.WishID} },
			"provider": func(d offerDoc) []string { return one(d.ProviderID) },
		}),
		calendars: newTable(db, calendarsCollection, func(d calendarDoc) string { return d.ID }, map[string]func(calendarDoc) []string{
			"token": func(d calendarDoc) []string { return one(d.Token) },
		}),
		wellbeingPlans: newTable(db, wellbeingPlansCollection, func(d wellbeingPlanDoc) string { return d.ID }, nil),
		checkIns: newTable(db, checkInsCollection, func(d checkInDoc) string { return d.ID }, map[string]func(checkInDoc) []string{
			"person": func(d checkInDoc) []string { return one(d.PersonID) },
		}),
	}
	m.byCollection = map[string]kept{
		peopleCollection: m.people, groupsCollection: m.groups, proposalsCollection: m.proposals,
		marksCollection: m.marks, messagesCollection: m.messages, boardCollection: m.board,
		actsCollection: m.acts, helpsCollection: m.helps, mentorsCollection: m.mentors, listingsCollection: m.listings,
		providersCollection: m.providers, permissionsCollection: m.permissions, wishesCollection: m.wishes, offersCollection: m.offers,
		calendarsCollection: m.calendars, wellbeingPlansCollection: m.wellbeingPlans, checkInsCollection: m.checkIns,
	}
	return m
}

// fillMemory reads every collection kept in memory.
func (s *Store) fillMemory(ctx context.Context) error {
	for _, t := range s.mem.byCollection {
		if err := t.fill(ctx); err != nil {
			return err
		}
	}
	return nil
}

// written keeps memory current after a write to documents of a
// collection: it reads them again from the database.
func (s *Store) written(ctx context.Context, collection string, ids ...string) {
	if t := s.mem.byCollection[collection]; t != nil {
		t.reread(ctx, ids...)
	}
}

// inserted keeps documents just inserted in memory, as the database
// keeps them.
func (s *Store) inserted(collection string, docs ...any) {
	if t := s.mem.byCollection[collection]; t != nil {
		t.putInserted(docs...)
	}
}

// putInserted keeps inserted documents as the database keeps them. Ids
// memory has already keep the document it had: an insert that found its
// id taken wrote nothing.
func (t *table[D]) putInserted(docs ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, doc := range docs {
		t.keepLocked(doc, false)
	}
}

// sorted sorts docs by the comparison and returns them.
func sorted[D any](docs []D, compare func(a, b D) int) []D {
	slices.SortFunc(docs, compare)
	return docs
}

// each turns documents read from memory, sorted by compare, into what
// they hold; an error in reading them is passed on.
func each[D, T any](docs []D, err error, compare func(a, b D) int, convert func(D) T) ([]T, error) {
	if err != nil {
		return nil, err
	}
	sorted(docs, compare)
	out := make([]T, len(docs))
	for i, d := range docs {
		out[i] = convert(d)
	}
	return out, nil
}

// byTimeThenID compares by a time (newest first when newest) and then id.
func byTimeThenID(a, b time.Time, aID, bID string, newest bool) int {
	c := a.Compare(b)
	if newest {
		c = -c
	}
	return cmp.Or(c, cmp.Compare(aID, bID))
}

// byID is the document with the id, from memory (or, when memory lacks
// it, the database), turned into what it holds; NotFound with the message
// key when neither has it. what names the document in the error.
func byID[D, T any](ctx context.Context, t *table[D], id, what, notFoundKey string, convert func(D) T) (T, error) {
	var none T
	d, found, err := t.lookup(ctx, id)
	if err == nil && !found {
		err = community.NotFound(notFoundKey)
	}
	if err != nil {
		return none, fmt.Errorf("load %s %s: %w", what, id, err)
	}
	return convert(d), nil
}
