package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// Leave takes the owner out of the group and settles their money under
// the group's rule: their pledges are cancelled and any refund due is
// recorded. It writes in this order, so that a retry of the same form
// after a failure at any step finishes the same leave:
//
//  1. the reversals of their pledges, keyed by each pledge;
//  2. the refund, keyed by the membership, worked out only if none is
//     recorded yet (so a retry never works out a second, different one);
//  3. the group without them, their membership kept with the form's key
//     (so a retry knows they left with this form, not before);
//  4. their open votes taken out and counted again.
//
// Leaving with a role not yet handed over, or when already gone, is refused.
func (a *Actions) Leave(ctx context.Context, who Who, groupID, key string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	me := who.Owner.ID
	g, err := a.Store.Group(ctx, groupID)
	if err != nil {
		return community.Group{}, err
	}
	k, keyErr := a.clientKey(who, "leave", key)
	m, in := g.Member(me)
	switch {
	case !in && keyErr == nil:
		var again bool
		if m, again = g.LeftWith(me, k); !again {
			return community.Group{}, community.Forbidden("error.group.members_only")
		}
	case !in:
		return community.Group{}, community.Forbidden("error.group.members_only")
	default:
		if err := g.MayLeave(me); err != nil {
			return community.Group{}, err
		}
		if keyErr != nil {
			return community.Group{}, keyErr
		}
	}
	if err := a.settleLeaver(ctx, who, g, m); err != nil {
		return community.Group{}, err
	}
	left, err := a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		if _, again := g.LeftWith(me, k); again {
			return store.Unchanged
		}
		return g.Leave(me, k, a.now())
	})
	if err != nil {
		return community.Group{}, err
	}
	if err := a.recountVotes(ctx, left, me); err != nil {
		return community.Group{}, err
	}
	return left, a.changed(ctx, "leave", left)
}

// settleLeaver records the cancelled pledges and the refund of one
// membership.
func (a *Actions) settleLeaver(ctx context.Context, who Who, g community.Group, m community.Membership) error {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	status := community.Statuses(entries)
	for _, e := range entries {
		if e.Kind != community.EntryPledge || e.PersonID != m.PersonID || status[e.ID] == community.StatusReversed {
			continue
		}
		if _, _, err := a.Store.RecordOnce(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: community.ReverseKey(e.ID),
			Kind: community.EntryReversal, PersonID: m.PersonID, RecordedBy: who.Actor.ID, Amount: e.Amount,
			Refers: e.ID, Note: "left the group"}); err != nil {
			return err
		}
	}
	refundKey := community.RefundKey(m)
	if _, done, err := a.Store.Recorded(ctx, g.ID, refundKey); err != nil || done {
		return err
	}
	refund := community.RefundOf(g.Rules.Leaver, m.PersonID, entries)
	if refund <= 0 {
		return nil
	}
	_, _, err = a.Store.RecordOnce(ctx, community.Entry{At: a.now(), GroupID: g.ID, Key: refundKey, Kind: community.EntryRefund,
		PersonID: m.PersonID, RecordedBy: who.Actor.ID, Amount: refund, Note: "left the group"})
	return err
}

// recountVotes takes a leaver out of the group's open votes, which may
// decide them (and apply a rule change that is now approved).
func (a *Actions) recountVotes(ctx context.Context, g community.Group, leaver string) error {
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	for _, p := range proposals {
		if p.Status != community.ProposalOpen {
			continue
		}
		counted, err := a.Store.ChangeProposal(ctx, g.ID, p.ID, func(p *community.Proposal) error {
			p.Recount(leaver, g.Rules, g.Voters())
			return nil
		})
		if err != nil {
			return err
		}
		if err := a.applyRules(ctx, counted); err != nil {
			return err
		}
	}
	return nil
}
