package community

import (
	"slices"
	"strings"
	"testing"
	"time"
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
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
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
		{"as many yes votes as members", func(g *Group) { g.Rules.Votes, g.Rules.VotesNeeded = VotesNumber, 10 }, ""},
		{"more yes votes than members", func(g *Group) { g.Rules.Votes, g.Rules.VotesNeeded = VotesNumber, 11 }, "votes_needed"},
		{"first payment today", func(g *Group) { g.Rules.FirstDue = today }, ""},
		{"first payment yesterday", func(g *Group) { g.Rules.FirstDue = today.AddDate(0, 0, -1) }, "first_due"},
		{"where the money is kept, too long", func(g *Group) { g.Rules.KeptAt = strings.Repeat("a", 201) }, "kept_at"},
	}
	for _, c := range cases {
		g := goodGroup()
		c.change(&g)
		err := g.Validate(known, today)
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
