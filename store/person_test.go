package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"go.mongodb.org/mongo-driver/v2/bson"
)

func samplePerson() community.Person {
	free, _ := community.ParseAvailability([]string{"tue-evening", "sat-morning"})
	return community.Person{
		Name: "Asha Patel", About: "I like the pool.", District: "OX4",
		Interests: []string{"swimming", "board-games"}, Tags: []string{"lido"},
		FreeTimes: free, AccessNeeds: []string{"quiet"}, Visibility: community.VisibleToMembers,
		OpenToBuying: true,
	}
}

func TestPersonRoundTrip(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	created, err := s.CreatePerson(ctx, samplePerson())
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Person(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, created) {
		t.Errorf("loaded %+v\nsaved  %+v", got, created)
	}
	if _, err := s.Person(ctx, "no-such-person"); community.KindOf(err) != community.KindNotFound {
		t.Errorf("missing person: %v, want NotFound", err)
	}
}

func TestSaveProfileOnceForTwoClicks(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p, err := s.CreatePerson(ctx, samplePerson())
	if err != nil {
		t.Fatal(err)
	}
	p.About = "Now I like the sea too."
	// Eight submissions of the same form (the same version) at once.
	var wg sync.WaitGroup
	results := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.SaveProfile(ctx, p)
			results <- err
		}()
	}
	wg.Wait()
	close(results)
	saved, conflicts := 0, 0
	for err := range results {
		switch community.KindOf(err) {
		case community.KindConflict:
			conflicts++
		default:
			if err != nil {
				t.Fatal(err)
			}
			saved++
		}
	}
	if saved != 1 || conflicts != 7 {
		t.Errorf("saved %d times with %d conflicts, want once and 7", saved, conflicts)
	}
	got, _ := s.Person(ctx, p.ID)
	if got.Version != p.Version+1 || got.About != p.About {
		t.Errorf("after saving: version %d about %q", got.Version, got.About)
	}
	if _, err := s.SaveProfile(ctx, community.Person{ID: "nobody"}); community.KindOf(err) != community.KindNotFound {
		t.Errorf("saving a missing person: %v, want NotFound", err)
	}
}

func TestSignInLinksOnePerson(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	id := community.Identity{Provider: "openid-connect", Subject: "abc-123"}
	var wg sync.WaitGroup
	ids := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := s.SignIn(ctx, id, "Ben Jones", "ben@example.org")
			if err != nil {
				t.Error(err)
				return
			}
			ids <- p.ID
		}()
	}
	wg.Wait()
	close(ids)
	seen := map[string]bool{}
	for id := range ids {
		seen[id] = true
	}
	if len(seen) != 1 {
		t.Errorf("four first sign-ins made %d people, want 1", len(seen))
	}
	if n, _ := s.CountPeople(ctx); n != 1 {
		t.Errorf("%d people stored, want 1", n)
	}
}

func TestInsertPeopleSkipsDuplicates(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	a, b := samplePerson(), samplePerson()
	a.ID, b.ID = "demo-a", "demo-b"
	a.Demo, b.Demo = true, true
	b.Name = "Ada Brown"
	for round, want := range []int{2, 0} {
		added, err := s.InsertPeople(ctx, []community.Person{a, b})
		if err != nil || added != want {
			t.Errorf("round %d: added %d (%v), want %d", round, added, err, want)
		}
	}
	demo, err := s.DemoPeople(ctx)
	if err != nil || len(demo) != 2 || demo[0].Name != "Ada Brown" {
		t.Errorf("demo people = %v (%v), want both, by name", demo, err)
	}
}

func TestSaveDisplay(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	p, _ := s.CreatePerson(ctx, samplePerson())
	want := community.Display{EasyRead: true, TextSize: community.TextLarger, Contrast: community.ContrastHigh}
	if err := s.SaveDisplay(ctx, p.ID, want); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Person(ctx, p.ID)
	if got.Display != want {
		t.Errorf("display = %+v, want %+v", got.Display, want)
	}
}

// TestChangesRacedOnTwoWritersAreAllKept: two stores on one database, as two
// web replicas are, end a member's sign-ins and save their display and
// profile at once. Each change is made holding the member's lease, so
// none is lost to another made in between: every sign-in ended stays
// ended, and the profile and display saved are both there.
func TestChangesRacedOnTwoWritersAreAllKept(t *testing.T) {
	a := openTestStore(t)
	writers := []*Store{a, secondWriter(t, a)}
	ctx := context.Background()
	p, err := a.CreatePerson(ctx, community.Person{Name: "Raced Rae", District: "OX4"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			if err := writers[i%2].EndSession(ctx, p.ID, fmt.Sprintf("session-%d", i)); err != nil {
				t.Errorf("end session %d: %v", i, err)
			}
		})
	}
	wg.Go(func() {
		if err := writers[1].SaveDisplay(ctx, p.ID, community.Display{EasyRead: true}); err != nil {
			t.Errorf("save display: %v", err)
		}
	})
	wg.Go(func() {
		changed := p
		changed.About = "Saved while others changed me"
		if _, err := writers[0].SaveProfile(ctx, changed); err != nil {
			t.Errorf("save profile: %v", err)
		}
	})
	wg.Wait()
	var d personDoc
	if err := a.db.Collection(peopleCollection).FindOne(ctx, bson.M{"_id": p.ID}).Decode(&d); err != nil {
		t.Fatal(err)
	}
	saved := d.person()
	for i := range 12 {
		if !slices.Contains(saved.EndedSessions, fmt.Sprintf("session-%d", i)) {
			t.Errorf("session-%d was ended and is not: %v", i, saved.EndedSessions)
		}
	}
	if !saved.Display.EasyRead || saved.About != "Saved while others changed me" {
		t.Errorf("display %+v, about %q: a change was lost", saved.Display, saved.About)
	}
}
