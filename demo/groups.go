package demo

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// groupSpec is a demo buying group and the story so far: who joined, how
// many weeks each has paid, and a spend the members voted on.
type groupSpec struct {
	id, name, purpose, easy string
	district, interest      string
	listing                 string // title of the listing it buys from, if any
	open                    bool
	size, members, paid     int
	rules                   community.PotRules
	spend                   *spendSpec
}

type spendSpec struct {
	id      string
	amount  community.Pence
	to, why string
	decided bool
}

// groupSpecs are the demo groups: swimmers sharing lessons in Oxford, a
// tenants' group buying gym kit in Knowsley, and an art club deciding how
// to spend its pot.
func groupSpecs() []groupSpec {
	return []groupSpec{
		{
			id: "d0000000000000000000a001", name: "Tuesday swimmers in Cowley", district: "OX4", interest: "swimming",
			purpose: "Eight of us share a block of small-group swimming lessons, so each pays the group price.",
			easy:    "We learn to swim together. We pay less as a group.",
			listing: "Adult swimming lessons in small groups",
			open:    true, size: 8, members: 5, paid: 3,
			rules: community.PotRules{Contribution: 800, Every: community.EveryWeek, Times: 10,
				Leaver: community.RefundUnspent, Votes: community.VotesMajority},
			spend: &spendSpec{id: "d0000000000000000000b001", amount: 9600, to: "Cowley Swim Coaching",
				why: "The first three weeks of lessons", decided: true},
		},
		{
			id: "d0000000000000000000a002", name: "Huyton tenants' mini-gym", district: "L36", interest: "gym",
			purpose: "Tenants pooling £5 a week to buy a small gym for the community room. People who join later pay a fee towards the machines already bought.",
			easy:    "We buy gym machines for our building. We each pay £5 a week.",
			open:    false, size: 12, members: 6, paid: 4,
			rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10, LateFee: 1500,
				Leaver: community.ShareStays, Votes: community.VotesMajority},
			spend: &spendSpec{id: "d0000000000000000000b002", amount: 9000, to: "Second-hand fitness kit",
				why: "Two rowing machines", decided: true},
		},
		{
			id: "d0000000000000000000a003", name: "Headington art club", district: "OX3", interest: "art",
			purpose: "A co-operative art club: members put in £3 a month and decide together what to spend it on.",
			easy:    "We paint together. We decide together how to spend our money.",
			open:    true, size: 10, members: 4, paid: 1,
			rules: community.PotRules{Contribution: 300, Every: community.EveryMonth, Times: 6, JoiningFee: 200,
				Leaver: community.StaysInPot, Votes: community.VotesEveryone},
			spend: &spendSpec{id: "d0000000000000000000b003", amount: 1000, to: "Oxford Art Supplies",
				why: "Paints and brushes for everyone"},
		},
	}
}

// seedGroups adds the demo groups with their ledgers and votes. A group
// already in the store is left as it is.
func seedGroups(ctx context.Context, st *store.Store, seed uint64) (int, error) {
	people := People(seed)
	listings := Listings(seed)
	added := 0
	for _, spec := range groupSpecs() {
		if _, err := st.Group(ctx, spec.id); err == nil {
			continue
		} else if community.KindOf(err) != community.KindNotFound {
			return added, err
		}
		g := spec.group(people, listings)
		created, err := st.CreateGroup(ctx, g)
		if err != nil {
			return added, fmt.Errorf("seed group %s: %w", spec.name, err)
		}
		if err := spec.history(ctx, st, created); err != nil {
			return added, fmt.Errorf("seed the history of %s: %w", spec.name, err)
		}
		added++
	}
	return added, nil
}

