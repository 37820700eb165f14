package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// UnverifyProvider is a moderator withdrawing their check of a provider,
// with a note if they wrote one. Withdrawing one not checked changes
// nothing but is still logged once, so a retry of the same form after a
// failure completes.
func (a *Actions) UnverifyProvider(ctx context.Context, who Who, key, providerID, note string) (community.Provider, error) {
	if err := a.mayModerate(who); err != nil {
		return community.Provider{}, err
	}
	p, err := a.Store.Provider(ctx, providerID)
	if err != nil {
		return community.Provider{}, err
	}
	k, err := a.clientKey(who, "unverify", key)
	if err != nil {
		return community.Provider{}, err
	}
	if p.Verified() {
		if p, err = a.Store.UnverifyProvider(ctx, p.ID); err != nil {
			return community.Provider{}, err
		}
	}
	a.Discovery.Provider(ctx, p)
	if err := a.audit(ctx, who, k, community.Audit{Action: "unverify", Kind: "provider", Target: p.ID, Note: note}); err != nil {
		return community.Provider{}, err
	}
	return p, a.logChange(ctx, "unverify provider", "provider", p.ID)
}
