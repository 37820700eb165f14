package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// ThingGiven is the treasurer recording that a thing the group agreed to
// give to a member, or away, has been given. No money moves.
func (a *Actions) ThingGiven(ctx context.Context, who Who, groupID, key, thingID string) (community.Group, error) {
	g, t, err := a.closingThing(ctx, who, groupID, thingID)
	if err != nil {
		return community.Group{}, err
	}
	if t.Fate == community.FateSold {
		return community.Group{}, community.Conflict("error.windup.sold_not_given")
	}
	if _, err := a.clientKey(who, "given", key); err != nil {
		return community.Group{}, err
	}
	return a.thingDone(ctx, g.ID, t.ID, "thing given")
}
