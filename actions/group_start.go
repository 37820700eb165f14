package actions

import (
	"context"
	"slices"

	"github.com/clubtogether/clubtogether/community"
)

// StartGroup starts a group with the owner as its organiser, treasurer and
// first member, invites the people a suggestion found, and records the
// owner's pledge. The group's id comes from the form's key, so a double
// click starts one group.
func (a *Actions) StartGroup(ctx context.Context, who Who, key string, g community.Group, invite []string) (community.Group, error) {
	if err := who.may(); err != nil {
		return community.Group{}, err
	}
	me := who.Owner
	g.Organisers, g.Treasurer, g.CreatedAt = []string{me.ID}, me.ID, a.now()
	g.Members = []community.Membership{{PersonID: me.ID, Name: me.Name, JoinedAt: a.now()}}
	g.Invited = slices.DeleteFunc(slices.Clone(invite), func(id string) bool { return id == me.ID })
	if err := g.Validate(a.Places.Known, community.Day(a.Now())); err != nil {
		return community.Group{}, err
	}
	k, err := a.clientKey(who, "group-new", key)
	if err != nil {
		return community.Group{}, err
	}
	g.ID, g.Members[0].JoinKey = community.DocID(k), k
	created, err := a.Store.CreateGroup(ctx, g)
	if err != nil {
		return community.Group{}, err
	}
	// Sent again, the group is the one the first send made: its first
	// member's pledge is the one to record.
	m, in := created.Member(me.ID)
	if !in {
		return community.Group{}, community.Forbidden("error.ledger.key_taken")
	}
	if err := a.pledge(ctx, created, m); err != nil {
		return community.Group{}, err
	}
	return created, a.changed(ctx, "start group", created)
}
