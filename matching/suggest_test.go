package matching

import (
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func member(id, district string, interests ...string) community.Person {
	return community.Person{ID: id, Name: "Name of " + id, District: district, Interests: interests,
		Visibility: community.VisibleToMembers}
}

func ids(list []Suggestion) []string {
	var out []string
	for _, s := range list {
		out = append(out, s.ID)
	}
	return out
}

func TestSuggestRules(t *testing.T) {
	dir := loadPlaces(t)
	tue, _ := community.ParseAvailability([]string{"tue-evening", "sat-morning"})
	me := member("me", "OX4", "swimming", "board-games", "chess")
	me.FreeTimes = tue
	me.Tags = []string{"Crochet"}
	both := member("both", "OX4", "swimming", "board-games")
	both.FreeTimes = tue
	rare := member("rare", "OX4", "chess")
	common := member("common", "OX4", "swimming")
	words := member("words", "OX4")
	words.Tags = []string{"crochet "}
	far := member("far", "EH1", "swimming", "board-games", "chess")
	hidden := member("hidden", "OX4", "swimming", "board-games", "chess")
	hidden.Visibility = community.VisibleToNobody
	nothing := member("nothing", "OX4", "football")
	// Swimming is everywhere and chess is rare, so one shared chess beats
	// one shared swimming.
	crowd := []community.Person{me, both, rare, common, words, far, hidden, nothing}
	for _, id := range []string{"s1", "s2", "s3", "s4", "s5", "s6"} {
		crowd = append(crowd, member(id, "OX1", "swimming"))
	}
	ix := New(dir)
	for _, p := range crowd {
		ix.PutPerson(p)
	}

	got, ok := ix.Suggest("me", Query{Within: 5})
	if !ok {
		t.Fatal("me is not placed")
	}
	order := ids(got)
	want := []string{"both", "words", "rare", "common"}
	if !slices.Equal(order[:4], want) {
		t.Fatalf("order %v, want it to start %v", order, want)
	}
	for _, id := range []string{"me", "far", "hidden", "nothing"} {
		if slices.Contains(order, id) {
			t.Errorf("%s must not be suggested: %v", id, order)
		}
	}
	first := got[0]
	if !slices.Equal(first.Interests, []string{"swimming", "board-games"}) || first.Times != tue || first.Miles != 0 {
		t.Errorf("reasons for both: %+v", first)
	}
	if got[1].Tags == nil || got[1].Tags[0] != "Crochet" {
		t.Errorf("own words shared with words: %+v", got[1])
	}

	t.Run("ties are broken by id", func(t *testing.T) {
		var swimmers []string
		for _, s := range got {
			if s.District == "OX1" {
				swimmers = append(swimmers, s.ID)
			}
		}
		if !slices.IsSorted(swimmers) || len(swimmers) != 6 {
			t.Errorf("equal swimmers in OX1 came as %v", swimmers)
		}
	})
	t.Run("a block works both ways and can be undone", func(t *testing.T) {
		block := community.Mark{From: "both", To: "me", Kind: community.MarkBlock}
		ix.Mark(block)
		if mine, _ := ix.Suggest("me", Query{Within: 5}); slices.Contains(ids(mine), "both") {
			t.Error("someone who blocked me is still suggested to me")
		}
		if theirs, _ := ix.Suggest("both", Query{Within: 5}); slices.Contains(ids(theirs), "me") {
			t.Error("someone I blocked is still suggested to me")
		}
		ix.Unmark(block)
		if mine, _ := ix.Suggest("me", Query{Within: 5}); !slices.Contains(ids(mine), "both") {
			t.Error("an undone block still hides")
		}
	})
	t.Run("not interested hides one way until undone", func(t *testing.T) {
		mark := community.Mark{From: "me", To: "rare", Kind: community.MarkNotInterested}
		ix.Mark(mark)
		ix.Mark(mark)
		if mine, _ := ix.Suggest("me", Query{Within: 5}); slices.Contains(ids(mine), "rare") {
			t.Error("someone I am not interested in is still suggested")
		}
		if theirs, _ := ix.Suggest("rare", Query{Within: 5}); !slices.Contains(ids(theirs), "me") {
			t.Error("not interested must not hide me from them")
		}
		ix.Unmark(mark)
		if mine, _ := ix.Suggest("me", Query{Within: 5}); !slices.Contains(ids(mine), "rare") {
			t.Error("undoing not interested did not bring them back")
		}
	})
	t.Run("hiding a profile takes effect at once", func(t *testing.T) {
		changed := both
		changed.Visibility = community.VisibleToNobody
		ix.PutPerson(changed)
		if mine, _ := ix.Suggest("me", Query{Within: 5}); slices.Contains(ids(mine), "both") {
			t.Error("a person who hid their profile is still suggested")
		}
		ix.PutPerson(both)
	})
	t.Run("access needs can be required", func(t *testing.T) {
		quiet := member("quiet", "OX4", "swimming")
		quiet.AccessNeeds = []string{"quiet"}
		ix.PutPerson(quiet)
		got, _ := ix.Suggest("me", Query{Within: 5, Needs: []string{"quiet"}})
		if !slices.Equal(ids(got), []string{"quiet"}) {
			t.Errorf("with quiet required got %v", ids(got))
		}
	})
	t.Run("moving away takes someone out of range", func(t *testing.T) {
		moved := rare
		moved.District = "EH1"
		ix.PutPerson(moved)
		if mine, _ := ix.Suggest("me", Query{Within: 10}); slices.Contains(ids(mine), "rare") {
			t.Error("a person who moved 300 miles away is still suggested")
		}
		moved.District = ""
		ix.PutPerson(moved)
		if _, ok := ix.Suggest("rare", Query{Within: 10}); ok {
			t.Error("a person with no district is still placed")
		}
	})
	t.Run("the radius is kept", func(t *testing.T) {
		for _, within := range Radii() {
			got, _ := ix.Suggest("me", Query{Within: float64(within)})
			for _, s := range got {
				if s.Miles > float64(within) {
					t.Errorf("within %d: %s is %.1f miles away", within, s.ID, s.Miles)
				}
			}
		}
	})
}
