package community

import (
	"testing"
	"time"
)

// TestTreasurerHandover: the role moves only when the new treasurer
// confirms the same pot and place the treasurer confirmed; to a watcher,
// to someone outside the group, or by anyone but the treasurer, it does
// not move; the timeline says who handed what to whom.
func TestTreasurerHandover(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	g := goodGroup()
	g.Rules.KeptAt = "Knowsley Credit Union"
	g.Members = []Membership{{PersonID: "a", Name: "Ana"}, {PersonID: "b", Name: "Ben"}, {PersonID: "w", Name: "Wyn", Watching: true}}
	if err := g.OfferTreasurer("a", "w", 5000, at); KindOf(err) != KindInvalid {
		t.Errorf("handing the money to a watcher: %v", err)
	}
	if err := g.OfferTreasurer("a", "zed", 5000, at); KindOf(err) != KindInvalid {
		t.Errorf("handing the money to someone outside: %v", err)
	}
	if err := g.OfferTreasurer("b", "b", 5000, at); KindOf(err) != KindForbidden {
		t.Errorf("a member who is not treasurer handing it to themselves: %v", err)
	}
	if err := g.TakeTreasurer("b", 5000, at); KindOf(err) != KindConflict || g.Treasurer != "a" {
		t.Errorf("taking the role nobody offered: %v", err)
	}
	if err := g.OfferTreasurer("a", "b", 5000, at); err != nil || g.Treasurer != "a" {
		t.Fatalf("asking moves nothing yet: %v, treasurer %s", err, g.Treasurer)
	}
	if err := g.TakeTreasurer("b", 5500, at); KindOf(err) != KindInvalid || g.Treasurer != "a" {
		t.Errorf("the pot changed since the treasurer confirmed: %v", err)
	}
	g.Rules.KeptAt = "under the bed"
	if err := g.TakeTreasurer("b", 5000, at); KindOf(err) != KindInvalid || g.Treasurer != "a" {
		t.Errorf("the place changed since the treasurer confirmed: %v", err)
	}
	g.Rules.KeptAt = "Knowsley Credit Union"
	if err := g.TakeTreasurer("b", 5000, at); err != nil || g.Treasurer != "b" || g.Handover != nil {
		t.Fatalf("both confirmed: %v, treasurer %s", err, g.Treasurer)
	}
	want := Note{At: at, Key: "timeline.treasurer_handed", Args: []string{"Ana", "Ben", "£50", "Knowsley Credit Union"}}
	if n := g.Notes[len(g.Notes)-1]; n.Key != want.Key || len(n.Args) != 4 || n.Args[2] != "£50" || n.Args[1] != "Ben" {
		t.Errorf("timeline note %+v, want %+v", n, want)
	}
	if err := g.TakeTreasurer("b", 5000, at); KindOf(err) != KindConflict {
		t.Errorf("taking it twice: %v", err)
	}
}
