package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// VerifyProvider records that a moderator has checked a provider. Doing
// it twice keeps the first check's date.
func (a *Actions) VerifyProvider(ctx context.Context, who Who, key, providerID string) (community.Provider, error) {
	if err := a.mayModerate(who); err != nil {
		return community.Provider{}, err
	}
	p, err := a.Store.Provider(ctx, providerID)
	if err != nil {
		return community.Provider{}, err
	}
	k, err := a.clientKey(who, "verify", key)
	if err != nil {
		return community.Provider{}, err
	}
	if !p.Verified() {
		if p, err = a.Store.VerifyProvider(ctx, p.ID, who.Actor.ID); err != nil {
			return community.Provider{}, err
		}
	}
	a.Discovery.Provider(ctx, p)
	if err := a.audit(ctx, who, k, community.Audit{Action: "verify", Kind: "provider", Target: p.ID}); err != nil {
		return community.Provider{}, err
	}
	return p, a.logChange(ctx, "verify provider", "provider", p.ID)
}
