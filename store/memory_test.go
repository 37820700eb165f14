package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// sameAsDatabase fails the test where a table in memory differs from the
// collection in the database, read afresh into a new table.
func sameAsDatabase(t *testing.T, s *Store) {
	t.Helper()
	fresh := newMemory(s.db)
	if err := fresh.fill(t.Context()); err != nil {
		t.Fatal(err)
	}
	compare := func(name string, kept, read any) {
		if !reflect.DeepEqual(kept, read) {
			t.Errorf("%s in memory:\n%+v\nin the database:\n%+v", name, kept, read)
		}
	}
	compare("people", docsOf(t, s.mem.people), docsOf(t, fresh.people))
	compare("groups", docsOf(t, s.mem.groups), docsOf(t, fresh.groups))
	compare("group index", s.mem.groups.index, fresh.groups.index)
	compare("marks", docsOf(t, s.mem.marks), docsOf(t, fresh.marks))
	compare("mark index", s.mem.marks.index, fresh.marks.index)
	compare("messages", docsOf(t, s.mem.messages), docsOf(t, fresh.messages))
	compare("message index", s.mem.messages.index, fresh.messages.index)
	compare("board", docsOf(t, s.mem.board), docsOf(t, fresh.board))
}

// docsOf is every document a table holds, by id.
func docsOf[D any](t *testing.T, tb *table[D]) map[string]D {
	t.Helper()
	docs, err := tb.where(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]D{}
	for _, d := range docs {
		out[tb.idOf(d)] = d
	}
	return out
}

// fill reads every table afresh, for the comparison.
func (m *memory) fill(ctx context.Context) error {
	for _, t := range m.byCollection {
		if err := t.fill(ctx); err != nil {
			return err
		}
	}
	return nil
}

// TestMemoryHoldsWhatTheDatabaseHolds: after writes of every shape (new
// documents, saves at a version, changes, writes to many, deletions, and
// writes the database failed after or before making), what the store
// keeps in memory is what the database holds, indexes included.
func TestMemoryHoldsWhatTheDatabaseHolds(t *testing.T) {
	s := openTestStore(t)
	ctx := t.Context()
	ann, err := s.CreatePerson(ctx, community.Person{Name: "Ann", District: "OX4"})
	if err != nil {
		t.Fatal(err)
	}
	bob, err := s.CreatePerson(ctx, community.Person{Name: "Bob", District: "OX4"})
	if err != nil {
		t.Fatal(err)
	}
	ann.About = "I like swimming"
	if ann, err = s.SaveProfile(ctx, ann); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDisplay(ctx, bob.ID, community.Display{EasyRead: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.EndSession(ctx, ann.ID, "session-1"); err != nil {
		t.Fatal(err)
	}
	g, err := s.CreateGroup(ctx, community.Group{Name: "Swimmers", District: "OX4", Open: true, MaxSize: 5,
		Members: []community.Membership{{PersonID: ann.ID, Name: "Ann"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		g.Members = append(g.Members, community.Membership{PersonID: bob.ID, Name: "Bob"})
		g.Invited = []string{"someone"}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutMark(ctx, community.Mark{From: ann.ID, To: bob.ID, Kind: community.MarkHello}); err != nil {
		t.Fatal(err)
	}
	for i, text := range []string{"Hello Bob", "Swim on Tuesday?"} {
		if _, _, err := s.SaveMessage(ctx, community.Message{ID: "m" + string(rune('1'+i)), From: ann.ID, To: bob.ID, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkRead(ctx, bob.ID, ann.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Post(ctx, community.Post{GroupID: g.ID, By: ann.ID, ByName: "Ann", Text: "Towels"}); err != nil {
		t.Fatal(err)
	}
	sameAsDatabase(t, s)

	// A write the database made but answered with an error, and one it
	// refused before writing: memory says what the database did.
	failed := errors.New("the disk is full")
	s.SetFaults(func(op string, written bool) error {
		if op == "save display" && written || op == "post" && !written {
			return failed
		}
		return nil
	})
	if err := s.SaveDisplay(ctx, ann.ID, community.Display{EasyRead: true}); !errors.Is(err, failed) {
		t.Fatalf("saving the display: %v, want the fault", err)
	}
	if _, err := s.Post(ctx, community.Post{GroupID: g.ID, By: bob.ID, ByName: "Bob", Text: "Goggles"}); !errors.Is(err, failed) {
		t.Fatalf("posting: %v, want the fault", err)
	}
	s.SetFaults(nil)
	if p, _ := s.Person(ctx, ann.ID); !p.Display.EasyRead {
		t.Error("the display the database saved, though it answered with an error, is not in memory")
	}
	sameAsDatabase(t, s)

	if err := s.RemoveMessagesFrom(ctx, ann.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DeleteMarksOf(ctx, ann.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePerson(ctx, bob.ID); err != nil {
		t.Fatal(err)
	}
	sameAsDatabase(t, s)
	if _, err := s.Person(ctx, bob.ID); community.KindOf(err) != community.KindNotFound {
		t.Errorf("a deleted person: %v, want NotFound", err)
	}
}

// TestMemoryFindsWhatAnotherProcessWrote: a person or group another
// process saved is found by id, and kept, though memory was filled
// before it existed.
func TestMemoryFindsWhatAnotherProcessWrote(t *testing.T) {
	s := openTestStore(t)
	other := &Store{client: s.client, db: s.db, locks: newKeyedLock(), now: time.Now, counts: s.counts}
	other.mem = newMemory(other.db)
	if err := other.fillMemory(t.Context()); err != nil {
		t.Fatal(err)
	}
	p, err := other.CreatePerson(t.Context(), community.Person{Name: "Cal", District: "L34"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Person(t.Context(), p.ID)
	if err != nil || got.Name != "Cal" {
		t.Fatalf("a person another process made: %+v %v", got, err)
	}
	if _, found, _ := s.mem.people.get(p.ID); !found {
		t.Error("the person read from the database is not kept in memory")
	}
}
