package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// ProposeOffer turns a provider's offer to the group into a spend
// proposal in one step, for a voting member: one unit each for every
// voting member, at the offer's price for that many, paid to the provider.
// The proposal's id comes from the offer, so the offer makes one proposal
// however often it is sent; the offer then records it. An offer from a
// provider the group blocked is refused.
func (a *Actions) ProposeOffer(ctx context.Context, who Who, groupID, offerID string) (community.Proposal, error) {
	o, err := a.Store.Offer(ctx, offerID)
	if err != nil {
		return community.Proposal{}, err
	}
	g, err := a.votingGroup(ctx, who, groupID)
	switch {
	case err != nil:
		return community.Proposal{}, err
	case o.GroupID != g.ID:
		return community.Proposal{}, community.NotFound("error.offer.not_found")
	case g.BlocksProvider(o.ProviderID):
		return community.Proposal{}, community.Forbidden("error.offer.blocked")
	case o.ProposalID != "":
		return community.Proposal{}, community.Conflict("error.offer.proposed_already")
	}
	id := community.DocID("offer/" + o.ID)
	if made, err := a.Store.Proposal(ctx, g.ID, id); err == nil {
		// Made already, by another member or a send that failed after it:
		// the offer records it, and this one is told.
		if err := a.Store.OfferProposed(ctx, o.ID, made.ID); err != nil {
			return community.Proposal{}, err
		}
		return community.Proposal{}, community.Conflict("error.offer.proposed_already")
	}
	n := g.Voters()
	p := community.Proposal{Amount: o.SpendFor(n), To: o.ProviderName, For: o.EasyText, Quote: o.When}
	saved, err := a.propose(ctx, who, g.ID, p, func() (string, error) { return id, nil })
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.Store.OfferProposed(ctx, o.ID, saved.ID); err != nil {
		return saved, err
	}
	return saved, a.logChange(ctx, "propose offer", "offer", o.ID)
}

// BlockProvider blocks a provider for the group, for an organiser: the
// provider's offers are hidden and no new one is taken.
func (a *Actions) BlockProvider(ctx context.Context, who Who, groupID, providerID string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	if _, err := a.Store.Provider(ctx, providerID); err != nil {
		return community.Group{}, err
	}
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		switch {
		case !g.IsOrganiser(who.Owner.ID):
			return community.Forbidden("error.group.organisers_only")
		case g.BlocksProvider(providerID):
			return store.Unchanged
		}
		g.BlockedProviders = append(g.BlockedProviders, providerID)
		return nil
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "block provider", g)
}
