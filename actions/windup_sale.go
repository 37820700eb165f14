package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// RecordSale is the treasurer recording what a thing the group agreed to
// sell was sold for: the money comes into the pot, in the common fund,
// to be shared out; the thing is done. Keyed by the thing, it is recorded
// once however often it is sent.
func (a *Actions) RecordSale(ctx context.Context, who Who, groupID, key, thingID string, amount community.Pence) (community.Group, error) {
	g, t, err := a.closingThing(ctx, who, groupID, thingID)
	if err != nil {
		return community.Group{}, err
	}
	if t.Fate != community.FateSold {
		return community.Group{}, community.Conflict("error.windup.not_sold")
	}
	if _, err := a.clientKey(who, "sale", key); err != nil {
		return community.Group{}, err
	}
	if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: community.SaleKey(t.ID),
		Kind: community.EntrySale, RecordedBy: who.Actor.ID, Amount: amount, Refers: t.ID, Note: "sold " + t.Name}); err != nil {
		return community.Group{}, err
	}
	return a.thingDone(ctx, g.ID, t.ID, "record sale")
}

// closingThing loads, for its treasurer, a group that agreed to close and
// one of its things.
func (a *Actions) closingThing(ctx context.Context, who Who, groupID, thingID string) (community.Group, community.Thing, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Group{}, community.Thing{}, err
	}
	t, has := g.Thing(thingID)
	switch {
	case !g.WindingUp || g.Closed:
		return community.Group{}, community.Thing{}, community.Conflict("error.windup.not_agreed")
	case !has:
		return community.Group{}, community.Thing{}, community.NotFound("error.thing.not_found")
	}
	return g, t, nil
}

// thingDone marks a thing's fate carried out.
func (a *Actions) thingDone(ctx context.Context, groupID, thingID, action string) (community.Group, error) {
	g, err := a.Store.ChangeGroup(ctx, groupID, func(g *community.Group) error {
		if t, _ := g.Thing(thingID); t.FateDone {
			return store.Unchanged
		}
		return g.ThingDone(thingID)
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, action, g)
}
