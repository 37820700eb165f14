package community

import (
	"slices"
	"testing"
)

// TestDeletingOf: who holds a role with others in the group, a group
// winding up and a provider each block deleting, with what to do; a
// member owed a refund keeps their name until it is paid; a closed group
// keeps them by no name.
func TestDeletingOf(t *testing.T) {
	members := func(ids ...string) []Membership {
		var out []Membership
		for _, id := range ids {
			out = append(out, Membership{PersonID: id, Name: "Name of " + id})
		}
		return out
	}
	rules := PotRules{Leaver: RefundUnspent}
	open := Group{ID: "open", Name: "Open", Members: members("me", "b"), Organisers: []string{"b"}, Treasurer: "b", Rules: rules}
	treasurer := Group{ID: "kept", Name: "Kept", Members: members("me", "b"), Organisers: []string{"b"}, Treasurer: "me", Rules: rules}
	alone := Group{ID: "alone", Name: "Alone", Members: members("me"), Organisers: []string{"me"}, Treasurer: "me", Rules: rules}
	closing := Group{ID: "closing", Name: "Closing", Members: members("me", "b"), Organisers: []string{"b"}, Treasurer: "b", Rules: rules, WindingUp: true}
	closed := Group{ID: "closed", Name: "Closed", Members: members("me", "b"), Organisers: []string{"b"}, Treasurer: "b", Rules: rules, Closed: true}
	paid := []Entry{{ID: "p", GroupID: "open", Kind: EntryPayment, PersonID: "me", RecordedBy: "me", Amount: 500}, {ID: "c", GroupID: "open", Kind: EntryConfirm, Refers: "p", PersonID: "me", RecordedBy: "b", Amount: 500}}
	entries := map[string][]Entry{"open": paid}

	d := DeletingOf("me", []Group{open, treasurer, alone, closing, closed}, entries, nil, []Provider{{ID: "pr", Name: "Walks"}})
	var blockers []string
	for _, b := range d.Blockers {
		blockers = append(blockers, b.Key+" "+b.ID)
	}
	want := []string{"delete.blocked.provider pr", "delete.blocked.role kept", "delete.blocked.winding_up closing"}
	if !slices.Equal(blockers, want) || !d.Blocked() {
		t.Errorf("blockers %q, want %q", blockers, want)
	}
	var groups []string
	for _, g := range d.Groups {
		groups = append(groups, g.ID)
	}
	if !slices.Equal(groups, []string{"open", "alone", "closed"}) {
		t.Errorf("groups %q, want the open one, the one they are alone in, and the closed one", groups)
	}
	if g := d.Groups[0]; !g.Leaves || g.Leaving.Refund != 500 || !g.KeepsName {
		t.Errorf("in the open group: %+v; want to leave with £5 owed back, keeping the name until paid", g)
	}
	if g := d.Groups[1]; !g.Leaves || g.KeepsName {
		t.Errorf("alone in a group: %+v; want to leave it, by no name", g)
	}
	if g := d.Groups[2]; g.Leaves || g.KeepsName {
		t.Errorf("in the closed group: %+v; want to stay in its records by no name", g)
	}
	if d := DeletingOf("me", []Group{open}, nil, nil, nil); d.Blocked() {
		t.Errorf("a plain member is blocked: %+v", d.Blockers)
	}
}

// TestForgetName: the member's name goes from every list of the group and
// from the notes of its story; nobody else's does.
func TestForgetName(t *testing.T) {
	g := Group{Members: []Membership{{PersonID: "b", Name: "Bea"}}, Former: []Membership{{PersonID: "me", Name: "Sam"}},
		Notes: []Note{{Key: "timeline.treasurer_handed", Args: []string{"Sam", "Bea", "£5"}}}}
	if !g.ForgetName("me") {
		t.Fatal("nothing forgotten")
	}
	if g.Former[0].Name != "" || g.Members[0].Name != "Bea" || !slices.Equal(g.Notes[0].Args, []string{"", "Bea", "£5"}) {
		t.Errorf("after forgetting: former %+v, members %+v, note %q", g.Former, g.Members, g.Notes[0].Args)
	}
	if g.ForgetName("me") {
		t.Error("forgetting twice says there was a name")
	}
}
