package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// OfferTreasurer is the treasurer asking another member to take the
// group's money over. They confirm what the pot holds (shown is the figure
// their page showed, which must still be the pot) and where it is kept;
// the role moves only when the member asked confirms the same. Sent again,
// it asks once.
func (a *Actions) OfferTreasurer(ctx context.Context, who Who, groupID, key, to string, shown community.Pence, confirmed bool) (community.Group, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Group{}, err
	}
	pot, err := a.potOf(ctx, g.ID)
	if err != nil {
		return community.Group{}, err
	}
	if err := confirmedPot(shown, pot, confirmed); err != nil {
		return community.Group{}, err
	}
	_, keyErr := a.clientKey(who, "treasurer", key)
	me := who.Owner.ID
	g, err = a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		if h := g.Handover; keyErr == nil && h != nil && h.From == me && h.To == to && h.Pot == pot {
			return store.Unchanged
		}
		if err := g.OfferTreasurer(me, to, pot, a.now()); err != nil {
			return err
		}
		return keyErr
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "offer treasurer", g)
}

// potOf is what the group's pot holds now.
func (a *Actions) potOf(ctx context.Context, groupID string) (community.Pence, error) {
	entries, err := a.Store.Entries(ctx, groupID)
	if err != nil {
		return 0, err
	}
	return community.Tally(entries).Pot(), nil
}

// confirmedPot checks that a person handing over or taking over the money
// ticked that they agree the pot holds what their page showed, and that it
// still does.
func confirmedPot(shown, pot community.Pence, confirmed bool) error {
	switch {
	case shown != pot:
		return community.Invalid(community.FieldError{Field: "confirm", Key: "error.treasurer.pot_changed", Args: []string{shown.Pounds(), pot.Pounds()}})
	case !confirmed:
		return community.Invalid(community.FieldError{Field: "confirm", Key: "error.treasurer.confirm", Args: []string{pot.Pounds()}})
	}
	return nil
}
