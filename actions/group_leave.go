package actions

import (
	"cmp"
	"context"
	"slices"

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
//  4. their open votes taken out and counted again;
//  5. under the buy-out rule, the vote on buying out their share of what
//     the group owns, at value (0 for their share at cost), keyed by the
//     form's key.
//
// Leaving with a role not yet handed over, or when already gone, is refused.
func (a *Actions) Leave(ctx context.Context, who Who, groupID, key string, value community.Pence) (community.Group, error) {
	if err := a.mayFor(ctx, who, community.ScopeGroups); err != nil {
		return community.Group{}, err
	}
	me := who.Owner.ID
	g, err := a.Store.Group(ctx, groupID)
	if err != nil {
		return community.Group{}, err
	}
	if err := a.recordDates(ctx, who, g); err != nil {
		return community.Group{}, err
	}
	k, keyErr := a.clientKey(who, "leave", key)
	m, in := g.Member(me)
	switch {
	case !in && keyErr == nil:
		var again bool
		if m, again = g.LeftWith(me, k); !again {
			return community.Group{}, notMember(g, me)
		}
	case !in:
		return community.Group{}, notMember(g, me)
	default:
		if err := g.MayLeave(me); err != nil {
			return community.Group{}, err
		}
		if keyErr != nil {
			return community.Group{}, keyErr
		}
	}
	owned, err := a.ownedBy(ctx, g, me)
	if err != nil {
		return community.Group{}, err
	}
	// Under the buy-out rule leaving opens a vote on the value of their
	// share, which only the member may put to the group.
	if who.Acting() && owned > 0 && g.Rules.Leaver == community.BuyOut {
		return community.Group{}, community.Forbidden("error.acting.buy_out")
	}
	if value > owned && g.Rules.Leaver == community.BuyOut {
		return community.Group{}, community.Invalid(community.FieldError{Field: "value", Key: "error.buy_out.more_than_share", Args: []string{owned.Pounds()}})
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
	if err := a.recountVotes(ctx, who, left, me); err != nil {
		return community.Group{}, err
	}
	if err := a.proposeBuyOut(ctx, left, m, k, cmp.Or(value, owned), owned); err != nil {
		return community.Group{}, err
	}
	if err := a.noteAct(ctx, who, k, community.Act{Kind: community.ActLeave, GroupID: left.ID, GroupName: left.Name}); err != nil {
		return community.Group{}, err
	}
	return left, a.changed(ctx, "leave", left)
}

// settleLeaver records, for one membership, the cancelled pledges, the
// shares of agreed spends held back, and what the rule does with the rest
// of their account: owed back to them, or left in the common fund. What
// they owe the group stays in their account, owed.
func (a *Actions) settleLeaver(ctx context.Context, who Who, g community.Group, m community.Membership) error {
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	record := func(e community.Entry) error {
		e.At, e.GroupID, e.PersonID, e.RecordedBy = a.now(), g.ID, m.PersonID, who.Actor.ID
		_, _, err := a.Store.RecordOnce(ctx, e)
		return err
	}
	status := community.Statuses(entries)
	for _, e := range entries {
		if e.Kind != community.EntryPledge || e.PersonID != m.PersonID || status[e.ID] == community.StatusReversed {
			continue
		}
		if err := record(community.Entry{Key: community.ReverseKey(e.ID), Kind: community.EntryReversal,
			Amount: e.Amount, Refers: e.ID, Note: "left the group"}); err != nil {
			return err
		}
	}
	// Holds are worked out while they are still a member; a retry after
	// they left finds them recorded.
	// What is held is what their account has, up to their share of each.
	if _, in := g.Member(m.PersonID); in && !m.Watching {
		left := max(community.Tally(entries).People[m.PersonID].Balance(), 0)
		for _, p := range proposals {
			if share := min(community.HeldShare(p), left); share > 0 {
				left -= share
				if err := record(community.Entry{Key: community.HoldKey(m, p.ID), Kind: community.EntryHold,
					Amount: share, Refers: p.ID, Note: p.For}); err != nil {
					return err
				}
			}
		}
	}
	if entries, err = a.Store.Entries(ctx, g.ID); err != nil {
		return err
	}
	for _, key := range []string{community.RefundKey(m), community.MoveKey(m)} {
		if _, done, err := a.Store.Recorded(ctx, g.ID, key); err != nil || done {
			return err
		}
	}
	leaving := community.LeavingOf(g.Rules.Leaver, community.Tally(entries).People[m.PersonID], heldBy(entries, g.ID, m, proposals))
	switch {
	case leaving.Refund > 0:
		return record(community.Entry{Key: community.RefundKey(m), Kind: community.EntryRefundOwed, Amount: leaving.Refund, Note: "left the group"})
	case leaving.Moved > 0:
		return record(community.Entry{Key: community.MoveKey(m), Kind: community.EntryMove, Amount: leaving.Moved, Note: "left the group"})
	}
	return nil
}

// heldBy is what is held back in one membership's account for agreed
// spends.
func heldBy(entries []community.Entry, groupID string, m community.Membership, proposals []community.Proposal) community.Pence {
	keys := map[string]bool{}
	for _, p := range proposals {
		keys[community.EntryID(groupID, community.HoldKey(m, p.ID))] = true
	}
	var held community.Pence
	for _, e := range entries {
		if e.Kind == community.EntryHold && keys[e.ID] {
			held += e.Amount
		}
	}
	return held
}

// recountVotes takes a leaver out of the group's open votes, which may
// decide them (and apply a rule change that is now approved).
func (a *Actions) recountVotes(ctx context.Context, who Who, g community.Group, leaver string) error {
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return err
	}
	for _, p := range proposals {
		if p.Status != community.ProposalOpen {
			continue
		}
		counted, err := a.Store.ChangeProposal(ctx, g.ID, p.ID, func(p *community.Proposal) error {
			p.Recount(leaver, g.Rules, g.Voters(), a.now())
			return nil
		})
		if err != nil {
			return err
		}
		if err := a.applyDecided(ctx, who, counted); err != nil {
			return err
		}
	}
	return nil
}

// notMember says why someone not in the group cannot leave it: they left
// already, or they were never in it.
func notMember(g community.Group, personID string) error {
	if slices.ContainsFunc(g.Former, func(m community.Membership) bool { return m.PersonID == personID }) {
		return community.Conflict("error.group.not_member")
	}
	return community.Forbidden("error.group.members_only")
}
