package community

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func goodRules() PotRules {
	return PotRules{Contribution: 500, Every: EveryWeek, Times: 10, Leaver: RefundUnspent, Votes: VotesMajority}
}

// TestRulesFitTheGroup: a set number of yes votes is one the group can
// reach, where the money is kept is a short plain line, and the first
// payment is not due before today.
func TestRulesFitTheGroup(t *testing.T) {
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		maxSize int
		change  func(*PotRules)
		key     string
		args    []string
	}{
		{"good", 5, func(*PotRules) {}, "", nil},
		{"one yes vote", 5, func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 1 }, "", nil},
		{"as many yes votes as places", 5, func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 5 }, "", nil},
		{"no yes votes", 5, func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 0 }, "error.pot.votes_needed", nil},
		{"7 yes votes in a group of at most 5", 5, func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 7 },
			"error.pot.votes_needed.too_many", []string{"5"}},
		{"a size said wrong checks against the largest group", 0, func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 201 },
			"error.pot.votes_needed.too_many", []string{"200"}},
		{"a number needed is only read for a set number", 5, func(r *PotRules) { r.VotesNeeded = 7 }, "", nil},
		{"where the money is kept", 5, func(r *PotRules) {
			r.KeptAt = "Knowsley Credit Union, account in the group's name, held by the treasurer"
		}, "", nil},
		{"200 characters of where", 5, func(r *PotRules) { r.KeptAt = strings.Repeat("é", 200) }, "", nil},
		{"201 characters of where", 5, func(r *PotRules) { r.KeptAt = strings.Repeat("é", 201) }, "error.pot.kept_at.too_long", nil},
		{"a control character in where", 5, func(r *PotRules) { r.KeptAt = "Credit Union\x1b[2J" }, "error.text.hidden_character", []string{"a control character, U+001B"}},
		{"a new line in where", 5, func(r *PotRules) { r.KeptAt = "Credit\nUnion" }, "error.text.hidden_character", []string{"a line break, U+000A"}},
		{"first payment today", 5, func(r *PotRules) { r.FirstDue = today }, "", nil},
		{"first payment next month", 5, func(r *PotRules) { r.FirstDue = today.AddDate(0, 1, 0) }, "", nil},
		{"first payment yesterday", 5, func(r *PotRules) { r.FirstDue = today.AddDate(0, 0, -1) }, "error.pot.first_due.past", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := goodRules()
			c.change(&r)
			fields := FieldErrors(r.ValidateFor(c.maxSize, today))
			switch {
			case c.key == "" && len(fields) > 0:
				t.Errorf("refused: %+v", fields)
			case c.key != "" && (len(fields) != 1 || fields[0].Key != c.key || !slices.Equal(fields[0].Args, c.args)):
				t.Errorf("problems %+v, want one %s with %v", fields, c.key, c.args)
			}
		})
	}
}

// TestARuleChangeFitsTheGroup: proposed rules are held to the group's own
// size; a first payment day already agreed may have passed, but a new one
// may not be in the past.
func TestARuleChangeFitsTheGroup(t *testing.T) {
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	g := goodGroup()
	g.MaxSize = 5
	g.Rules.FirstDue = today.AddDate(0, -1, 0)
	cases := []struct {
		name   string
		change func(*PotRules)
		field  string
	}{
		{"only the contribution changes", func(r *PotRules) { r.Contribution = 600 }, ""},
		{"5 yes votes of 5", func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 5 }, ""},
		{"7 yes votes of 5", func(r *PotRules) { r.Votes, r.VotesNeeded = VotesNumber, 7 }, "votes_needed"},
		{"a first day moved to the past", func(r *PotRules) { r.FirstDue = today.AddDate(0, 0, -2) }, "first_due"},
		{"a first day moved to today", func(r *PotRules) { r.FirstDue = today }, ""},
		{"no first day", func(r *PotRules) { r.FirstDue = time.Time{} }, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := g.Rules
			c.change(&r)
			var fields []string
			for _, f := range FieldErrors(g.ValidateRules(r, today)) {
				fields = append(fields, f.Field)
			}
			if want := []string{c.field}; c.field == "" && fields != nil || c.field != "" && !slices.Equal(fields, want) {
				t.Errorf("problems with %v, want %q", fields, c.field)
			}
		})
	}
}

func TestOpenRuleChange(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	rules := goodRules()
	spend := Proposal{ID: "spend", Status: ProposalOpen, ClosesAt: now.Add(time.Hour)}
	applied := Proposal{ID: "applied", Rules: &rules, Status: ProposalPaid}
	lapsed := Proposal{ID: "closed", Rules: &rules, Status: ProposalOpen, ClosesAt: now}
	open := Proposal{ID: "open", Rules: &rules, Status: ProposalOpen, ClosesAt: now.Add(time.Hour)}
	if p, ok := OpenRuleChange([]Proposal{spend, applied, lapsed}, now); ok {
		t.Errorf("found %s open: a spend, an applied change and one past its closing are not open rule changes", p.ID)
	}
	if p, ok := OpenRuleChange([]Proposal{spend, applied, open}, now); !ok || p.ID != "open" {
		t.Errorf("found %q, %v; want the open rule change", p.ID, ok)
	}
}

func TestSameRules(t *testing.T) {
	a := goodRules()
	a.FirstDue = time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	b := a
	b.FirstDue = a.FirstDue.In(London())
	if !SameRules(a, b) {
		t.Error("the same day read in another zone is not the same rules")
	}
	b.KeptAt = "Under the bed"
	if SameRules(a, b) {
		t.Error("rules kept somewhere else are the same rules")
	}
}
