package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// moneyMigration names the one-off change that brings groups made before
// members had accounts into the money model: the old "your share of what
// was bought stays with the group" rule becomes "unspent money" (which
// every account now does by itself), with a timeline line saying so, and
// each spend paid before shares were recorded is shared equally among the
// voting members then.
const moneyMigration = "money-accounts"

// MigrateMoney runs the money migration once, in whichever process claims
// it first, and says how many groups it changed.
func (a *Actions) MigrateMoney(ctx context.Context) (int, error) {
	claimed, err := a.Store.ClaimMigration(ctx, moneyMigration)
	if err != nil || !claimed {
		return 0, err
	}
	groups, err := a.Store.AllGroups(ctx)
	if err != nil {
		return 0, err
	}
	changed := 0
	for _, g := range groups {
		did, err := a.migrateGroup(ctx, g)
		if err != nil {
			return changed, err
		}
		if did {
			changed++
		}
	}
	a.Log.Info("migration done", "name", moneyMigration, "groups", changed)
	return changed, nil
}

func (a *Actions) migrateGroup(ctx context.Context, g community.Group) (bool, error) {
	did := false
	if g.Rules.Leaver == community.ShareStays {
		var err error
		if g, err = a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
			if g.Rules.Leaver != community.ShareStays {
				return store.Unchanged
			}
			g.Rules.Leaver = community.RefundUnspent
			g.Notes = append(g.Notes, community.Note{At: a.now(), Key: "timeline.rule_now_unspent"})
			return nil
		}); err != nil {
			return false, err
		}
		did = true
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return did, err
	}
	shared := map[string]bool{}
	for _, e := range entries {
		if e.Kind == community.EntryShare {
			shared[e.Refers] = true
		}
	}
	status := community.Statuses(entries)
	system := Who{Actor: community.Person{ID: g.Treasurer}, Owner: community.Person{ID: g.Treasurer}}
	for _, e := range entries {
		if e.Kind == community.EntrySpend && !shared[e.ID] && status[e.ID] != community.StatusReversed {
			if err := a.shareSpend(ctx, system, g, e); err != nil {
				return did, err
			}
			did = true
		}
	}
	return did, nil
}
