package actions

import (
	"context"
	"time"

	"github.com/clubtogether/clubtogether/community"
)

// ProposeRules puts a change to the pot's rules to a vote: rules set at
// the start change only when enough members agree. The new rules must fit
// the group (no more yes votes needed than it can have members), and a
// group votes on one rule change at a time: another is refused while one
// is open. The proposal's id comes from the form's key, so the same change
// sent again is the one already open, not a second.
func (a *Actions) ProposeRules(ctx context.Context, who Who, groupID, key string, rules community.PotRules) (community.Proposal, error) {
	g, err := a.votingGroup(ctx, who, groupID)
	if err != nil {
		return community.Proposal{}, err
	}
	if err := stillRunning(g); err != nil {
		return community.Proposal{}, err
	}
	if err := g.ValidateRules(rules, community.Day(a.Now())); err != nil {
		return community.Proposal{}, err
	}
	k, err := a.clientKey(who, "rules", key)
	if err != nil {
		return community.Proposal{}, err
	}
	id := community.DocID(k)
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return community.Proposal{}, err
	}
	if open, ok := community.OpenRuleChange(proposals, a.Now()); ok && open.ID != id {
		return community.Proposal{}, oneRuleChange()
	}
	if err := a.claimRuleChange(ctx, g.ID, id); err != nil {
		return community.Proposal{}, err
	}
	return a.createProposal(ctx, who, community.Proposal{ID: id, GroupID: g.ID, By: who.Owner.ID,
		For: "rules", Rules: &rules, Voters: g.Voters(), Needed: g.Rules.YesNeeded(g.Voters())})
}

// oneRuleChange refuses a second rule change while one is open.
func oneRuleChange() error {
	return community.Invalid(community.FieldError{Field: "rules", Key: "error.rules.one_open"})
}

// unsavedClaimGrace is how long a claim on the open rule change may wait
// for its proposal to be saved before it counts as left by a crash.
const unsavedClaimGrace = time.Minute

// claimRuleChange makes the rule change with the id the group's one open
// rule change, by a claim the database keeps unique (rules-open/<group>),
// so that two replicas proposing at once cannot both open one. A claim
// held by a change that is no longer open (decided, withdrawn, closed by
// its date, or still not saved a minute after it was claimed) is let go
// and claimed again.
func (a *Actions) claimRuleChange(ctx context.Context, groupID, id string) error {
	claim := "rules-open/" + groupID
	for range 3 {
		holder, err := a.Store.Claim(ctx, claim, id)
		if err != nil || holder == id {
			return err
		}
		held, err := a.Store.Proposal(ctx, groupID, holder)
		if err == nil && held.AsOf(a.Now()) == community.ProposalOpen {
			return oneRuleChange()
		}
		if err != nil && community.KindOf(err) != community.KindNotFound {
			return err
		}
		if err != nil {
			// Not saved yet: a member proposing this very moment, unless
			// the claim is old enough to be one a crash left behind.
			at, err := a.Store.ClaimedAt(ctx, claim)
			if err != nil {
				return err
			}
			if a.Now().Sub(at) < unsavedClaimGrace {
				return oneRuleChange()
			}
		}
		if err := a.Store.Release(ctx, claim, holder); err != nil {
			return err
		}
	}
	return community.Conflict("error.conflict")
}
