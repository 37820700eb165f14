package actions

import (
	"context"

	"github.com/clubtogether/clubtogether/community"
)

// memberGroup loads the group for one of its members, the owner; anyone
// else is not allowed.
func (a *Actions) memberGroup(ctx context.Context, who Who, groupID string) (community.Group, community.Membership, error) {
	if err := who.may(); err != nil {
		return community.Group{}, community.Membership{}, err
	}
	return a.groupOfMember(ctx, who, groupID)
}

// groupOfMember loads the group for one of its members, the owner, once
// the caller has checked who may act.
func (a *Actions) groupOfMember(ctx context.Context, who Who, groupID string) (community.Group, community.Membership, error) {
	g, err := a.Store.Group(ctx, groupID)
	if err != nil {
		return community.Group{}, community.Membership{}, err
	}
	m, in := g.Member(who.Owner.ID)
	if _, user := g.User(who.Owner.ID); !in && user {
		return community.Group{}, community.Membership{}, community.Forbidden("error.thing.users_do_not")
	}
	if !in {
		return community.Group{}, community.Membership{}, community.Forbidden("error.group.members_only")
	}
	return g, m, nil
}

// votingGroup loads the group for a member who votes; members who are
// only watching may not.
func (a *Actions) votingGroup(ctx context.Context, who Who, groupID string) (community.Group, error) {
	g, m, err := a.memberGroup(ctx, who, groupID)
	if err == nil && m.Watching {
		err = community.Forbidden("error.group.voters_only")
	}
	return g, err
}

// treasurerGroup loads the group for its treasurer.
func (a *Actions) treasurerGroup(ctx context.Context, who Who, groupID string) (community.Group, error) {
	g, _, err := a.memberGroup(ctx, who, groupID)
	if err == nil && !g.IsTreasurer(who.Owner.ID) {
		err = community.Forbidden("error.group.treasurer_only")
	}
	return g, err
}

// changed finishes an action that changed a group: the indexes and the
// change log.
func (a *Actions) changed(ctx context.Context, action string, g community.Group) error {
	a.indexGroup(ctx, g)
	return a.logChange(ctx, action, "group", g.ID)
}

// userGroup loads the group for someone who uses one of its things and is
// not an owner.
func (a *Actions) userGroup(ctx context.Context, who Who, groupID string) (community.Group, community.Membership, error) {
	if err := who.may(); err != nil {
		return community.Group{}, community.Membership{}, err
	}
	g, err := a.Store.Group(ctx, groupID)
	if err != nil {
		return community.Group{}, community.Membership{}, err
	}
	m, user := g.User(who.Owner.ID)
	if !user {
		return community.Group{}, community.Membership{}, community.Forbidden("error.thing.users_only")
	}
	return g, m, nil
}
