package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// CreateListing adds a listing to a provider the owner manages. Its id
// comes from the form's key, so a double click adds one.
func (a *Actions) CreateListing(ctx context.Context, who Who, key string, l community.Listing) (community.Listing, error) {
	p, err := a.ownProvider(ctx, who, l.ProviderID)
	if err != nil {
		return community.Listing{}, err
	}
	if err := l.Validate(a.Places.Known); err != nil {
		return community.Listing{}, err
	}
	k, err := a.clientKey(who, "listing-new", key)
	if err != nil {
		return community.Listing{}, err
	}
	l.ID = community.DocID(k)
	created, err := a.Store.CreateListing(ctx, l)
	if err != nil {
		return community.Listing{}, err
	}
	if created.ProviderID != p.ID {
		return community.Listing{}, community.Forbidden("error.ledger.key_taken")
	}
	a.indexListing(ctx, created, p)
	return created, a.logChange(ctx, "create listing", "listing", created.ID)
}

// SaveListing saves changes to a listing; hiding it is a change too, and
// takes it out of search at once. The same form sent twice saves once; a
// clash comes back as the listing as it is now and a Conflict error.
func (a *Actions) SaveListing(ctx context.Context, who Who, key string, l community.Listing) (community.Listing, error) {
	p, err := a.ownProvider(ctx, who, l.ProviderID)
	if err != nil {
		return community.Listing{}, err
	}
	if err := l.Validate(a.Places.Known); err != nil {
		return community.Listing{}, err
	}
	if _, err := a.clientKey(who, "listing-edit", key); err != nil {
		return community.Listing{}, err
	}
	saved, err := a.Store.SaveListing(ctx, l)
	if community.KindOf(err) == community.KindConflict {
		current, loadErr := a.Store.Listing(ctx, l.ID)
		if loadErr != nil {
			return community.Listing{}, loadErr
		}
		if !community.SameListing(current, l) {
			return current, err
		}
		saved = current
	} else if err != nil {
		return community.Listing{}, err
	}
	a.indexListing(ctx, saved, p)
	return saved, a.logChange(ctx, "save listing", "listing", saved.ID)
}

func (a *Actions) indexListing(ctx context.Context, l community.Listing, p community.Provider) {
	a.Discovery.Listing(ctx, l, p)
	a.Matching.PutListing(l)
}
