package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// SendOffer sends a provider's offer to a group, or to a wish shared by
// at least community.WishOfferFrom people, for the provider's owner. Only
// a checked provider may offer; one an organiser blocked for the group is
// refused and nothing is saved. The offer's id comes from the form's key,
// so a double click sends one offer.
func (a *Actions) SendOffer(ctx context.Context, who Who, key string, o community.Offer) (community.Offer, error) {
	if err := who.may(); err != nil {
		return community.Offer{}, err
	}
	p, err := a.Store.Provider(ctx, o.ProviderID)
	if err != nil {
		return community.Offer{}, err
	}
	if p.OwnerID != who.Owner.ID {
		return community.Offer{}, community.Forbidden("error.forbidden")
	}
	if !p.Verified() {
		return community.Offer{}, community.Forbidden("error.offer.unchecked")
	}
	o.ProviderName, o.By, o.CreatedAt, o.ProposalID = p.Name, who.Owner.ID, a.now(), ""
	// A group that takes no offer from the provider says so first: there
	// is then nothing in the form to put right.
	if (o.GroupID == "") != (o.WishID == "") {
		if err := a.mayOffer(ctx, o); err != nil {
			return community.Offer{}, err
		}
	}
	if err := o.Validate(); err != nil {
		return community.Offer{}, err
	}
	if o.ListingID != "" {
		if l, err := a.Store.Listing(ctx, o.ListingID); err != nil || l.ProviderID != p.ID {
			return community.Offer{}, community.Invalid(community.FieldError{Field: "listing", Key: "error.offer.listing"})
		}
	}
	k, err := a.clientKey(who, "offer-new", key)
	if err != nil {
		return community.Offer{}, err
	}
	o.ID = community.DocID(k)
	saved, err := a.Store.CreateOffer(ctx, o)
	if err != nil {
		return community.Offer{}, err
	}
	return saved, a.logChange(ctx, "send offer", "offer", saved.ID)
}

// mayOffer checks the group or wish takes offers from the provider.
func (a *Actions) mayOffer(ctx context.Context, o community.Offer) error {
	if o.WishID != "" {
		w, err := a.Store.Wish(ctx, o.WishID)
		switch {
		case err != nil:
			return err
		case w.Started():
			return community.Conflict("error.offer.wish_started")
		case len(w.Backers) < community.WishOfferFrom:
			return community.Forbidden("error.offer.too_few")
		}
		return nil
	}
	g, err := a.Store.Group(ctx, o.GroupID)
	switch {
	case err != nil:
		return err
	case g.Closed || g.WindingUp:
		return community.Conflict("error.offer.group_closed")
	case g.BlocksProvider(o.ProviderID):
		return community.Forbidden("error.offer.blocked")
	}
	return nil
}
