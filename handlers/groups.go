package handlers

import (
	"context"
	"net/http"
	"slices"

	"github.com/clubtogether/clubtogether/community"
	"github.com/gin-gonic/gin"
)

// groups lists the member's groups and the groups that invited them.
func (s *Server) groups(c *gin.Context) {
	ctx := c.Request.Context()
	me := owner(c)
	mine, err := s.Store.GroupsOf(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	invited, err := s.invitations(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	using, err := s.Store.GroupsUsing(ctx, me.ID)
	if err != nil {
		s.fail(c, err)
		return
	}
	var uses []usedThing
	for _, g := range using {
		if u, ok := g.User(me.ID); ok {
			t, _ := g.Thing(u.Uses)
			uses = append(uses, usedThing{Group: g, Thing: t})
		}
	}
	done := c.Query("done")
	if done != "left" {
		done = ""
	}
	// Easy Read shows five of each list at a time.
	easy := current(c).display.EasyRead
	l := s.Locale.For(easy)
	mine, mineMore := firstOf(c, easy, mine, "mine", "groups-mine", l.T("groups.mine"))
	invited, invitedMore := firstOf(c, easy, invited, "invited", "groups-invited", l.T("groups.invited"))
	s.render(c, http.StatusOK, "groups", "groups.title", struct {
		Mine, Invited         []community.Group
		MineMore, InvitedMore showMore
		Uses                  []usedThing
		Done                  string
	}{mine, invited, mineMore, invitedMore, uses, done})
}

// usedThing is a thing of a group that the member uses for a fee.
type usedThing struct {
	Group community.Group
	Thing community.Thing
}

// invitations are the groups that invited the member, leaving out any
// whose organisers they blocked or who blocked them.
func (s *Server) invitations(ctx context.Context, me string) ([]community.Group, error) {
	invited, err := s.Store.GroupsInviting(ctx, me)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(invited, func(g community.Group) bool {
		return slices.ContainsFunc(g.Organisers, func(org string) bool { return s.Matching.Blocked(me, org) })
	}), nil
}
