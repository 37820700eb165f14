package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
	"github.com/clubtogether/clubtogether/store"
)

// ShareOut is the treasurer sharing out the money of a group that is
// winding up, once every thing's fate is carried out and no payment waits
// to be confirmed: each member who votes gets an equal part of the common
// fund into their account, what each account then holds is owed back to
// them for the treasurer to pay, and the group closes. Its statements stay
// readable for good. It writes in this order, so that a retry after a
// failure at any step finishes the same share-out:
//
//  1. the fund's parts, worked out from the fund as it was before any was
//     shared (the parts recorded added back), each keyed by the member;
//  2. what each is owed back, keyed by the member, worked out only for
//     those with none recorded yet;
//  3. the group closed.
func (a *Actions) ShareOut(ctx context.Context, who Who, groupID, key string) (community.Group, error) {
	g, err := a.treasurerGroup(ctx, who, groupID)
	if err != nil {
		return community.Group{}, err
	}
	if g.Closed {
		return g, nil
	}
	entries, err := a.Store.Entries(ctx, g.ID)
	if err != nil {
		return community.Group{}, err
	}
	proposals, err := a.Store.Proposals(ctx, g.ID)
	if err != nil {
		return community.Group{}, err
	}
	st := community.Tally(entries)
	switch {
	case !g.ReadyToShareOut():
		return community.Group{}, community.Conflict("error.windup.things_first")
	case len(st.Unconfirmed) > 0:
		return community.Group{}, community.Conflict("error.windup.payments_waiting")
	case community.Promised(proposals, a.Now()) > 0:
		return community.Group{}, community.Conflict("error.windup.spend_agreed")
	}
	if _, err := a.clientKey(who, "share-out", key); err != nil {
		return community.Group{}, err
	}
	record := func(e community.Entry) error {
		e.At, e.GroupID, e.RecordedBy = a.now(), g.ID, who.Actor.ID
		_, _, err := a.Store.RecordOnce(ctx, e)
		return err
	}
	sharers := g.FundSharers()
	parts := community.EqualParts(st.Fund()+st.FundShared, len(sharers))
	for i, m := range sharers {
		if parts[i] != 0 {
			if err := record(community.Entry{Key: community.FundShareKey(m.PersonID), Kind: community.EntryFundShare, PersonID: m.PersonID,
				Amount: parts[i], Note: "part of the common fund"}); err != nil {
				return community.Group{}, err
			}
		}
	}
	if entries, err = a.Store.Entries(ctx, g.ID); err != nil {
		return community.Group{}, err
	}
	st = community.Tally(entries)
	for _, m := range g.Members {
		k := community.CloseRefundKey(m.PersonID)
		if _, done, err := a.Store.Recorded(ctx, g.ID, k); err != nil {
			return community.Group{}, err
		} else if done {
			continue
		}
		if back := st.People[m.PersonID].Balance(); back > 0 {
			if err := record(community.Entry{Key: k, Kind: community.EntryRefundOwed, PersonID: m.PersonID, Amount: back,
				Refers: community.WindUpRefers, Note: "the group closed"}); err != nil {
				return community.Group{}, err
			}
		}
	}
	g, err = a.Store.ChangeGroup(ctx, g.ID, func(g *community.Group) error {
		if g.Closed {
			return store.Unchanged
		}
		g.Close(a.now())
		return nil
	})
	if err != nil {
		return community.Group{}, err
	}
	return g, a.changed(ctx, "share out", g)
}
