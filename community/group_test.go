package community

import (
	"slices"
	"testing"
)

func goodGroup() Group {
	return Group{
		Name: "Tuesday swimmers", Purpose: "We share lessons.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: "OX4", Open: true, MaxSize: 10, Organisers: []string{"a"}, Treasurer: "a",
		Rules:   PotRules{Contribution: 500, Every: EveryWeek, Times: 10, Leaver: RefundUnspent, Votes: VotesMajority},
		Members: []Membership{{PersonID: "a"}},
	}
}

func TestGroupValidate(t *testing.T) {
	known := func(d string) bool { return d == "OX4" }
	cases := []struct {
		name   string
		change func(*Group)
		field  string
	}{
		{"good", func(*Group) {}, ""},
		{"no name", func(g *Group) { g.Name = " " }, "name"},
		{"unknown district", func(g *Group) { g.District = "ZZ9" }, "district"},
		{"size of one", func(g *Group) { g.MaxSize = 1 }, "max_size"},
		{"negative contribution", func(g *Group) { g.Rules.Contribution = -5 }, "contribution"},
		{"a billion pounds", func(g *Group) { g.Rules.Contribution = 1_000_000_000_00 }, "contribution"},
		{"unknown period", func(g *Group) { g.Rules.Every = "fortnight" }, "every"},
		{"once but ten times", func(g *Group) { g.Rules.Every, g.Rules.Times = Once, 10 }, "times"},
		{"no times", func(g *Group) { g.Rules.Times = 0 }, "times"},
		{"unknown leaver rule", func(g *Group) { g.Rules.Leaver = "keep" }, "leaver"},
		{"a number of votes but none", func(g *Group) { g.Rules.Votes = VotesNumber }, "votes_needed"},
		{"unknown vote rule", func(g *Group) { g.Rules.Votes = "chair" }, "votes"},
	}
	for _, c := range cases {
		g := goodGroup()
		c.change(&g)
		err := g.Validate(known)
		var fields []string
		for _, f := range FieldErrors(err) {
			fields = append(fields, f.Field)
		}
		if c.field == "" && err != nil || c.field != "" && !slices.Contains(fields, c.field) {
			t.Errorf("%s: %v (fields %v), want a problem with %q", c.name, err, fields, c.field)
		}
	}
}

func TestGroupJoin(t *testing.T) {
	g := goodGroup()
	g.MaxSize = 2
	if err := g.Join(Membership{PersonID: "b"}); err != nil {
		t.Fatal(err)
	}
	if err := g.Join(Membership{PersonID: "b"}); KindOf(err) != KindConflict {
		t.Errorf("joining twice: %v", err)
	}
	if err := g.Join(Membership{PersonID: "c"}); KindOf(err) != KindConflict || g.PlacesLeft() != 0 {
		t.Errorf("joining a full group: %v", err)
	}
	g.MaxSize, g.Open, g.Invited = 4, false, []string{"e"}
	if err := g.Join(Membership{PersonID: "d"}); KindOf(err) != KindForbidden {
		t.Errorf("joining a group that asks first, uninvited: %v", err)
	}
	if err := g.Join(Membership{PersonID: "e"}); err != nil || len(g.Invited) != 0 {
		t.Errorf("joining when invited: %v, still invited %v", err, g.Invited)
	}
	g.Closed = true
	if err := g.Join(Membership{PersonID: "d"}); KindOf(err) != KindForbidden {
		t.Errorf("joining a closed group: %v", err)
	}
}
