package matching

import (
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
)

func TestGroupsFor(t *testing.T) {
	dir := loadPlaces(t)
	ix := New(dir)
	me := member("me", "OX4", "swimming", "chess")
	ix.PutPerson(me)
	ix.PutPerson(member("other", "OX4", "swimming"))
	ix.PutGroup(Group{ID: "chess", Name: "Chess club", District: "OX4", Interests: []string{"chess"}, Open: true, MaxSize: 8, Members: []string{"a"}})
	ix.PutGroup(Group{ID: "swim", Name: "Swimmers", District: "OX1", Interests: []string{"swimming"}, Open: true})
	ix.PutGroup(Group{ID: "full", District: "OX4", Interests: []string{"chess"}, Open: true, MaxSize: 1, Members: []string{"a"}})
	ix.PutGroup(Group{ID: "asking", District: "OX4", Interests: []string{"chess"}, Open: false})
	ix.PutGroup(Group{ID: "mine", District: "OX4", Interests: []string{"chess"}, Open: true, Members: []string{"me"}})
	ix.PutGroup(Group{ID: "far", District: "EH1", Interests: []string{"chess"}, Open: true})
	ix.PutGroup(Group{ID: "football", District: "OX4", Interests: []string{"football"}, Open: true})
	ix.PutGroup(Group{ID: "blocker", District: "OX4", Interests: []string{"chess"}, Open: true, Members: []string{"enemy"}})
	ix.Mark(community.Mark{From: "enemy", To: "me", Kind: community.MarkBlock})

	got := ix.GroupsFor("me", Query{Within: 5})
	var order []string
	for _, g := range got {
		order = append(order, g.ID)
	}
	if !slices.Equal(order, []string{"chess", "swim"}) {
		t.Fatalf("groups for me %v, want the rare chess club near first, then swimmers", order)
	}
	if got[0].PlacesLeft != 7 || got[1].PlacesLeft != -1 || !slices.Equal(got[0].Interests, []string{"chess"}) {
		t.Errorf("reasons %+v", got)
	}
	ix.RemoveGroup("chess")
	if got := ix.GroupsFor("me", Query{Within: 5}); len(got) != 1 {
		t.Errorf("after removing the chess club: %+v", got)
	}
}
