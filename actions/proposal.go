package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// Propose puts a spend from the pot to a vote, open for a week. The group
// may agree a spend its pledges will cover: it shows the day the pot and
// today's pledges reach it, and must be paid within two weeks of that day
// or it lapses. A spend larger than what is free and still pledged is
// refused, with the figures. The proposal's id comes from the form's key,
// so the same proposal sent twice, or twice at once, is one proposal.
func (a *Actions) Propose(ctx context.Context, who Who, groupID, key string, p community.Proposal) (community.Proposal, error) {
	return a.propose(ctx, who, groupID, p, func() (string, error) {
		k, err := a.clientKey(who, "propose", key)
		return community.DocID(k), err
	})
}

// propose is Propose with the proposal's id from idOf, checked once the
// proposal is: from the form's key, or from what it was made of.
func (a *Actions) propose(ctx context.Context, who Who, groupID string, p community.Proposal, idOf func() (string, error)) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Proposal{}, err
	}
	if err := stillRunning(g); err != nil {
		return community.Proposal{}, err
	}
	c, err := a.commitments(ctx, g)
	if err != nil {
		return community.Proposal{}, err
	}
	p.GroupID, p.By, p.Rules = g.ID, who.Owner.ID, nil
	p.Voters, p.Needed = g.Voters(), g.Rules.YesNeeded(g.Voters())
	if err := p.Validate(community.MaxPence); err != nil {
		return community.Proposal{}, err
	}
	if most := c.MostToAgree(); p.Amount > most {
		return community.Proposal{}, community.Invalid(community.FieldError{Field: "amount", Key: "error.proposal.more_than_agreeable",
			Args: []string{p.Amount.Pounds(), max(c.Free, 0).Pounds(), c.Pledged.Pounds(), max(most, 0).Pounds()}})
	}
	today := community.Day(a.Now())
	p.Reach = c.ReachDay(p.Amount, today)
	p.PayBy = community.EndOfDay(p.Reach.Add(community.PayWithin))
	if p.ID, err = idOf(); err != nil {
		return community.Proposal{}, err
	}
	return a.createProposal(ctx, who, p)
}

// createProposal saves a proposal with its proposer's own yes, open for a
// week; a rule change agreed by that yes alone applies at once.
func (a *Actions) createProposal(ctx context.Context, who Who, p community.Proposal) (community.Proposal, error) {
	p.CreatedAt, p.Status, p.ClosesAt = a.now(), community.ProposalOpen, a.now().Add(community.VoteOpenFor)
	if err := p.Cast(community.Vote{PersonID: p.By, Yes: true, At: a.now()}); err != nil {
		return community.Proposal{}, err
	}
	saved, err := a.Store.CreateProposal(ctx, p)
	if err != nil {
		return community.Proposal{}, err
	}
	if saved.GroupID != p.GroupID || saved.By != p.By {
		return community.Proposal{}, community.Forbidden("error.ledger.key_taken")
	}
	if err := a.applyDecided(ctx, who, saved); err != nil {
		return community.Proposal{}, err
	}
	return saved, a.logChange(ctx, "propose", "proposal", saved.ID)
}

// commitments works out what the group's money is promised to now.
func (a *Actions) commitments(ctx context.Context, g community.Group) (community.Commitments, error) {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return community.Commitments{}, err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return community.Commitments{}, err
	}
	return community.CommitmentsOf(g, community.Tally(entries), proposals, a.Now()), nil
}
