package actions_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/matching"
)

// anApprovedMentor is a new member whose offer to mentor a moderator has
// approved.
func anApprovedMentor(t *testing.T, name string) community.Person {
	t.Helper()
	ctx := context.Background()
	p := person(t, name)
	free, _ := community.ParseAvailability([]string{"tue-evening"})
	if _, err := rig.acts.OfferMentor(ctx, actions.As(p), key(p, "mentor-offer"), community.Mentor{HelpWith: []string{"find_group"},
		FreeTimes: free, Languages: []string{"English"}, Why: "I like helping.", Kind: community.MentorVolunteer}); err != nil {
		t.Fatal(err)
	}
	mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Moderator", District: "OX1", Email: moderatorEmail})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rig.acts.ApproveMentor(ctx, actions.As(mod), key(mod, "mentor-approve"), p.ID,
		community.MentorApproval{Checks: "met them"}); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOneMentorTakesAHelpRequest: mentors racing for one request, each
// sending their form twice, leave it taken by exactly one of them; the
// others are told it is taken.
func TestOneMentorTakesAHelpRequest(t *testing.T) {
	ctx := context.Background()
	asker := person(t, "Asker")
	h, err := rig.acts.AskHelp(ctx, actions.As(asker), key(asker, "help-ask"), community.Help{What: "find_group"})
	if err != nil {
		t.Fatal(err)
	}
	var mentors []community.Person
	for _, name := range []string{"Priya", "Tom", "Ade", "Jo"} {
		mentors = append(mentors, anApprovedMentor(t, name))
	}
	var wg sync.WaitGroup
	wins := make([]int, len(mentors))
	for i, m := range mentors {
		k := key(m, "help-take")
		for range 2 {
			wg.Go(func() {
				_, err := rig.acts.TakeHelp(ctx, actions.As(m), k, h.ID)
				switch {
				case err == nil:
					wins[i]++
				case community.KindOf(err) != community.KindConflict:
					t.Errorf("%s: %v", m.Name, err)
				}
			})
		}
	}
	wg.Wait()
	saved, _ := rig.store.Help(ctx, h.ID)
	winners := 0
	for i, n := range wins {
		if n > 0 {
			winners++
			if saved.TakenBy != mentors[i].ID {
				t.Errorf("%s was told they took it, but %s holds it", mentors[i].Name, saved.TakenBy)
			}
		}
	}
	if winners != 1 || saved.Status() != community.HelpTaken {
		t.Errorf("%d mentors took the request; it is %s", winners, saved.Status())
	}
}

// TestTakingHelpCompletesAfterAFailure: a failure at any write step of
// taking a request, then the same form sent again, leaves it taken once,
// by that mentor.
func TestTakingHelpCompletesAfterAFailure(t *testing.T) {
	ctx := context.Background()
	mentor := anApprovedMentor(t, "Retry mentor")
	for step := 1; ; step++ {
		asker := person(t, "Asker")
		h, err := rig.acts.AskHelp(ctx, actions.As(asker), key(asker, "help-ask"), community.Help{What: "profile"})
		if err != nil {
			t.Fatal(err)
		}
		k := key(mentor, "help-take")
		steps := failAt(step)
		_, err = rig.acts.TakeHelp(ctx, actions.As(mentor), k, h.ID)
		ran := steps()
		noFaults()
		if err == nil {
			if ran < step {
				break // every step has had its failure
			}
		} else if !errors.Is(err, errInjected) {
			t.Fatalf("step %d: %v", step, err)
		}
		if _, err := rig.acts.TakeHelp(ctx, actions.As(mentor), k, h.ID); err != nil {
			t.Fatalf("step %d: the retry: %v", step, err)
		}
		if saved, _ := rig.store.Help(ctx, h.ID); saved.TakenBy != mentor.ID || saved.TakenAt.IsZero() {
			t.Fatalf("step %d: after the retry the request is %+v", step, saved)
		}
	}
}

// TestASuspendedMentorIsSuggestedToNobody: an approved mentor is suggested
// to a new member near them until a moderator suspends them.
func TestASuspendedMentorIsSuggestedToNobody(t *testing.T) {
	ctx := context.Background()
	newcomer := person(t, "Newcomer")
	rig.acts.Matching.PutPerson(newcomer)
	mentor := anApprovedMentor(t, "Suspended mentor")
	suggested := func() bool {
		return slices.ContainsFunc(rig.acts.Matching.MentorsFor(newcomer.ID, matching.Query{Within: 10, Limit: 100}),
			func(m matching.MentorMatch) bool { return m.ID == mentor.ID })
	}
	if !suggested() {
		t.Fatal("an approved mentor near a new member is not suggested to them")
	}
	mod, err := rig.store.CreatePerson(ctx, community.Person{Name: "Moderator", District: "OX1", Email: moderatorEmail})
	if err != nil {
		t.Fatal(err)
	}
	if err := rig.acts.Suspend(ctx, actions.As(mod), key(mod, "suspend"), mentor.ID, "", ""); err != nil {
		t.Fatal(err)
	}
	if suggested() {
		t.Error("a suspended mentor is still suggested")
	}
}
