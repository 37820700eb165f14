package demo

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/clubtogether/clubtogether/actions"
	"github.com/clubtogether/clubtogether/community"
)

// groupSpec is a demo buying group and the story so far: who joined, how
// many weeks each has paid, and a spend the members voted on.
type groupSpec struct {
	name, purpose, easy string
	district, interest  string
	listing             string // title of the listing it buys from, if any
	open                bool
	size, members, paid int
	rules               community.PotRules
	spend               *spendSpec
}

type spendSpec struct {
	amount  community.Pence
	to, why string
	decided bool
	// keep names what the spend buys when the group keeps it; useFee,
	// when set, lets other tenants use it for that a month.
	keep   string
	useFee community.Pence
}

// groupSpecs are the demo groups: swimmers sharing lessons in Oxford, a
// tenants' group buying gym kit in Knowsley, and an art club deciding how
// to spend its pot.
func groupSpecs() []groupSpec {
	return []groupSpec{
		{
			name: "Tuesday swimmers in Cowley", district: "OX4", interest: "swimming",
			purpose: "Eight of us share a block of small-group swimming lessons, so each pays the group price.",
			easy:    "We learn to swim together. We pay less as a group.",
			listing: "Adult swimming lessons in small groups",
			open:    true, size: 8, members: 5, paid: 3,
			rules: community.PotRules{Contribution: 800, Every: community.EveryWeek, Times: 10,
				Leaver: community.RefundUnspent, Votes: community.VotesMajority},
			spend: &spendSpec{amount: 9600, to: "Cowley Swim Coaching",
				why: "The first three weeks of lessons", decided: true},
		},
		{
			name: "Huyton tenants' mini-gym", district: "L36", interest: "gym",
			purpose: "Tenants pooling £5 a week to buy a small gym for the community room. People who join later pay a fee towards the machines already bought.",
			easy:    "We buy gym machines for our building. We each pay £5 a week.",
			open:    false, size: 12, members: 6, paid: 4,
			rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10, LateFee: 1500,
				Leaver: community.RefundUnspent, Votes: community.VotesMajority},
			spend: &spendSpec{amount: 9000, to: "Second-hand fitness kit",
				why: "Two rowing machines", decided: true, keep: "The rowing machines", useFee: 300},
		},
		{
			name: "Headington art club", district: "OX3", interest: "art",
			purpose: "A co-operative art club: members put in £3 a month and decide together what to spend it on.",
			easy:    "We paint together. We decide together how to spend our money.",
			open:    true, size: 10, members: 4, paid: 1,
			rules: community.PotRules{Contribution: 300, Every: community.EveryMonth, Times: 6, JoiningFee: 200,
				Leaver: community.StaysInPot, Votes: community.VotesEveryone},
			spend: &spendSpec{amount: 1000, to: "Oxford Art Supplies",
				why: "Paints and brushes for everyone"},
		},
	}
}

// seedGroups adds the demo groups with their ledgers and votes, through
// the same actions members use, each step on the day it happened. A group
// already in the store is left as it is.
func seedGroups(ctx context.Context, acts *actions.Actions, seed uint64) (int, error) {
	people := People(seed)
	listings := Listings(seed)
	added := 0
	for _, spec := range groupSpecs() {
		g, members := spec.group(people, listings)
		if len(members) == 0 {
			continue
		}
		if _, err := acts.Store.Group(ctx, spec.groupID(members[0])); err == nil {
			continue
		} else if community.KindOf(err) != community.KindNotFound {
			return added, err
		}
		if err := spec.history(ctx, acts, g, members); err != nil {
			return added, fmt.Errorf("seed the history of %s: %w", spec.name, err)
		}
		added++
	}
	return added, nil
}

// demoClock is a clock the demo moves by hand, so each step of a group's
// history is recorded on its own day.
type demoClock struct{ at time.Time }

func (c *demoClock) now() time.Time { return c.at }

// key is the form key a demo member's form would have carried: made from a
// fixed nonce, so the demo's ids are the same on every machine.
func key(acts *actions.Actions, who community.Person, form, nonce string) string {
	return acts.Keys.Make(who.ID, form, "demo-"+strings.NewReplacer(":", "-", "/", "-").Replace(nonce))
}

// groupID is the id the group gets when its first member starts it.
func (spec groupSpec) groupID(first community.Person) string {
	return community.DocID(community.ClientKey(first.ID, "group-new", "demo-"+spec.name))
}

