package demo

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// mentorSpec is a demo peer mentor: where they live, what they offer, and
// what the moderator checked.
type mentorSpec struct {
	district string
	offer    community.Mentor
	times    []string
	checks   string
	dbs      time.Time
}

// mentorSpecs are the demo's approved peer mentors: a volunteer in Cowley,
// a housing association's tenancy support worker in Huyton with a DBS
// check, and a self-advocate from a user-led group in Headington.
func mentorSpecs() []mentorSpec {
	return []mentorSpec{
		{
			district: "OX4", times: []string{"tue-evening", "thu-evening", "sat-morning"},
			offer: community.Mentor{HelpWith: []string{"find_group", "sign_up", "talking"}, Languages: []string{"English", "Polish"},
				Why: "I found my swimming group here after a hard year. I would like to help the next person find theirs.", Kind: community.MentorVolunteer},
			checks: "met them at the Cowley community centre and saw photo ID",
		},
		{
			district: "L36", times: []string{"mon-morning", "wed-afternoon", "fri-morning"},
			offer: community.Mentor{HelpWith: []string{"sign_up", "profile", "money", "find_group"}, Languages: []string{"English"},
				Why:  "I support tenants in Huyton every day. Many want to do more with their budget and do not know where to start.",
				Kind: community.MentorStaff, Organisation: "Huyton Homes", OrganisationKind: "housing_association"},
			checks: "works for Huyton Homes as a tenancy support worker", dbs: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
		},
		{
			district: "OX3", times: []string{"mon-afternoon", "wed-evening"},
			offer: community.Mentor{HelpWith: []string{"profile", "travel", "talking"}, Languages: []string{"English", "British Sign Language"},
				Why:  "Our group is run by people who use support. We know how it feels to be new.",
				Kind: community.MentorStaff, Organisation: "Headington Voices", OrganisationKind: "user_led"},
			checks: "works for Headington Voices; spoke to their coordinator",
		},
	}
}

// The days the demo's mentors were offered, approved and asked for help.
func mentorsOffered() time.Time  { return time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC) }
func mentorsApproved() time.Time { return time.Date(2026, 3, 3, 11, 0, 0, 0, time.UTC) }
func helpAsked() time.Time       { return time.Date(2026, 11, 24, 14, 0, 0, 0, time.UTC) }

// cast is who plays each part in the demo, from the seed alone: people
// already busy (in a demo group, or owning a provider) are left to that.
type cast struct {
	moderator, newcomer, easyRead string
	mentors                       []string
}

func castFor(seed uint64) cast {
	people := People(seed)
	busy := map[string]bool{}
	for _, spec := range groupSpecs() {
		_, members := spec.group(people, Listings(seed))
		for _, m := range members {
			busy[m.ID] = true
		}
	}
	for _, p := range Providers(seed) {
		busy[p.OwnerID] = true
	}
	pick := func(district string, easyRead bool) string {
		for _, p := range people {
			if !busy[p.ID] && p.Visible() && p.District == district && p.Display.EasyRead == easyRead {
				busy[p.ID] = true
				return p.ID
			}
		}
		return ""
	}
	var c cast
	for _, spec := range mentorSpecs() {
		c.mentors = append(c.mentors, pick(spec.district, false))
	}
	c.moderator, c.newcomer, c.easyRead = pick("OX1", false), pick("OX4", false), pick("OX4", true)
	return c
}

// ModeratorID is the demo member who moderates: with demo data on, the app
// adds them to the moderators, so the demo needs no setting.
func ModeratorID(seed uint64) string { return castFor(seed).moderator }

// Role is a part someone can sign in as on the demo page.
type Role struct{ Key, PersonID string }

// Roles names, for the demo page, a member to sign in as for each part of
// the site: one who reads Easy Read, an approved mentor, a new member
// waiting for help, a treasurer, a provider's owner and a moderator.
func Roles(seed uint64) []Role {
	c := castFor(seed)
	treasurer := ""
	if _, members := groupSpecs()[0].group(People(seed), Listings(seed)); len(members) > 0 {
		treasurer = members[0].ID // the one who starts a group keeps its money
	}
	owner := ""
	if i := slices.IndexFunc(Providers(seed), func(p community.Provider) bool { return p.Verified() }); i >= 0 {
		owner = Providers(seed)[i].OwnerID
	}
	return []Role{{"easy_read", c.easyRead}, {"mentor", c.mentors[0]}, {"newcomer", c.newcomer},
		{"treasurer", treasurer}, {"provider", owner}, {"moderator", c.moderator}}
}

// SeedMentors offers and approves the demo's mentors and has the new
// member ask for help, through the actions, on fixed days. Mentors already
// there are left as they are; the help request's id comes from a fixed
// key, so it is asked once. It returns how many records were new.
func SeedMentors(ctx context.Context, acts *actions.Actions, seed uint64) (int, error) {
	c := castFor(seed)
	clock := &demoClock{at: mentorsOffered()}
	acts = acts.WithClock(clock.now)
	mod, err := acts.Store.Person(ctx, c.moderator)
	if err != nil {
		return 0, fmt.Errorf("seed demo mentors: the moderator: %w", err)
	}
	added := 0
	for i, spec := range mentorSpecs() {
		p, err := acts.Store.Person(ctx, c.mentors[i])
		if err != nil {
			return added, fmt.Errorf("seed demo mentor %d: %w", i, err)
		}
		if _, err := acts.Store.Mentor(ctx, p.ID); err == nil {
			continue
		} else if community.KindOf(err) != community.KindNotFound {
			return added, err
		}
		m := spec.offer
		m.FreeTimes, _ = community.ParseAvailability(spec.times)
		clock.at = mentorsOffered()
		if _, err := acts.OfferMentor(ctx, actions.As(p), key(acts, p, "mentor-offer", "offer"), m); err != nil {
			return added, fmt.Errorf("seed the offer of demo mentor %d: %w", i, err)
		}
		clock.at = mentorsApproved()
		approval := community.MentorApproval{Checks: spec.checks, DBSCheckedOn: spec.dbs}
		if _, err := acts.ApproveMentor(ctx, actions.As(mod), key(acts, mod, "mentor-approve", p.ID), p.ID, approval); err != nil {
			return added, fmt.Errorf("seed the approval of demo mentor %d: %w", i, err)
		}
		added++
	}
	newcomer, err := acts.Store.Person(ctx, c.newcomer)
	if err != nil {
		return added, fmt.Errorf("seed the demo help request: %w", err)
	}
	if mine, err := acts.Store.HelpsBy(ctx, newcomer.ID); err != nil || len(mine) > 0 {
		return added, err
	}
	clock.at = helpAsked()
	_, err = acts.AskHelp(ctx, actions.As(newcomer), key(acts, newcomer, "help-ask", "first"), community.Help{What: "find_group",
		Words: "I have just moved to " + areaOf(newcomer.District) + " and would like to meet people to go walking with."})
	if err != nil {
		return added, fmt.Errorf("seed the demo help request: %w", err)
	}
	return added + 1, nil
}

// areaOf is the name locals use for a demo district.
func areaOf(code string) string {
	for _, t := range towns() {
		for _, d := range t.districts {
			if d.code == code {
				return d.area
			}
		}
	}
	return code
}
