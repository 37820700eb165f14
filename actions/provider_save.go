package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// CreateProvider sets up a provider organisation managed by the owner,
// not yet checked. Its id comes from the form's key, so a double click
// sets up one.
func (a *Actions) CreateProvider(ctx context.Context, who Who, key string, p community.Provider) (community.Provider, error) {
	if err := who.may(); err != nil {
		return community.Provider{}, err
	}
	p.OwnerID = who.Owner.ID
	if err := p.Validate(a.Places.Known); err != nil {
		return community.Provider{}, err
	}
	k, err := a.clientKey(who, "provider-new", key)
	if err != nil {
		return community.Provider{}, err
	}
	p.ID = community.DocID(k)
	created, err := a.Store.CreateProvider(ctx, p)
	if err != nil {
		return community.Provider{}, err
	}
	a.Discovery.Provider(ctx, created)
	return created, a.logChange(ctx, "create provider", "provider", created.ID)
}

// SaveProvider saves changes to a provider the owner manages. Like
// SaveProfile, the same form sent twice saves once, and a clash comes back
// as the provider as it is now and a Conflict error.
func (a *Actions) SaveProvider(ctx context.Context, who Who, key string, p community.Provider) (community.Provider, error) {
	if _, err := a.ownProvider(ctx, who, p.ID); err != nil {
		return community.Provider{}, err
	}
	if err := p.Validate(a.Places.Known); err != nil {
		return community.Provider{}, err
	}
	if _, err := a.clientKey(who, "provider-edit", key); err != nil {
		return community.Provider{}, err
	}
	saved, err := a.Store.SaveProvider(ctx, p)
	if community.KindOf(err) == community.KindConflict {
		current, loadErr := a.Store.Provider(ctx, p.ID)
		if loadErr != nil {
			return community.Provider{}, loadErr
		}
		if !community.SameProvider(current, p) {
			return current, err
		}
		saved = current
	} else if err != nil {
		return community.Provider{}, err
	}
	a.Discovery.Provider(ctx, saved)
	return saved, a.logChange(ctx, "save provider", "provider", saved.ID)
}

// ownProvider loads a provider and checks the owner manages it.
func (a *Actions) ownProvider(ctx context.Context, who Who, id string) (community.Provider, error) {
	if err := who.may(); err != nil {
		return community.Provider{}, err
	}
	p, err := a.Store.Provider(ctx, id)
	if err == nil && p.OwnerID != who.Owner.ID {
		err = community.Forbidden("error.forbidden")
	}
	return p, err
}
