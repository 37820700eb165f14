package actions

import "context"

// listingUnitMigration names the one-off change that gives every listing
// saved before prices had units the unit those prices were for: a session.
const listingUnitMigration = "listing-units"

// MigrateListingUnits runs the listing-units migration once, in whichever
// process claims it first, and says how many listings it changed. The
// search index needs nothing: a listing with no unit already reads, and is
// shown, as per session.
func (a *Actions) MigrateListingUnits(ctx context.Context) (int, error) {
	claimed, err := a.Store.ClaimMigration(ctx, listingUnitMigration)
	if err != nil || !claimed {
		return 0, err
	}
	changed, err := a.Store.SetMissingListingUnits(ctx)
	if err != nil {
		return 0, err
	}
	a.Log.Info("migration done", "name", listingUnitMigration, "listings", changed)
	return changed, nil
}
