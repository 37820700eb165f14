package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Propose puts a spend from the pot to a vote. A spend larger than what is
// left is refused with that reason. The proposal's id comes from the
// form's key, so the same proposal sent twice, or twice at once, is one
// proposal.
func (a *Actions) Propose(ctx context.Context, who Who, groupID, key string, p community.Proposal) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return community.Proposal{}, err
	}
	p.GroupID, p.By, p.Rules = g.ID, who.Owner.ID, nil
	p.Voters, p.Needed = g.Voters(), g.Rules.YesNeeded(g.Voters())
	if err := p.Validate(community.Tally(entries).Left()); err != nil {
		return community.Proposal{}, err
	}
	k, err := a.clientKey(who, "propose", key)
	if err != nil {
		return community.Proposal{}, err
	}
	p.ID = community.DocID(k)
	return a.createProposal(ctx, p)
}

func (a *Actions) createProposal(ctx context.Context, p community.Proposal) (community.Proposal, error) {
	p.CreatedAt = a.now()
	saved, err := a.Store.CreateProposal(ctx, p)
	if err != nil {
		return community.Proposal{}, err
	}
	if saved.GroupID != p.GroupID || saved.By != p.By {
		return community.Proposal{}, community.Forbidden("error.ledger.key_taken")
	}
	return saved, a.logChange(ctx, "propose", "proposal", saved.ID)
}
