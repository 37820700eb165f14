package demo

import (
	"context"
	"slices"
	"testing"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
)

// TestDemoMentorsAndRoles checks the demo has approved peer mentors in
// both towns (a volunteer, and a housing association's worker with a DBS
// date), a new member waiting for help that a mentor near them can see,
// and a distinct member for every role on the demo page.
func TestDemoMentorsAndRoles(t *testing.T) {
	ctx := context.Background()
	acts := newActions(t)
	if _, err := Seed(ctx, acts, DefaultSeed); err != nil {
		t.Fatal(err)
	}
	mentors, err := acts.Store.Mentors(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	var volunteer, housing bool
	for _, m := range mentors {
		p, _ := acts.Store.Person(ctx, m.PersonID)
		volunteer = volunteer || m.Kind == community.MentorVolunteer && p.District == "OX4"
		housing = housing || m.OrganisationKind == "housing_association" && !m.DBSCheckedOn.IsZero() && p.District == "L36"
	}
	if len(mentors) != len(mentorSpecs()) || !volunteer || !housing {
		t.Errorf("%d approved mentors (volunteer in Oxford %v, housing association in Knowsley with DBS %v)", len(mentors), volunteer, housing)
	}
	roles := Roles(DefaultSeed)
	ids := map[string]bool{}
	for _, r := range roles {
		if r.PersonID == "" || ids[r.PersonID] {
			t.Errorf("role %s has member %q, empty or shared", r.Key, r.PersonID)
		}
		ids[r.PersonID] = true
	}
	newcomer := roles[slices.IndexFunc(roles, func(r Role) bool { return r.Key == "newcomer" })].PersonID
	open, err := acts.Store.OpenHelps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 1 || open[0].By != newcomer {
		t.Fatalf("open help requests: %+v, want one from the newcomer", open)
	}
	// The site fills the index with everyone at start-up; here, the one
	// asking is enough.
	me, _ := acts.Store.Person(ctx, newcomer)
	acts.Matching.PutPerson(me)
	if near := acts.Matching.MentorsFor(newcomer, matchingQuery()); len(near) == 0 {
		t.Error("no mentor is suggested to the new member")
	}
	if p, _ := acts.Store.Person(ctx, roles[0].PersonID); !p.Display.EasyRead {
		t.Error("the Easy Read role does not read Easy Read")
	}
}

func matchingQuery() matching.Query { return matching.Query{Within: matching.MaxWithin} }
