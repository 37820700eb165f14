package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// ProposeRules puts a change to the pot's rules to a vote: rules set at
// the start change only when enough members agree. The new rules must fit
// the group (no more yes votes needed than it can have members).
func (a *Actions) ProposeRules(ctx context.Context, who Who, groupID, key string, rules community.PotRules) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := g.ValidateRules(rules, community.Day(a.Now())); err != nil {
		return community.Proposal{}, err
	}
	k, err := a.clientKey(who, "rules", key)
	if err != nil {
		return community.Proposal{}, err
	}
	return a.createProposal(ctx, community.Proposal{ID: community.DocID(k), GroupID: g.ID, By: who.Owner.ID,
		For: "rules", Rules: &rules, Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())})
}
