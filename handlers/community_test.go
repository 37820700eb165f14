package handlers_test

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// TestCommunityFiguresNeverShowAPerson: members check in before joining
// their first group and again two months after; once the quarter is over
// the community page shows the whole site and the district where ten
// answered, and leaves out the districts where five did.
func TestCommunityFiguresNeverShowAPerson(t *testing.T) {
	site, clock, st := siteOnClock(t, time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC))
	ctx := t.Context()
	byDistrict := map[string][]community.Person{}
	for _, p := range site.People {
		// Members of the demo's groups joined their first group long ago.
		if ever, _ := st.App.Store.GroupsEverIn(ctx, p.ID); p.District != "" && len(ever) == 0 {
			byDistrict[p.District] = append(byDistrict[p.District], p)
		}
	}
	districts := slices.SortedFunc(maps.Keys(byDistrict), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(byDistrict[b]), len(byDistrict[a])), cmp.Compare(a, b))
	})
	if len(districts) < 3 || len(byDistrict[districts[0]]) < 11 || len(byDistrict[districts[2]]) < 5 {
		t.Fatalf("the demo has too few members in its districts: %v", districts)
	}
	big, smallA, smallB := districts[0], districts[1], districts[2]
	organiser := byDistrict[big][10]
	answering := append(append(slices.Clone(byDistrict[big][:10]), byDistrict[smallA][:5]...), byDistrict[smallB][:5]...)

	acts := st.App.Actions
	checkIn := func(p community.Person, life int) {
		t.Helper()
		if _, err := acts.CheckIn(ctx, actions.As(p), acts.FormKey(p.ID, "check-in"), community.CheckIn{
			Answers: community.Wellbeing{Life: life, Worthwhile: 6, Happy: 6, Anxious: 4}}); err != nil {
			t.Fatalf("%s checking in: %v", p.Name, err)
		}
	}
	for _, p := range answering {
		if _, err := acts.ChangeWellbeingPlan(ctx, actions.As(p), true, 3); err != nil {
			t.Fatal(err)
		}
		checkIn(p, 5)
	}
	clock.Add(7 * 24 * time.Hour)
	g, err := acts.StartGroup(ctx, actions.As(organiser), acts.FormKey(organiser.ID, "group-new"), community.Group{
		Name: "Everyone swims", Purpose: "We share lessons.", EasySummary: "We swim.", Interests: []string{"swimming"},
		District: big, MaxSize: 30, Open: true,
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10, Leaver: community.RefundUnspent, Votes: community.VotesMajority},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range answering {
		if _, err := acts.Join(ctx, actions.As(p), g.ID, acts.FormKey(p.ID, "join"), false); err != nil {
			t.Fatalf("%s joining: %v", p.Name, err)
		}
	}
	clock.Add(61 * 24 * time.Hour) // 2027-03-14: the first quarter
	for _, p := range answering {
		checkIn(p, 7)
	}

	anyone := site.browser(t)
	if page := anyone.get("/community").Body; !strings.Contains(page, "Not enough people have answered yet") {
		t.Error("the quarter's figures show before it is over")
	}
	clock.Add(20 * 24 * time.Hour) // 2027-04-03: the quarter is over
	page := anyone.get("/community").Body
	mustContain(t, "the community page", page, "Everyone, January to March 2027", "20 people answered before and after.",
		big+", January to March 2027", "10 people answered before and after.", "<td>5.0</td><td>7.0</td><td>&#43;2.0</td>")
	for _, d := range []string{smallA, smallB} {
		if strings.Contains(page, d+", January") {
			t.Errorf("the community page shows %s, where 5 answered", d)
		}
	}
	for _, p := range answering {
		if strings.Contains(page, p.Name) {
			t.Errorf("the community page names %s", p.Name)
		}
	}

	// One who answered deletes their account: their answers go, and the
	// published quarter keeps its figures, so that nothing shows what
	// they had answered.
	gone := answering[0]
	if err := acts.DeleteAccount(ctx, actions.As(gone), acts.FormKey(gone.ID, "delete")); err != nil {
		t.Fatal(err)
	}
	if left, _ := st.App.Store.CheckInsOf(ctx, gone.ID); len(left) != 0 {
		t.Errorf("deleting the account left %d check-ins", len(left))
	}
	if again := anyone.get("/community").Body; again != page {
		t.Error("the published quarter changed when one who answered left")
	}
}
