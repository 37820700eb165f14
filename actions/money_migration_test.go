package actions_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// TestOldGroupsMoveToAccounts: a group made before members had accounts,
// with the old "share stays" rule and a spend paid without shares, reads
// "unspent money" with a timeline line saying so, and its spend is shared
// equally; the migration runs once.
func TestOldGroupsMoveToAccounts(t *testing.T) {
	ctx := context.Background()
	a, b := person(t, "Ann Old"), person(t, "Bob Old")
	joined := rig.clock.Now().Add(-48 * time.Hour)
	g, err := rig.store.CreateGroup(ctx, community.Group{Name: "Old gym", Purpose: "Gym kit.", EasySummary: "Gym.",
		Interests: []string{"gym"}, District: "OX4", Open: true, MaxSize: 6, Organisers: []string{a.ID}, Treasurer: a.ID,
		Rules:   community.PotRules{Contribution: 500, Every: community.EveryWeek, Times: 10, Leaver: community.ShareStays, Votes: community.VotesMajority},
		Members: []community.Membership{{PersonID: a.ID, Name: a.Name, JoinedAt: joined}, {PersonID: b.ID, Name: b.Name, JoinedAt: joined}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []community.Entry{
		{Key: "old-pay-a", Kind: community.EntryPayment, PersonID: a.ID, Amount: 3000},
		{Key: "old-pay-b", Kind: community.EntryPayment, PersonID: b.ID, Amount: 3000},
		{Key: "old-spend", Kind: community.EntrySpend, Amount: 4001, Refers: "old-proposal"},
	} {
		e.GroupID, e.RecordedBy = g.ID, a.ID
		saved, _, err := rig.store.Record(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		if e.Kind == community.EntryPayment {
			if _, _, err := rig.store.Record(ctx, community.Entry{GroupID: g.ID, Key: "old-confirm-" + e.Key, Kind: community.EntryConfirm,
				PersonID: e.PersonID, RecordedBy: a.ID, Amount: e.Amount, Refers: saved.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n, err := rig.acts.MigrateMoney(ctx); err != nil || n < 1 {
		t.Fatalf("the migration changed %d groups: %v", n, err)
	}
	after, _ := rig.store.Group(ctx, g.ID)
	if after.Rules.Leaver != community.RefundUnspent || len(after.Notes) != 1 || after.Notes[0].Key != "timeline.rule_now_unspent" {
		t.Errorf("after the migration the rule is %s, notes %+v", after.Rules.Leaver, after.Notes)
	}
	entries, _ := rig.store.Entries(ctx, g.ID)
	st := community.Tally(entries)
	// £40.01 shared by two: £20 each, the odd penny from the common fund.
	if st.People[a.ID].Shares != 2000 || st.People[b.ID].Shares != 2000 || st.Fund() != -1 || st.Accounts()+st.Fund() != st.Pot() {
		t.Errorf("shares %s and %s, fund %s", st.People[a.ID].Shares.Pounds(), st.People[b.ID].Shares.Pounds(), st.Fund().Pounds())
	}
	if n, _ := rig.acts.MigrateMoney(ctx); n != 0 {
		t.Errorf("the migration ran twice: %d groups the second time", n)
	}
}

// TestListingUnitsMigrateOnce: the listing-units migration is claimed by
// its unique insert, so it runs in one process once; a later run, here or
// in another replica, finds it claimed and changes nothing.
func TestListingUnitsMigrateOnce(t *testing.T) {
	ctx := context.Background()
	if _, err := rig.acts.MigrateListingUnits(ctx); err != nil {
		t.Fatal(err)
	}
	if claimed, err := rig.store.ClaimMigration(ctx, "listing-units"); err != nil || claimed {
		t.Errorf("after the migration ran its claim could be taken again: %v %v", claimed, err)
	}
	if n, err := rig.acts.MigrateListingUnits(ctx); err != nil || n != 0 {
		t.Errorf("a second run changed %d listings: %v", n, err)
	}
}