// group picks its members: people in or next to its district who like its
// interest and are open to buying together, first of all in list order.
func (spec groupSpec) group(people []community.Person, listings []community.Listing) community.Group {
	g := community.Group{
		ID: spec.id, Name: spec.name, Purpose: spec.purpose, EasySummary: spec.easy, District: spec.district,
		Interests: []string{spec.interest}, Open: spec.open, MaxSize: spec.size, Rules: spec.rules,
	}
	if i := slices.IndexFunc(listings, func(l community.Listing) bool { return l.Title == spec.listing }); i >= 0 {
		g.ListingID = listings[i].ID
	}
	joined := time.Date(2026, 9, 1, 18, 0, 0, 0, time.UTC)
	for _, p := range people {
		if len(g.Members) == spec.members {
			break
		}
		if p.District != spec.district || !p.OpenToBuying || !slices.Contains(p.Interests, spec.interest) {
			continue
		}
		g.Members = append(g.Members, community.Membership{PersonID: p.ID, Name: p.Name,
			JoinedAt: joined.Add(time.Duration(len(g.Members)) * 24 * time.Hour)})
	}
	if len(g.Members) > 0 {
		g.Organisers, g.Treasurer = []string{g.Members[0].PersonID}, g.Members[0].PersonID
	}
	return g
}

// history records each member's pledge and the weeks they have paid (all
// confirmed but the newest one), and the spend they voted on.
func (spec groupSpec) history(ctx context.Context, st *store.Store, g community.Group) error {
	record := func(e community.Entry) (community.Entry, error) {
		e.GroupID = g.ID
		saved, _, err := st.Record(ctx, e)
		return saved, err
	}
	for i, m := range g.Members {
		pledge := g.Rules.Total() + g.Rules.JoiningFee
		key := fmt.Sprintf("pledge-%s-%d", m.PersonID, m.JoinedAt.UnixMilli())
		if _, err := record(community.Entry{Key: key, Kind: community.EntryPledge, PersonID: m.PersonID, RecordedBy: m.PersonID, Amount: pledge}); err != nil {
			return err
		}
		for week := range spec.paid {
			amount := g.Rules.Contribution
			if week == 0 {
				amount += g.Rules.JoiningFee
			}
			pay, err := record(community.Entry{Key: fmt.Sprintf("demo-pay-%d-%d", i, week), Kind: community.EntryPayment,
				PersonID: m.PersonID, RecordedBy: m.PersonID, Amount: amount, Method: "bank_transfer",
				Note: fmt.Sprintf("week %d", week+1)})
			if err != nil {
				return err
			}
			if i == len(g.Members)-1 && week == spec.paid-1 {
				continue // the newest payment waits for the treasurer
			}
			if _, err := record(community.Entry{Key: "confirm-" + pay.Key, Kind: community.EntryConfirm, PersonID: m.PersonID,
				RecordedBy: g.Treasurer, Amount: amount, Refers: pay.ID}); err != nil {
				return err
			}
		}
	}
	return spec.vote(ctx, st, g, record)
}

// vote proposes the spend; when the members decided, everyone voted yes
// and the treasurer recorded it paid. Otherwise half have voted so far.
func (spec groupSpec) vote(ctx context.Context, st *store.Store, g community.Group, record func(community.Entry) (community.Entry, error)) error {
	if spec.spend == nil || len(g.Members) == 0 {
		return nil
	}
	p, err := st.CreateProposal(ctx, community.Proposal{
		ID: spec.spend.id, GroupID: g.ID, By: g.Members[len(g.Members)-1].PersonID, Amount: spec.spend.amount,
		To: spec.spend.to, For: spec.spend.why, Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters()),
	})
	if err != nil {
		return err
	}
	voters := g.Members
	if !spec.spend.decided {
		voters = voters[:len(voters)/2]
	}
	p, err = st.ChangeProposal(ctx, g.ID, p.ID, func(p *community.Proposal) error {
		for _, m := range voters {
			if p.Status != community.ProposalOpen {
				break // decided: the rest had no need to vote
			}
			if err := p.Cast(community.Vote{PersonID: m.PersonID, Yes: true}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || p.Status != community.ProposalApproved {
		return err
	}
	if _, err := record(community.Entry{Key: "spend-" + p.ID, Kind: community.EntrySpend, RecordedBy: g.Treasurer,
		Amount: p.Amount, Note: p.To + ": " + p.For, Refers: p.ID}); err != nil {
		return err
	}
	_, err = st.ChangeProposal(ctx, g.ID, p.ID, func(p *community.Proposal) error {
		p.Status = community.ProposalPaid
		return nil
	})
	return err
}
