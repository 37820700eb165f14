package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

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

// TestTheLastPlaceGoesToOne has eight people take the last two places at
// once: exactly two get in and the others are told it is full.
func TestTheLastPlaceGoesToOne(t *testing.T) {
	s := openTestStore(t)
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
			_, err := s.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
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
	saved, _ := s.Group(ctx, g.ID)
	if joined != 2 || full != 6 || len(saved.Members) != 3 {
		t.Errorf("joined %d, refused %d, members %d; want 2, 6 and 3", joined, full, len(saved.Members))
	}
}