// group picks its members: people in or next to its district who like its
// interest and are open to buying together, first of all in list order.
func (spec groupSpec) group(people []community.Person, listings []community.Listing) (community.Group, []community.Person) {
	g := community.Group{
		Name: spec.name, Purpose: spec.purpose, EasySummary: spec.easy, District: spec.district,
		Interests: []string{spec.interest}, Open: spec.open, MaxSize: spec.size, Rules: spec.rules,
	}
	if i := slices.IndexFunc(listings, func(l community.Listing) bool { return l.Title == spec.listing }); i >= 0 {
		g.ListingID = listings[i].ID
	}
	var members []community.Person
	for _, p := range people {
		if len(members) == spec.members {
			break
		}
		if p.District != spec.district || !p.OpenToBuying || !slices.Contains(p.Interests, spec.interest) {
			continue
		}
		members = append(members, p)
	}
	return g, members
}

// history starts the group, has the others join a day apart, pays each
// member's weeks (all confirmed by the treasurer but the newest one), and
// puts the spend to a vote.
func (spec groupSpec) history(ctx context.Context, acts *actions.Actions, g community.Group, members []community.Person) error {
	clock := &demoClock{at: time.Date(2026, 9, 1, 18, 0, 0, 0, time.UTC)}
	acts = acts.WithClock(clock.now)
	first := members[0]
	var invited []string
	for _, m := range members[1:] {
		invited = append(invited, m.ID)
	}
	g, err := acts.StartGroup(ctx, actions.As(first), key(acts, first, "group-new", spec.name), g, invited)
	if err != nil {
		return err
	}
	for i, m := range members[1:] {
		clock.at = clock.at.Add(24 * time.Hour)
		if _, err := acts.Join(ctx, actions.As(m), g.ID, key(acts, m, "join", fmt.Sprint(i)), false); err != nil {
			return err
		}
	}
	for week := range spec.paid {
		clock.at = clock.at.Add(7 * 24 * time.Hour)
		for i, m := range members {
			amount := g.Rules.Contribution
			if week == 0 {
				amount += g.Rules.JoiningFee
			}
			pay, err := acts.Pay(ctx, actions.As(m), g.ID, key(acts, m, "pay", fmt.Sprintf("%d-%d", i, week)), "",
				community.Payment{Amount: amount, Method: "bank_transfer", Note: fmt.Sprintf("week %d", week+1)})
			if err != nil {
				return err
			}
			clock.at = clock.at.Add(time.Hour) // the treasurer sees it an hour later
			if i == len(members)-1 && week == spec.paid-1 {
				continue // the newest payment waits for the treasurer
			}
			if _, err := acts.Confirm(ctx, actions.As(first), g.ID, key(acts, first, "confirm", pay.ID), pay.ID); err != nil {
				return err
			}
		}
	}
	clock.at = clock.at.Add(24 * time.Hour)
	return spec.vote(ctx, acts, g, members)
}

// vote proposes the spend; when the members decided, everyone voted yes
// and the treasurer recorded it paid. Otherwise half have voted so far.
func (spec groupSpec) vote(ctx context.Context, acts *actions.Actions, g community.Group, members []community.Person) error {
	if spec.spend == nil {
		return nil
	}
	by := members[len(members)-1]
	p, err := acts.Propose(ctx, actions.As(by), g.ID, key(acts, by, "propose", spec.name),
		community.Proposal{Amount: spec.spend.amount, To: spec.spend.to, For: spec.spend.why, Keep: spec.spend.keep})
	if err != nil {
		return err
	}
	voters := members
	if !spec.spend.decided {
		voters = voters[:len(voters)/2]
	}
	for _, m := range voters {
		if p.Status != community.ProposalOpen {
			break // decided: the rest had no need to vote
		}
		if p, err = acts.Vote(ctx, actions.As(m), g.ID, key(acts, m, "vote", p.ID), p.ID, "yes"); err != nil {
			return err
		}
	}
	if p.Status != community.ProposalApproved {
		return nil
	}
	first := members[0]
	if _, err = acts.RecordPaid(ctx, actions.As(first), g.ID, key(acts, first, "paid", p.ID), p.ID); err != nil || spec.spend.useFee == 0 {
		return err
	}
	_, err = acts.SetUseFee(ctx, actions.As(first), g.ID, key(acts, first, "use-price", p.ID), p.ID, spec.spend.useFee, community.EveryMonth)
	return err
}
