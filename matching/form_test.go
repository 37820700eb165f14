package matching

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func swimmingListing(t *testing.T) community.Listing {
	t.Helper()
	times, _ := community.ParseAvailability([]string{"tue-evening"})
	return community.Listing{
		ID: "swim", Title: "Swimming lessons", District: "OX4", Interests: []string{"swimming"}, Times: times,
		Features: []string{"step-free"}, Capacity: 10,
		Tiers: []community.PriceTier{{MinPeople: 1, Each: 1200}, {MinPeople: 4, Each: 800}, {MinPeople: 8, Each: 600}},
	}
}

func buyer(id, district string) community.Person {
	p := member(id, district, "swimming")
	p.OpenToBuying = true
	p.FreeTimes, _ = community.ParseAvailability([]string{"tue-evening"})
	return p
}

func TestFormFindsTheCheapestReachableGroup(t *testing.T) {
	dir := loadPlaces(t)
	ix := New(dir)
	ix.PutListing(swimmingListing(t))
	for i := range 5 {
		ix.PutPerson(buyer(fmt.Sprintf("b%d", i), "OX4"))
	}
	notOpen := member("closed", "OX4", "swimming")
	busy := buyer("busy", "OX4")
	busy.FreeTimes, _ = community.ParseAvailability([]string{"mon-morning"})
	needsLoop := buyer("loop", "OX4")
	needsLoop.AccessNeeds = []string{"hearing-loop"}
	hiddenBuyer := buyer("hidden", "OX1")
	hiddenBuyer.Visibility = community.VisibleToNobody
	for _, p := range []community.Person{notOpen, busy, needsLoop, hiddenBuyer, buyer("far", "EH1")} {
		ix.PutPerson(p)
	}

	f, ok := ix.Form("swim", 5)
	if !ok {
		t.Fatal("no group formed from six willing people")
	}
	// Six can come (five in OX4 and the hidden one in OX1): enough for the
	// 4+ price, not the 8+ one. The closest four are chosen.
	if f.Size != 4 || f.Nearby != 6 || f.Each != 800 || f.Alone != 1200 || len(f.Members) != 4 {
		t.Fatalf("formation %+v", f)
	}
	if f.SavingEach() != 400 || f.SavingPerMonth() != 1600 {
		t.Errorf("saving %d each time and %d a month, want 400 and 1600", f.SavingEach(), f.SavingPerMonth())
	}
	// The same prices for a course, a month or an item save as much on
	// each, and nothing "over four weeks", which would mean nothing.
	for _, unit := range []community.PriceUnit{community.PerCourse, community.PerMonth, community.PerItem} {
		priced := f
		priced.Unit = unit
		if priced.SavingEach() != 400 || priced.SavingPerMonth() != 0 {
			t.Errorf("priced per %s: saving %d each and %d over four weeks, want 400 and 0", unit, priced.SavingEach(), priced.SavingPerMonth())
		}
	}
	if f.Unit != community.PerSession {
		t.Errorf("a listing saved with no unit forms a group priced per %q, not per session", f.Unit)
	}
	for _, m := range f.Members {
		if m.ID == "closed" || m.ID == "busy" || m.ID == "loop" || m.ID == "far" || m.ID == "hidden" {
			t.Errorf("%s should not be in the best four: %+v", m.ID, f.Members)
		}
	}

	t.Run("a hidden person is counted but never named", func(t *testing.T) {
		ix.PutPerson(buyer("b4", "EH1"))
		ix.PutPerson(buyer("b3", "EH1"))
		f, ok := ix.Form("swim", 5)
		if !ok || f.Nearby != 4 {
			t.Fatalf("formation %+v", f)
		}
		for _, m := range f.Members {
			if m.ID == "hidden" && m.Name != "" {
				t.Errorf("hidden member named: %+v", m)
			}
		}
	})
	t.Run("for a member, they count themselves in and see the saving", func(t *testing.T) {
		me := member("me", "OX4", "swimming")
		me.FreeTimes, _ = community.ParseAvailability([]string{"tue-evening"})
		ix.PutPerson(me)
		if got := ix.GroupsToStart("me", Query{Within: 5}); len(got) != 0 {
			t.Errorf("someone not open to buying together is offered groups to start: %+v", got)
		}
		me.OpenToBuying = true
		ix.PutPerson(me)
		got := ix.GroupsToStart("me", Query{Within: 5})
		if len(got) != 1 || got[0].Size != 4 || len(got[0].Members) != 3 {
			t.Fatalf("groups to start %+v", got)
		}
		if one, ok := ix.FormFor("me", "swim"); !ok || !reflect.DeepEqual(one, ix.GroupsToStart("me", Query{Within: MaxWithin})[0]) {
			t.Errorf("the group for one listing %+v differs from the one offered", one)
		}
		ix.Mark(community.Mark{From: "b0", To: "me", Kind: community.MarkBlock})
		ix.Mark(community.Mark{From: "me", To: "b1", Kind: community.MarkNotInterested})
		if got := ix.GroupsToStart("me", Query{Within: 5}); len(got) != 0 {
			t.Errorf("with two kept apart only two are left, yet a group formed: %+v", got)
		}
	})
	t.Run("too few people means no group", func(t *testing.T) {
		ix.RemoveListing("swim")
		if _, ok := ix.Form("swim", 5); ok {
			t.Error("a removed listing still forms groups")
		}
	})
}
