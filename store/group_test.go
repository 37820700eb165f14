package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

func sampleGroup() community.Group {
	return community.Group{
		Name: "Tuesday swimmers", Purpose: "Ten of us share swimming lessons.", EasySummary: "We swim on Tuesdays.",
		Interests: []string{"swimming"}, District: "OX4", Open: true, MaxSize: 3,
		Organisers: []string{"ann"}, Treasurer: "ann",
		Rules: community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10,
			Leaver: community.RefundUnspent, Votes: community.VotesMajority},
		Members: []community.Membership{{PersonID: "ann", Name: "Ann"}},
	}
}

func TestGroupsSaveAndLoad(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	g, err := s.CreateGroup(ctx, sampleGroup())
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Group(ctx, g.ID)
	if err != nil || got.Name != g.Name || got.Rules != g.Rules || len(got.Members) != 1 || got.Members[0].JoinedAt.IsZero() {
		t.Fatalf("loaded %+v %v", got, err)
	}
	if mine, _ := s.GroupsOf(ctx, "ann"); len(mine) != 1 || mine[0].ID != g.ID {
		t.Errorf("groups of ann: %+v", mine)
	}
	if _, err := s.Group(ctx, "nope"); community.KindOf(err) != community.KindNotFound {
		t.Errorf("missing group: %v", err)
	}
}

// TestRulesSayWhereAndWhen: where the money is kept and the first payment
// day are saved with the rules, of a group and of a rule change; rules
// saved before them read as not set.
func TestRulesSayWhereAndWhen(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	g := sampleGroup()
	if created, err := s.CreateGroup(ctx, g); err != nil {
		t.Fatal(err)
	} else if got, _ := s.Group(ctx, created.ID); !got.Rules.FirstDue.IsZero() || got.Rules.KeptAt != "" {
		t.Errorf("rules without a place or a day read as %+v", got.Rules)
	}
	g.Rules.KeptAt = "Knowsley Credit Union, account in the group's name, held by the treasurer"
	g.Rules.FirstDue = time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	created, err := s.CreateGroup(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Group(ctx, created.ID); err != nil || got.Rules != g.Rules {
		t.Errorf("loaded rules %+v, %v; want %+v", got.Rules, err, g.Rules)
	}
	p, err := s.CreateProposal(ctx, community.Proposal{GroupID: created.ID, By: "ann", For: "rules", Rules: &g.Rules,
		Status: community.ProposalOpen, Needed: 1, Voters: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Proposal(ctx, created.ID, p.ID); err != nil || got.Rules == nil || *got.Rules != g.Rules {
		t.Errorf("loaded the rule change %+v, %v; want rules %+v", got.Rules, err, g.Rules)
	}
}

// TestTheLastPlaceGoesToOne has eight people take the last two places at
// once, through two stores on one database as two web replicas would:
// exactly two get in and the others are told it is full. (Each writer
// orders its own saves; only the group's lease, a unique insert, orders
// the two writers'.)
func TestTheLastPlaceGoesToOne(t *testing.T) {
	s := openTestStore(t)
	writers := []*Store{s, secondWriter(t, s)}
	ctx := context.Background()
	g, err := s.CreateGroup(ctx, sampleGroup())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	joined, full := 0, 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := writers[i%2].ChangeGroup(ctx, g.ID, func(g *community.Group) error {
				return g.Join(community.Membership{PersonID: fmt.Sprintf("p%d", i)})
			})
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				joined++
			case community.KindOf(err) == community.KindConflict:
				full++
			default:
				t.Errorf("join: %v", err)
			}
		}()
	}
	wg.Wait()
	saved, _ := s.groupInDatabase(ctx, g.ID)
	if joined != 2 || full != 6 || len(saved.Members) != 3 {
		t.Errorf("joined %d, refused %d, members %d; want 2, 6 and 3", joined, full, len(saved.Members))
	}
}
